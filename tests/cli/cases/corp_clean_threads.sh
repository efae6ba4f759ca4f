# Output does not depend on --threads; without --annotate only kept pairs are written.
# On the planted-fault fixture: at least 90% of faults caught, at least 95% of good pairs kept.
a="$("$KOBI" clean corpora/clean_fixture.tsv -j 1 2>/dev/null | md5sum)"
b="$("$KOBI" clean corpora/clean_fixture.tsv -j 4 2>/dev/null | md5sum)"
[ "$a" = "$b" ] && echo "same output for 1 and 4 threads"
"$KOBI" clean corpora/clean_fixture.tsv --annotate 2>/dev/null | awk -F'\t' '
  $3 == "keep" { good++; if ($4 == "keep") kept++; next }
  $3 == "mojibake_fixed" { faults++; if ($4 == "keep") caught++; next }
  { faults++; if ($4 != "keep") caught++ }
  END { print "faults caught >= 90%:", (caught >= 0.9 * faults ? "yes" : "no")
        print "good pairs kept >= 95%:", (kept >= 0.95 * good ? "yes" : "no") }'
