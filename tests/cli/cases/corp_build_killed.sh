# A run killed mid-way (SIGKILL, as by the OOM killer or kill -9; Ctrl-C likewise) leaves the
# outputs of the previous complete run untouched: each output is written under a temporary
# name and renamed into place only when the whole corpus is done.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
D="$PWD/corpora/docs"
printf '%s\t%s\n' "$D/a.en.txt" "$D/a.ko.txt" > "$T/small.tsv"
for i in $(seq 4000); do printf '%s\t%s\n' "$D/b.en.txt" "$D/b.ko.txt"; done > "$T/big.tsv"
"$KOBI" corpus build "$T/small.tsv" -o "$T/out" -q 2>/dev/null && cp -r "$T/out" "$T/before"
"$KOBI" corpus build "$T/big.tsv" -o "$T/out" -q -j 1 2>/dev/null &
pid=$!
for i in $(seq 200); do compgen -G "$T/out/.corpus.tsv.kobi-tmp-*" >/dev/null && break; sleep 0.05; done
sleep 0.2
kill -9 "$pid"
wait "$pid" 2>/dev/null
echo "killed: $(compgen -G "$T/out/.corpus.tsv.kobi-tmp-*" >/dev/null && echo mid-way, temporary files left || echo after the end)"
diff -r -x '.*' "$T/before" "$T/out" && echo "outputs of the complete run intact"
tail -n 2 "$T/out/corpus.tmx"
