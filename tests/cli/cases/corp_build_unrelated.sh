# An English page paired with an unrelated Korean page (they share one number) gives no pairs
# and is listed as unrelated; --keep-unrelated keeps its pairs. A related pair is kept.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
D="$PWD/corpora/docs"
printf '%s\t%s\n' "$D/a.en.txt" "$D/b.ko.txt" "$D/b.en.txt" "$D/b.ko.txt" > "$T/manifest.tsv"
"$KOBI" corpus build "$T/manifest.tsv" -o "$T/out" -q 2>&1 | sed -e "s|$D/||g" -e "s|$T/||g"
grep -E '"(verdict|candidates|kept|documents_unrelated|unrelated)"' "$T/out/report.json"
cut -f4 "$T/out/corpus.tsv" | sed "s|$D/||g" | sort | uniq -c
"$KOBI" corpus build "$T/manifest.tsv" -o "$T/keep" -q --keep-unrelated 2>/dev/null
cut -f4 "$T/keep/corpus.tsv" | sed "s|$D/||g" | sort | uniq -c
