# TSV with a header and markup/quotes/emoji/combining marks -> TMX (escaped, well-formed).
"$KOBI" convert corpora/pairs.tsv --to tmx
