# lexicon train: unit pairs that recur (TSV with a header; JSONL after convert gives the same
# lexicon); the lexicon is read back by align --dictionary; a malformed row names file and line.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
$KOBI lexicon train align/lex_pairs.tsv -o "$T/lex"
cat "$T/lex"
$KOBI convert align/lex_pairs.tsv -o "$T/pairs.jsonl" --to jsonl 2>/dev/null
$KOBI lexicon train "$T/pairs.jsonl" 2>/dev/null | cmp - "$T/lex" && echo jsonl-same
printf 'The president spoke.\n' > "$T/d.en"; printf '대통령이 말했다.\n' > "$T/d.ko"
$KOBI align --presplit --dictionary "$T/lex" "$T/d.en" "$T/d.ko"
printf 'en\tko\nno tab here\n' > "$T/bad.tsv"
$KOBI lexicon train "$T/bad.tsv" 2>"$T/err"; echo "exit $?"; sed "s|$T|T|" "$T/err"
