# Another language pair falls back to language-independent signals.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
$KOBI align --presplit --lang de,fr align/doc.de align/doc.fr -o "$T/b"
cat "$T/b"
$KOBI eval align align/doc.defr "$T/b" | sed 's|/[^ ]*/b |b |'
