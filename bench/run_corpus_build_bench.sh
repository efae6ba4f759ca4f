#!/usr/bin/env bash
# Throughput of `kobi corpus build` in documents/s and MB/s (bytes of both pages per second) on
# the align-dev raw pages (every NAME.en.txt with its NAME.ko.txt, ntrex and flores), with -j 1
# and -j 2 in one run, and as reference in the same run `kobi align --batch` (segment + align
# only, no cleaning, dedup or report) on the same pages with -j 1. Best of REPEAT runs each.
#
#   bench/run_corpus_build_bench.sh /path/to/shared [BUILD_DIR] [REPEAT]   # defaults: build, 3
set -euo pipefail
export LC_ALL=C
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${1:?usage: bench/run_corpus_build_bench.sh /path/to/shared [BUILD_DIR] [REPEAT]}"
build="${2:-$root/build}"
repeat="${3:-3}"
kobi="$build/kobi"
[[ -x "$kobi" ]] || { echo "no $kobi (build first)" >&2; exit 1; }
dev="$shared/eval/align-dev"
[[ -d "$dev" ]] || { echo "$dev not found" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bytes=0
docs=0
for set in ntrex flores; do
  while read -r name; do
    printf '%s\t%s\n' "$dev/$set/$name.en.txt" "$dev/$set/$name.ko.txt" >> "$tmp/manifest.tsv"
    printf '%s\t%s\t%s\n' "$dev/$set/$name.en.txt" "$dev/$set/$name.ko.txt" \
      "$tmp/align/$set.$name.tsv" >> "$tmp/batch.tsv"
    bytes=$((bytes + $(stat -c %s "$dev/$set/$name.en.txt") + $(stat -c %s "$dev/$set/$name.ko.txt")))
    docs=$((docs + 1))
  done < "$dev/$set/index.txt"
done
mkdir -p "$tmp/align"
echo "align-dev raw pages: $docs document pairs, $bytes bytes; best of $repeat; $(nproc) cores"
best() {  # label, command...
  local label="$1"; shift
  local b="" start end
  for ((r = 0; r < repeat; r++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    if [[ -z "$b" || $((end - start)) -lt $b ]]; then b=$((end - start)); fi
  done
  awk -v label="$label" -v ns="$b" -v docs="$docs" -v bytes="$bytes" 'BEGIN {
    s = ns / 1e9
    printf "%-34s %7.2f s  %7.1f documents/s  %6.3f MB/s\n", label, s, docs / s, bytes / s / 1e6 }'
}
best "align --batch -j 1 (reference)" "$kobi" align --batch "$tmp/batch.tsv" -j 1
best "corpus build -j 1" "$kobi" corpus build "$tmp/manifest.tsv" -o "$tmp/out1" -j 1 -q
best "corpus build -j 2" "$kobi" corpus build "$tmp/manifest.tsv" -o "$tmp/out2" -j 2 -q
cmp -s "$tmp/out1/corpus.tsv" "$tmp/out2/corpus.tsv" && echo "corpus.tsv identical for -j 1 and -j 2"
grep -E '"(kept|documents_unrelated)"' "$tmp/out1/report.json" | head -2 | tr -d ' ,'
