gzip -c tok/ko_news.txt > "${TMPDIR:-/tmp}/tok_ko_$$.gz" && "$KOBI" split --lang ko "${TMPDIR:-/tmp}/tok_ko_$$.gz"; rm -f "${TMPDIR:-/tmp}/tok_ko_$$.gz"
