# jsonl evidence, moses file pair, tmx and html of the same alignment.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
$KOBI align --presplit align/doc.en align/doc.ko -f jsonl | head -n 3
$KOBI align --presplit align/doc.en align/doc.ko -f moses -o "$T/m"
wc -l < "$T/m.en"; wc -l < "$T/m.ko"
$KOBI align --presplit align/doc.en align/doc.ko -f tmx | grep -c '<tu>'
$KOBI align --presplit align/doc.en align/doc.ko -f html | grep -c 'class="unaligned"'
