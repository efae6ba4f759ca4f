# kobi glossary match with -g before the input file: each -g takes one file, so the file after
# it is still the input (it used to be read as a second glossary).
t="$(mktemp -d)"
printf '%s\n' "Seoul and Kim Jong Un" "서울에서" > "$t/in.txt"
$KOBI glossary match -g glossary/sample.tsv --no-default "$t/in.txt"
code=$?
rm -rf "$t"
exit $code
