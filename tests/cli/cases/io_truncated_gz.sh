# Generated over every cut point of a small .gz (and three of a .zst; the core unit tests try
# every cut point of both), then over every command that reads text: a truncated compressed input is an error naming the file (exit 1), never a short input
# read as complete.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
for i in 1 2 3; do printf 'Sentence %s is here.\t문장 %s 입니다.\n' $i $i; done > "$T/full.tsv"
gzip -c "$T/full.tsv" > "$T/full.tsv.gz"
"$KOBI" convert "$T/full.tsv" --to tsv -o "$T/full.tsv.zst"
for ext in gz zst; do
  size=$(stat -c %s "$T/full.tsv.$ext")
  ok=0 cuts=$(seq 0 $((size - 1)))
  [[ $ext == zst ]] && cuts="1 $((size / 2)) $((size - 1))" size=3
  for cut in $cuts; do
    head -c $cut "$T/full.tsv.$ext" > "$T/cut.tsv.$ext"
    "$KOBI" normalize "$T/cut.tsv.$ext" > /dev/null 2>"$T/err"
    rc=$?
    if [[ $rc == 1 ]] && grep -q "^kobi: $T/cut.tsv.$ext: " "$T/err"; then ((ok++)); else echo "cut $cut: exit $rc"; fi
  done
  [[ $ok == "$size" ]] && echo "$ext: $size cut points tried, all rejected"
  "$KOBI" normalize "$T/full.tsv.$ext" | cmp -s - "$T/full.tsv" && echo "$ext: whole file reads back"
done
# Every command that reads text, on a .gz cut in the middle (and on stdin).
head -c 50 "$T/full.tsv.gz" > "$T/cut.tsv.gz"
cut -f1 "$T/full.tsv" | gzip -c | head -c 40 > "$T/cut.en.gz"
cut -f2 "$T/full.tsv" | gzip -c > "$T/ok.ko.gz"
printf '%s\t%s\n' "$T/cut.en.gz" "$T/ok.ko.gz" > "$T/manifest.tsv"
for cmdline in "normalize @" "split --lang en @" "tokenize --lang en @" "detokenize --lang en @" \
    "romanize @" "segment @" "clean @" "convert @ --to jsonl" "check romanization @" \
    "glossary match @" "align @ ok.ko.gz" "align --presplit @ ok.ko.gz" \
    "spm train --input @ --model-prefix $T/m --vocab-size 50"; do
  in=cut.tsv.gz; [[ $cmdline == align* ]] && in=cut.en.gz
  args="${cmdline//@/$T/$in}"; args="${args//ok.ko.gz/$T/ok.ko.gz}"
  $KOBI $args > /dev/null 2>"$T/err"; rc=$?
  grep -q "$in: truncated gzip stream" "$T/err" && msg=named || msg="$(cat "$T/err")"
  echo "${cmdline//$T\//}: exit $rc, file $msg"
done
$KOBI corpus build "$T/manifest.tsv" -o "$T/corpus" > /dev/null 2>"$T/err"; rc=$?
grep -q "cut.en.gz: truncated gzip stream" "$T/err" && echo "corpus build: exit $rc, file named"
$KOBI normalize < "$T/cut.tsv.gz" > /dev/null 2>"$T/err"; echo "normalize < stdin: exit $?"
grep -q "<stdin>: truncated gzip stream" "$T/err" && echo "stdin named"
