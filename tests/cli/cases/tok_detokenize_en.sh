"$KOBI" tokenize --lang en tok/en_news.txt | "$KOBI" detokenize --lang en
