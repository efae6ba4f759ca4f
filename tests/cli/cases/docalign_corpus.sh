# corpus build --docalign: document pairs first (DIR/docalign.tsv), then the corpus; JSONL
# pages are written under DIR/docalign_pages.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
$KOBI corpus build --docalign docalign/en docalign/ko -o "$T/out" -j 2 -q 2>/dev/null
sed "s|$PWD/||g" "$T/out/docalign.tsv" | cut -f1,2
cut -f4 "$T/out/corpus.tsv" | sed "s|$PWD/||" | sort | uniq -c | sed 's/^ *//'
$KOBI corpus build --docalign docalign/crawl.jsonl docalign/crawl.jsonl -o "$T/j" -q 2>/dev/null
cut -f1,2 "$T/j/docalign.tsv"
(cd "$T/j/docalign_pages" && ls en ko)
