"$KOBI" normalize tok/ko_news.txt | cmp - tok/ko_news.txt && echo unchanged
