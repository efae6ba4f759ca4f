# The bundled sample against its gold pairs (raw mode).
TMPDIR_ALN="$(mktemp -d)"; trap 'rm -rf "$TMPDIR_ALN"' EXIT
$KOBI align ../../samples/herald_en.txt ../../samples/herald_ko.txt -f tsv > "$TMPDIR_ALN/h.tsv" 2>/dev/null || true
$KOBI eval align --pairs --en-raw ../../samples/herald_en.txt --ko-raw ../../samples/herald_ko.txt \
  ../../samples/herald.gold "$TMPDIR_ALN/h.tsv" | sed 's|/[^ ]*/h.tsv|h.tsv|'
