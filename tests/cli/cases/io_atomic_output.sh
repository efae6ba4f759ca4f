# Outputs are written to a temporary file and renamed at the end: a command that fails half-way
# (bad UTF-8 on line 3, a truncated .gz) leaves an existing output exactly as it was and no
# temporary file behind; a successful run replaces it.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
printf 'one\ntwo\n\xff bad\nfour\n' > "$T/bad.txt"
printf 'pair one\t하나\npair two\t둘\n' | gzip > "$T/full.tsv.gz"
head -c 30 "$T/full.tsv.gz" > "$T/cut.tsv.gz"
for ext in txt gz zst; do
  echo "old output" > "$T/out.$ext"
  $KOBI normalize "$T/bad.txt" -o "$T/out.$ext"; echo "normalize bad input -> out.$ext: exit $?"
  cat "$T/out.$ext"
  $KOBI convert "$T/cut.tsv.gz" --to tsv -o "$T/out.$ext"; echo "convert truncated gz -> out.$ext: exit $?"
  cat "$T/out.$ext"
done
$KOBI normalize --repair "$T/bad.txt" -o "$T/out.txt" 2>/dev/null; echo "repair: exit $?"
cat "$T/out.txt"
$KOBI convert "$T/full.tsv.gz" --to tsv -o "$T/new.tsv.zst"; echo "convert: exit $?"
$KOBI convert "$T/new.tsv.zst" --to tsv
ls -A "$T"
