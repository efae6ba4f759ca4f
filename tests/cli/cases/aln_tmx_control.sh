# align --format tmx carries a control character (not allowed in XML 1.0) as a <ph> element, as
# kobi convert does, and convert reads it back into the character.
t="$(mktemp -d)"
printf 'Seoul is big\001 today. "Quoted" & <tagged>.\n' > "$t/a.en"
printf '서울은\001 크다. "인용" & <태그>.\n' > "$t/a.ko"
$KOBI align --presplit "$t/a.en" "$t/a.ko" -f tmx > "$t/a.tmx"
code=$?
cat "$t/a.tmx"
$KOBI convert "$t/a.tmx" --to tsv | tr '\001' '@'
rm -rf "$t"
exit $code
