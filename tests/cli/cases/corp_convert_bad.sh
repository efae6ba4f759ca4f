# A bad row is an error naming file and line (exit 1).
"$KOBI" convert corpora/bad.tsv --to jsonl
