"$KOBI" tokenize --lang ko --split-particles tok/ko_news.txt | "$KOBI" detokenize --lang ko
