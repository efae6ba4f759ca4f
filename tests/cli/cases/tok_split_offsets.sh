"$KOBI" split --lang en --keep-blank --offsets - < tok/en_news.txt
