# --skip-bad skips bad rows and counts them on stderr.
"$KOBI" convert corpora/bad.tsv --to tsv --skip-bad
