# Input errors name their line and say what to do: segment --encoding cp949 (a whole-page read)
# names the bad line; corpus build takes --encoding; stdin TSV that starts with '{' or '<' is
# read as JSONL/TMX and its error says so; a negative --band is a usage error.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
printf 'ok\nstill ok\n\x80A bad byte\n' > "$T/bad.cp949"
$KOBI segment --encoding cp949 "$T/bad.cp949" 2>&1 | sed "s|$T/||"; echo "segment: exit ${PIPESTATUS[0]}"
cp corpora/docs/a.en.txt "$T/"
iconv -f utf-8 -t cp949 corpora/docs/a.ko.txt > "$T/a.ko.cp949"
printf 'a.en.txt\ta.ko.cp949\n' > "$T/m.tsv"
$KOBI corpus build "$T/m.tsv" -o "$T/utf8" -q 2>&1 | sed "s|$T/||"; echo "corpus build, no --encoding: exit ${PIPESTATUS[0]}"
$KOBI corpus build "$T/m.tsv" -o "$T/out" -q --encoding cp949 2>/dev/null; echo "corpus build --encoding cp949: exit $?"
(cd corpora/docs && $KOBI corpus build - -o "$T/ref" -q <<< $'a.en.txt\ta.ko.txt') 2>/dev/null
cmp -s "$T/out/corpus.tsv" "$T/ref/corpus.tsv" && echo "same pairs as the UTF-8 document"
printf '{"en": "x"}\tfoo\nsecond\trow\n' | $KOBI convert --to tsv - 2>&1; echo "sniffed jsonl: exit ${PIPESTATUS[1]}"
printf '{"en": "x"}\tfoo\nsecond\trow\n' | $KOBI convert --from tsv --to tsv -; echo "--from tsv: exit ${PIPESTATUS[1]}"
$KOBI align --presplit --band -5 align/doc.en align/doc.ko 2>&1 | head -1; echo "band -5: exit ${PIPESTATUS[0]}"
