# kobi review of a corpus build folder and of an align --batch list: the files written, the
# verdicts and kept counts of the index (equal to the build's report), and the errors: a
# manifest that does not resolve from here (exit 1, fixed by --manifest), a build with a custom
# glossary reviewed without it (exit 2).
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
"$KOBI" corpus build corpora/manifest.tsv -o "$T/out" -q 2>/dev/null
"$KOBI" review "$T/out" -o "$T/review" -q 2>&1 | sed "s|$T/||g"
(cd "$T/review" && find . -type f | sort)
grep -o '"kept": [0-9]*' "$T/out/report.json"
grep -o '"kept":[0-9]*\|"verdict":"[a-z]*"' "$T/review/index.html"
grep -c 'kobi-data' "$T/review/doc/0001.html"
D="$PWD"
(cd "$T" && "$KOBI" review out -o r2 -q 2>&1; echo "exit $?") | sed "s|$T/||g"
(cd "$T" && "$KOBI" review out -o r2 -q --manifest "$D/corpora/manifest.tsv" 2>&1; echo "exit $?") | sed "s|$T/||g"
"$KOBI" corpus build corpora/manifest.tsv -o "$T/g" -q -g glossary/sample.tsv 2>/dev/null
"$KOBI" review "$T/g" -o "$T/rg" -q 2>&1 | sed "s|$T/||g"; echo "exit ${PIPESTATUS[0]}"
"$KOBI" review "$T/g" -o "$T/rg" -q -g glossary/sample.tsv 2>&1 | sed "s|$T/||g"
printf '%s\t%s\tx.tsv\n' "$D/corpora/docs/a.en.txt" "$D/corpora/docs/a.ko.txt" > "$T/jobs.tsv"
"$KOBI" review "$T/jobs.tsv" -o "$T/rb" -q 2>&1 | sed "s|$T/||g"
grep -o '"kind":"[a-z]*"' "$T/rb/index.html"
