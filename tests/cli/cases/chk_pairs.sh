# kobi check romanization with aligned Korean: --pairs TSV and --ko parallel files agree.
$KOBI check romanization --pairs glossary/check_pairs.tsv
t="$(mktemp -d)"
cut -f1 glossary/check_pairs.tsv > "$t/pairs.en"
cut -f2 glossary/check_pairs.tsv > "$t/pairs.ko"
$KOBI check romanization "$t/pairs.en" --ko "$t/pairs.ko" --format jsonl
code=$?
rm -rf "$t"
exit $code
