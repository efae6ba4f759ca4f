# spm train on a tiny corpus (--hard-vocab-limit=false: vocabulary adjusted, not a crash); decode(encode(x)) == x.
tmp="$(mktemp -d)"
"$KOBI" spm train --input corpora/clean_fixture.tsv --model-prefix "$tmp/m" --vocab-size 50000 --hard-vocab-limit=false 2>"$tmp/err"
grep -c "vocabulary" "$tmp/err"
printf 'Two  spaces,\ttab and 한국어  텍스트 😀\nplain line\n' > "$tmp/x"
"$KOBI" spm encode --model "$tmp/m.model" < "$tmp/x" | "$KOBI" spm decode --model "$tmp/m.model" | cmp - "$tmp/x" && echo "pieces roundtrip ok"
"$KOBI" spm encode --ids --model "$tmp/m.model" < "$tmp/x" | "$KOBI" spm decode --ids --model "$tmp/m.model" | cmp - "$tmp/x" && echo "ids roundtrip ok"
rm -rf "$tmp"
