# kobi glossary check: a clean file, then a file with a duplicate and a conflict (warnings on
# stdout, exit 0), then a malformed one (exit 1 with file:line).
$KOBI glossary check glossary/sample.tsv
t="$(mktemp -d)"
data="$PWD"
cd "$t"
printf 'en\tko\ttype\nBusan\t부산\tplace\nBusan\t부산\tplace\nPusan\t부산\tplace\n' > dup.tsv
$KOBI glossary check dup.tsv
printf 'en\tko\ttype\nSeoul\t서울\tcity\n' > bad.tsv
$KOBI glossary check bad.tsv
code=$?
cd "$data" && rm -rf "$t"
exit $code
