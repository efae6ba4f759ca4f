"$KOBI" tokenize --lang en tok/en_news.txt
