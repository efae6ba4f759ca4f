"$KOBI" tokenize --lang en --repair tok/invalid_utf8.txt
