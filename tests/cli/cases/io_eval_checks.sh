# A failed write to stdout is exit 1 for every command (version and eval align too); eval align
# prints nothing when an input is bad, and a pair score must be a finite number.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
$KOBI version > /dev/full 2>/dev/null; echo "version > /dev/full: exit $?"
$KOBI eval align align/doc.gold align/doc.gold > /dev/full 2>/dev/null; echo "eval > /dev/full: exit $?"
$KOBI eval align align/doc.gold /nonexistent/test.beads; echo "missing test: exit $? (nothing printed above)"
printf 'A sentence.\t한 문장.\t0.5\n' > "$T/gold.tsv"
printf 'A sentence.\n' > "$T/en.txt"; printf '한 문장.\n' > "$T/ko.txt"
for score in abc nan inf "0.5x"; do
  printf 'A sentence.\t한 문장.\t%s\n' "$score" > "$T/test.tsv"
  $KOBI eval align --pairs --en-raw "$T/en.txt" --ko-raw "$T/ko.txt" "$T/gold.tsv" "$T/test.tsv" 2>"$T/err"
  echo "score $score: exit $? $(grep -c 'is not a finite number' "$T/err")"
done
# A gold file without beads, a sentence in two beads, a bead score that is not a finite number.
: > "$T/empty.gold"
$KOBI eval align "$T/empty.gold" align/doc.gold 2>&1 | sed "s|$T/||"; echo "empty gold: exit ${PIPESTATUS[0]}"
printf '[0]:[0]\n[1]:[1]\n[1,2]:[2]\n' > "$T/shared.gold"
$KOBI eval align "$T/shared.gold" align/doc.gold 2>&1 | sed "s|$T/||"; echo "shared index: exit ${PIPESTATUS[0]}"
printf '[0]:[0]:nan\n' > "$T/nan.beads"
$KOBI eval align align/doc.gold "$T/nan.beads" 2>&1 | sed "s|$T/||"; echo "nan score: exit ${PIPESTATUS[0]}"
