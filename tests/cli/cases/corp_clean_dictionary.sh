# kobi clean --dictionary: words with an entry whose translation is missing on the other side
# lower the adequacy score, so fluent non-translations of similar length (no numbers, no names)
# are dropped; without the dictionary they pass as translations.
"$KOBI" clean corpora/nontranslations.tsv --annotate --min-adequacy 0.3 --no-glossary | cut -f3-
echo "with --dictionary:"
"$KOBI" clean corpora/nontranslations.tsv --annotate --min-adequacy 0.3 --no-glossary \
  --dictionary corpora/nontranslations.dict | cut -f3-
