# One decision per pair, in order: keep or the rule's name, with the pair as read (the mojibake row
# shows its input text; it is kept after repair); summary on stderr.
"$KOBI" clean corpora/clean_small.tsv --annotate
