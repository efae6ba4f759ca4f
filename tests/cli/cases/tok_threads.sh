# --threads keeps input order: the output equals the single-threaded one.
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat tok/en_news.txt tok/ko_news.txt; done > "${TMPDIR:-/tmp}/tok_thr_$$.txt"
"$KOBI" tokenize --threads 1 "${TMPDIR:-/tmp}/tok_thr_$$.txt" | md5sum
"$KOBI" tokenize --threads 3 "${TMPDIR:-/tmp}/tok_thr_$$.txt" | md5sum
"$KOBI" split --threads 3 "${TMPDIR:-/tmp}/tok_thr_$$.txt" | cmp - <("$KOBI" split "${TMPDIR:-/tmp}/tok_thr_$$.txt") && echo split-same
rm -f "${TMPDIR:-/tmp}/tok_thr_$$.txt"
