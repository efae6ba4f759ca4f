# .xz and .bz2 input (by extension or by magic bytes) next to .gz and .zst; a truncated
# stream is an error, never a silently short input.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
"$KOBI" convert corpora/pairs.tsv --header -f tsv -o "$T/ref.tsv"
cmp "$T/ref.tsv" corpora/pairs.tsv && echo "reference ok"
"$KOBI" convert corpora/pairs.tsv.xz --header -f tsv | cmp - corpora/pairs.tsv && echo "xz ok"
"$KOBI" convert corpora/pairs.tsv.bz2 --header -f tsv | cmp - corpora/pairs.tsv && echo "bz2 ok"
cp corpora/pairs.tsv.bz2 "$T/renamed.tsv"
"$KOBI" convert "$T/renamed.tsv" --header -f tsv | cmp - corpora/pairs.tsv && echo "bz2 by magic ok"
"$KOBI" tokenize --lang en corpora/pairs.tsv.bz2 | cmp - <("$KOBI" tokenize --lang en corpora/pairs.tsv) && echo "tokenize bz2 ok"
head -c 200 corpora/pairs.tsv.xz > "$T/cut.tsv.xz"
"$KOBI" convert "$T/cut.tsv.xz" --to tsv 2>&1 >/dev/null | sed "s|$T/||"; echo "exit ${PIPESTATUS[0]}"
head -c 200 corpora/pairs.tsv.bz2 > "$T/cut.tsv.bz2"
"$KOBI" tokenize "$T/cut.tsv.bz2" 2>&1 >/dev/null | sed "s|$T/||"; echo "exit ${PIPESTATUS[0]}"
echo "--- compressed data on stdin other than gzip is refused, not read as text"
"$KOBI" tokenize < corpora/pairs.tsv.xz 2>&1; echo "exit $?"
"$KOBI" tokenize < corpora/pairs.tsv.bz2 2>&1; echo "exit $?"
"$KOBI" tokenize --lang en <(cat corpora/pairs.tsv) | head -1
