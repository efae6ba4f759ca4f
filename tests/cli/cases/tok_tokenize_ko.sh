"$KOBI" tokenize --lang ko tok/ko_news.txt
