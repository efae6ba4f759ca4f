"$KOBI" tokenize --lang ko --encoding cp949 tok/ko_news.cp949.txt
