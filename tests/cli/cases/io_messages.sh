# Error messages name only flags the command has: commands with --repair suggest it for invalid
# UTF-8 (corpus build too); spm encode, which has none, does not. convert refuses TMX language codes
# it could not read back (empty, or the same primary language on both sides). check romanization
# --repair reports its count.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
printf 'ok\nbad \xff byte\n' > "$T/bad.txt"
$KOBI normalize "$T/bad.txt" 2>&1 >/dev/null | sed "s|$T/||g"
$KOBI spm train --input corpora/pairs.tsv --model-prefix "$T/m" --vocab-size 340 2>/dev/null
$KOBI spm encode --model "$T/m.model" "$T/bad.txt" 2>&1 >/dev/null | sed "s|$T/||g"
printf "%s\t%s\n" "$T/bad.txt" "$PWD/corpora/docs/a.ko.txt" > "$T/manifest.tsv"
$KOBI corpus build "$T/manifest.tsv" -o "$T/out" 2>&1 >/dev/null | sed "s|$T/||g"
for langs in "--ko-lang=" "--en-lang=en-US --ko-lang=EN-gb" "--en-lang=en-US --ko-lang=ko-KR"; do
  $KOBI convert corpora/pairs.tsv --to tmx $langs >/dev/null 2>&1; echo "convert $langs: exit $?"
done
printf 'Kim Jong-un met \xff Kim Jong Un.\n' > "$T/rom.txt"
$KOBI check romanization --repair "$T/rom.txt" 2>&1 >/dev/null | grep -c "replaced 1 invalid"
