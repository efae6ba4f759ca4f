# Manifest of document pairs -> aligned, cleaned corpus with a report; reruns are identical.
tmp="$(mktemp -d)"
"$KOBI" corpus build corpora/manifest.tsv -o "$tmp/out" -j 2 2>/dev/null
"$KOBI" corpus build corpora/manifest.tsv -o "$tmp/again" -j 1 2>/dev/null
diff -r "$tmp/out" "$tmp/again" && echo "rerun identical"
ls "$tmp/out"
cut -f1,2,4 "$tmp/out/corpus.tsv"   # the score column is the aligner's to tune
rm -rf "$tmp"
