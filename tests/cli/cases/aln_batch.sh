# --batch with two threads: with the corpus lexicon (default) the outputs do not depend on the
# thread count; with --no-corpus-lexicon each output equals the single run; a surprising pair warns.
# Paths in the list are relative to the list's folder (absolute ones as they are).
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
printf '%s/align/doc.en\t%s/align/doc.ko\t%s/a.beads\nalign/doc.en\talign/empty.ko\tb.beads\n' "$PWD" "$PWD" "$T" > "$T/jobs.tsv"
mkdir "$T/align" && cp align/doc.en align/empty.ko "$T/align/"
$KOBI align --presplit --batch "$T/jobs.tsv" --threads 2
cat "$T/b.beads"
cp "$T/a.beads" "$T/a2.beads"
$KOBI align --presplit --batch "$T/jobs.tsv" --threads 1 2>/dev/null
cmp "$T/a.beads" "$T/a2.beads" && echo threads-same
$KOBI align --presplit --batch "$T/jobs.tsv" --threads 2 --no-corpus-lexicon 2>/dev/null
$KOBI align --presplit align/doc.en align/doc.ko | cmp - "$T/a.beads" && echo same
