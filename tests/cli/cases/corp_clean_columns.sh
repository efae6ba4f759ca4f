# bicleaner/bifixer conventions: --scol/--tcol in a wider TSV (other columns carried through),
# appended score and hash columns, HTML entities repaired, --annotate shows the input text.
"$KOBI" clean corpora/bitextor.tsv --scol 3 --tcol 4 --score-column --hash-column -j 2
echo "--- annotate"
"$KOBI" clean corpora/bitextor.tsv --scol 3 --tcol 4 --annotate
echo "--- without --scol the url is read as English"
"$KOBI" clean corpora/bitextor.tsv --annotate | cut -f5 | sort | uniq -c
echo "--- --no-repair rejects the entity"
"$KOBI" clean corpora/bitextor.tsv --scol 3 --tcol 4 --annotate --no-repair | cut -f5 | sed -n 2p
echo "--- bad columns"
"$KOBI" clean corpora/bitextor.tsv --scol 3 --tcol 9 2>&1; echo "exit $?"
"$KOBI" clean corpora/bitextor.tsv --scol 3 --tcol 3 2>&1; echo "exit $?"
