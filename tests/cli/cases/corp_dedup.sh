# kobi dedup: near duplicates by default (the key of clean's --hash-column), --exact for
# byte-identical pairs; the first occurrence is kept; other columns carried through.
"$KOBI" dedup corpora/bitextor.tsv --scol 3 --tcol 4 --annotate --hash-column
echo "--- exact"
"$KOBI" dedup corpora/bitextor.tsv --scol 3 --tcol 4 --exact | cut -f1
echo "--- same hash as clean"
a="$("$KOBI" dedup corpora/bitextor.tsv --scol 3 --tcol 4 --hash-column | sed -n 1p | cut -f5)"
b="$("$KOBI" clean corpora/bitextor.tsv --scol 3 --tcol 4 --hash-column | sed -n 1p | cut -f5)"
[ "$a" = "$b" ] && echo "same hash: $a"
echo "--- stdin, summary"
"$KOBI" dedup < corpora/clean_small.tsv 2>&1 >/dev/null
