# tokenize --reversible | detokenize --reversible is the identity on files: CRLF, a lone CR,
# a last line without a line end and a BOM come back byte for byte; a malformed line is an error.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
printf 'Kim said:\r\n"No."\r\n' > "$T/crlf"
printf 'One.\rTwo  words.\r' > "$T/cr"
printf 'a\nb\r\nc\rlast line' > "$T/mixed"
printf '\xEF\xBB\xBFBOM first.\n' > "$T/bom"
printf '\n\r\n\r' > "$T/blank"
for f in crlf cr mixed bom blank; do
  $KOBI tokenize --reversible "$T/$f" > "$T/$f.tok"
  $KOBI detokenize --reversible "$T/$f.tok" | cmp -s - "$T/$f" && echo "$f: identical" || echo "$f: DIFFERS"
done
od -c "$T/cr.tok" | head -2
printf 'ok line\nbad \\q escape\n' > "$T/bad.tok"
$KOBI detokenize --reversible "$T/bad.tok" 2>&1 | sed "s|$T/||"; echo "malformed: exit ${PIPESTATUS[0]}"
# The lines before the bad one are written, whatever the thread count.
for j in 1 4; do $KOBI detokenize --reversible -j $j "$T/bad.tok" 2>/dev/null; done
