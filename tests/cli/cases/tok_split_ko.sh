"$KOBI" split --lang ko tok/ko_news.txt
