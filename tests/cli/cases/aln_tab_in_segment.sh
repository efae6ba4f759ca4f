# A --presplit segment with a tab cannot be written as tsv or moses: an error naming the line
# (not a tab silently turned into a space); jsonl keeps it.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
printf 'First line.\nA\ttabbed line.\n' > "$T/en"; printf '첫 줄.\n탭이 있는 줄.\n' > "$T/ko"
$KOBI align --presplit -f tsv "$T/en" "$T/ko" 2>&1 | sed "s|$T/||"; echo "tsv: exit ${PIPESTATUS[0]}"
$KOBI align --presplit -f moses -o "$T/m" "$T/en" "$T/ko" 2>/dev/null; echo "moses: exit $?"
ls "$T"
$KOBI align --presplit -f jsonl "$T/en" "$T/ko" | grep -c 'A\\ttabbed'
