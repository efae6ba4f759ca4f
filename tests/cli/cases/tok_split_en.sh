"$KOBI" split --lang en tok/en_news.txt
