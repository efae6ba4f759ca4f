#!/usr/bin/env bash
# Throughput of `kobi convert`, `kobi clean` and `kobi dedup` in MB/s (input bytes per second), on one thread
# and on all cores, with references measured in the same run: `cat` (raw read/write) and
# `cut -f1,2` (a plain TSV pass). Synthetic data: the sentence pairs of
# tests/data/corpora/good_pairs.tsv recombined with varied numbers, so dedup sees few repeats.
#
#   bench/run_corpora_bench.sh [BUILD_DIR] [SIZE_MB]      # defaults: build, 8
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
size_mb="${2:-8}"
kobi="$build/kobi"
[[ -x "$kobi" ]] || { echo "no $kobi (build first)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
data="$tmp/pairs.tsv"
python3 - "$root/tests/data/corpora/good_pairs.tsv" "$data" "$size_mb" <<'PY'
import random, re, sys
src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
pairs = [l.rstrip("\n").split("\t") for l in open(src, encoding="utf-8")]
random.seed(1)
target = int(mb * 1e6)
with open(out, "w", encoding="utf-8") as f:
    n = 0
    while n < target:
        en, ko = random.choice(pairs)
        k = random.randint(2, 999)
        # Same number on both sides keeps the pair valid and makes it unique.
        en = f"In district {k}, " + en[0].lower() + en[1:]
        ko = f"{k}지구에서 " + ko
        line = f"{en}\t{ko}\n"
        f.write(line)
        n += len(line.encode("utf-8"))
PY
bytes=$(stat -c %s "$data")
cores=$(nproc)
run() {  # label, command...
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  python3 -c "import sys; b=$bytes; t=$end-$start; print(f'{sys.argv[1]:<34} {t:7.2f} s {b/t/1e6:9.2f} MB/s')" "$label"
}
echo "input: $(python3 -c "print(round($bytes/1e6,1))") MB, $(wc -l <"$data") pairs, $cores cores"
run "reference: cat" cat "$data"
run "reference: cut -f1,2" cut -f1,2 "$data"
run "kobi convert tsv->jsonl" "$kobi" convert "$data" --to jsonl
run "kobi convert tsv->tmx" "$kobi" convert "$data" --to tmx
run "kobi convert tsv->tsv" "$kobi" convert "$data" --to tsv
run "kobi clean -j 1" "$kobi" clean "$data" -j 1
run "kobi clean -j $cores" "$kobi" clean "$data" -j 0
run "kobi clean -j 1 --min-adequacy 0" "$kobi" clean "$data" -j 1 --min-adequacy 0
run "kobi dedup -j 1" "$kobi" dedup "$data" -j 1
run "kobi dedup -j 1 --exact" "$kobi" dedup "$data" -j 1 --exact
