# Bad pairs file: one-line error naming file and line, exit 1.
t="$(mktemp -d)"
cd "$t"
printf 'Kim Jong-un\t김정은\nno tab here\n' > bad.tsv
$KOBI check romanization --pairs bad.tsv
code=$?
cd / && rm -rf "$t"
exit $code
