# Bad input names file and line (exit 1); missing arguments are a usage error (exit 2).
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
printf '{"url":"a","text":"A."}\n{"url":"b"}\n' > "$T/bad.jsonl"
$KOBI docalign "$T/bad.jsonl" docalign/ko; echo "exit $?"
$KOBI docalign docalign/nowhere docalign/ko; echo "exit $?"
printf 'docalign/en/none.txt\n' > "$T/list.txt"
$KOBI docalign "$T/list.txt" docalign/ko; echo "exit $?"
$KOBI docalign docalign/en; echo "exit $?"
$KOBI corpus build -o "$T/out"; echo "exit $?"
