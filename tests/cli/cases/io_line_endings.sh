# One rule for line ends in every command that reads lines: LF, CRLF and a lone CR (classic Mac)
# each end a line, so a CR never lands inside a cell or a token; a leading UTF-8 BOM is dropped
# by all of them alike.
printf 'one\tㄱ\rtwo\tㄴ\rthree\tㄷ\r' | $KOBI convert - --from tsv --to jsonl
printf 'Hello, world.\rSecond line.\r\nThird.' | $KOBI tokenize --lang en
printf 'ＡＢ\r“q”\r' | $KOBI normalize --fold-width --unify-quotes 2>/dev/null | od -c | head -3
printf '서울\r부산\n' | $KOBI romanize
for cmd in "normalize" "romanize" "split --lang en" "tokenize --lang en" "convert --from tsv --to tsv"; do
  printf '\xEF\xBB\xBFfirst\tx\n' | $KOBI $cmd 2>/dev/null | od -An -c | head -1 | sed "s/^/$cmd:/"
done
