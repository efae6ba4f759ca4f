# One decision per pair, in order: keep or the rule's name; mojibake repaired; summary on stderr.
"$KOBI" clean corpora/clean_small.tsv --annotate
