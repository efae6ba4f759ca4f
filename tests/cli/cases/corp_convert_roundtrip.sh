# tsv -> X -> tsv is byte-exact for every format (header dropped: it is not data).
tmp="$(mktemp -d)"
tail -n +2 corpora/pairs.tsv > "$tmp/in.tsv"
for f in tsv jsonl tmx; do
  "$KOBI" convert "$tmp/in.tsv" --to "$f" | "$KOBI" convert - --to tsv | cmp - "$tmp/in.tsv" && echo "$f ok"
done
"$KOBI" convert "$tmp/in.tsv" -o "$tmp/m" --to moses && "$KOBI" convert "$tmp/m" --to tsv | cmp - "$tmp/in.tsv" && echo "moses ok"
gzip -c "$tmp/in.tsv" > "$tmp/in.tsv.gz" && "$KOBI" convert "$tmp/in.tsv.gz" --to jsonl | head -1
rm -rf "$tmp"
