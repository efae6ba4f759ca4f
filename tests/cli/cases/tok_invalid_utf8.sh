"$KOBI" tokenize --lang en tok/invalid_utf8.txt
