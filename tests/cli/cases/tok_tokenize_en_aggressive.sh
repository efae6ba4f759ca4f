"$KOBI" tokenize --lang en --aggressive --no-escape --split-sentences tok/en_news.txt
