# One metadata convention: the score kobi align writes (tsv column 3, jsonl "score" number, tmx
# x-kobi-score prop) goes through convert and clean, and back, unchanged; corpus build adds the
# source (tsv column 4, jsonl "source", tmx x-kobi-source).
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
A=corpora/docs/a.en.txt; B=corpora/docs/a.ko.txt
"$KOBI" align "$A" "$B" -f tsv > "$T/align.tsv"
cat "$T/align.tsv"
for f in jsonl tmx; do
  "$KOBI" align "$A" "$B" -f "$f" > "$T/align.$f"
  "$KOBI" convert "$T/align.$f" --to tsv | cmp - "$T/align.tsv" && echo "align $f -> convert tsv: same pairs and scores"
  "$KOBI" clean "$T/align.$f" 2>/dev/null | cmp - "$T/align.tsv" && echo "align $f -> clean: same pairs and scores"
done
"$KOBI" align "$A" "$B" -f jsonl | head -n 1 | cut -c 1-120
grep -m1 'x-kobi-score' "$T/align.tmx"
for f in jsonl tmx; do
  "$KOBI" convert "$T/align.tsv" --to "$f" | "$KOBI" convert - --to tsv | cmp - "$T/align.tsv" && echo "tsv -> $f -> tsv ok"
done
"$KOBI" convert "$T/align.tsv" --to jsonl | head -n 1
printf 'corpora/docs/a.en.txt\tcorpora/docs/a.ko.txt\n' > "$T/m.tsv"
sed "s|corpora/|$PWD/corpora/|g" "$T/m.tsv" > "$T/manifest.tsv"
"$KOBI" corpus build "$T/manifest.tsv" -o "$T/out" -q 2>/dev/null
"$KOBI" convert "$T/out/corpus.tmx" --to jsonl | head -n 1 | sed "s|$PWD/||g"
"$KOBI" convert "$T/out/corpus.tmx" --to tsv | cmp - "$T/out/corpus.tsv" && echo "corpus.tmx -> tsv = corpus.tsv"
