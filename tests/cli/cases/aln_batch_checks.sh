# align --batch checks the whole list before any job runs: an output that is an input (its own
# or another job's), two jobs writing one file, a 4th column, '-' or an empty path are errors
# naming the list line, and nothing is written. Extra arguments with --batch are usage errors.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
cp align/doc.en align/doc.ko "$T/"
run() { $KOBI align --presplit --batch "$T/jobs.tsv" 2>"$T/err"; echo "exit $?: $(sed "s|$T/||g" "$T/err")"; }
printf '%s/doc.en\t%s/doc.ko\t%s/a.beads\n%s/doc.en\t%s/doc.ko\t%s/doc.ko\n' "$T" "$T" "$T" "$T" "$T" "$T" > "$T/jobs.tsv"
run
printf '%s/doc.en\t%s/doc.ko\t%s/a.beads\n%s/doc.en\t%s/doc.ko\t%s/./a.beads\n' "$T" "$T" "$T" "$T" "$T" "$T" > "$T/jobs.tsv"
run
printf '%s/doc.en\t%s/doc.ko\t%s/a.beads\tx\n' "$T" "$T" "$T" > "$T/jobs.tsv"
run
printf '%s/doc.en\t-\t%s/a.beads\n' "$T" "$T" > "$T/jobs.tsv"
run
printf '%s/doc.en\t%s/doc.ko\t%s/jobs.tsv\n' "$T" "$T" "$T" > "$T/jobs.tsv"
run
ls "$T"
cmp -s align/doc.ko "$T/doc.ko" && echo "inputs intact"
$KOBI align --presplit --batch "$T/jobs.tsv" align/doc.en align/doc.ko 2>/dev/null; echo "batch with EN KO: exit $?"
$KOBI align --presplit --batch "$T/jobs.tsv" -o "$T/x" 2>/dev/null; echo "batch with -o: exit $?"
$KOBI align --presplit - - < align/doc.en 2>/dev/null; echo "EN and KO both stdin: exit $?"
$KOBI align --presplit --band -5 align/doc.en align/doc.ko 2>/dev/null; echo "--band -5: exit $?"
