# corpus build with a bad (invalid UTF-8) and a missing document: without --skip-bad the run
# fails with file:line and leaves no output; with --skip-bad both are skipped, named on stderr
# and in the report, and the run exits 0; --repair replaces the bad byte instead.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
cp corpora/docs/a.en.txt corpora/docs/a.ko.txt corpora/docs/b.en.txt "$T/"
sed '1s/폭우로/폭우로 \xff/' corpora/docs/b.ko.txt > "$T/bad.ko.txt"   # one invalid byte
printf 'a.en.txt\ta.ko.txt\nb.en.txt\tbad.ko.txt\n' > "$T/bad.tsv"
printf 'a.en.txt\ta.ko.txt\n# a comment\nb.en.txt\tgone.ko.txt\n' > "$T/missing.tsv"
printf 'a.en.txt\ta.ko.txt\nb.en.txt\tbad.ko.txt\nb.en.txt\tgone.ko.txt\n' > "$T/both.tsv"
"$KOBI" corpus build "$T/bad.tsv" -o "$T/out1" -q 2>&1 | sed "s|$T/||g"; echo "exit ${PIPESTATUS[0]}"
ls -A "$T/out1"
"$KOBI" corpus build "$T/missing.tsv" -o "$T/out2" -q 2>&1 | sed "s|$T/||g"; echo "exit ${PIPESTATUS[0]}"
ls -A "$T/out2" 2>/dev/null || echo "no out2"
"$KOBI" corpus build "$T/both.tsv" -o "$T/out3" -q --skip-bad 2>&1 | sed "s|$T/||g"; echo "exit ${PIPESTATUS[0]}"
ls "$T/out3"
grep -E '"(verdict|skip_reason|documents_skipped|kept)"' "$T/out3/report.json" | sed "s|$T/||g"
"$KOBI" corpus build "$T/bad.tsv" -o "$T/out4" -q --repair 2>&1 | sed "s|$T/||g"; echo "exit ${PIPESTATUS[0]}"
grep -c . "$T/out4/corpus.tsv"
