# --batch with two threads: each output equals the single run; a surprising pair warns.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
printf 'align/doc.en\talign/doc.ko\t%s/a.beads\nalign/doc.en\talign/empty.ko\t%s/b.beads\n' "$T" "$T" > "$T/jobs.tsv"
$KOBI align --presplit --batch "$T/jobs.tsv" --threads 2
cat "$T/b.beads"
$KOBI align --presplit align/doc.en align/doc.ko | cmp - "$T/a.beads" && echo same
