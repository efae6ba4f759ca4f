# kobi clean --disable RULE FILE: the option takes one value per use (or a comma list), so the
# file after it is still the input.
"$KOBI" clean --disable length_ratio,numbers corpora/clean_small.tsv --annotate
