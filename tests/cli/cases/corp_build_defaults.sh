# corpus build aligns as kobi align --batch does on the same documents (same defaults: the
# bundled glossary; both learn one lexicon over all documents), and takes the
# same -g / --no-default / --no-glossary / --dictionary flags; so does clean.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
for d in a b; do printf '%s\t%s\n' "$PWD/corpora/docs/$d.en.txt" "$PWD/corpora/docs/$d.ko.txt"; done > "$T/m.tsv"
"$KOBI" corpus build "$T/m.tsv" -o "$T/out" -q 2>/dev/null
for d in a b; do printf '%s\t%s\t%s\n' "$PWD/corpora/docs/$d.en.txt" "$PWD/corpora/docs/$d.ko.txt" "$T/$d.tsv"; done > "$T/jobs.tsv"
"$KOBI" align --batch "$T/jobs.tsv" -f tsv 2>/dev/null
cat "$T/a.tsv" "$T/b.tsv" | sort > "$T/align.tsv"
cut -f1-3 "$T/out/corpus.tsv" | sort | comm -23 - "$T/align.tsv" | wc -l | sed 's/^/pairs of corpus build that kobi align does not make: /'
grep '"glossary"' "$T/out/report.json"
"$KOBI" corpus build "$T/m.tsv" -o "$T/g" -q -g glossary/sample.tsv --dictionary glossary/sample.dict 2>&1 | sed "s|$T/||g"
grep -E '"(glossary|dictionary)"' "$T/g/report.json"
"$KOBI" corpus build "$T/m.tsv" -o "$T/n" -q --no-glossary 2>/dev/null; grep '"glossary"' "$T/n/report.json"
"$KOBI" corpus build "$T/m.tsv" -o "$T/x" -q --no-default 2>&1; echo "exit $?"
"$KOBI" corpus build "$T/m.tsv" -o "$T/x" -q --no-glossary -g glossary/sample.tsv 2>&1; echo "exit $?"
"$KOBI" clean corpora/clean_small.tsv --no-glossary -g glossary/sample.tsv 2>&1; echo "exit $?"
"$KOBI" clean corpora/clean_small.tsv --no-glossary 2>&1 >/dev/null | tail -n 1
