#!/usr/bin/env bash
# TMX read throughput: `kobi convert x.tmx --to tsv` in MB/s of TMX input, best of 3 runs (wall
# clock and CPU time: on a shared machine the CPU figure is the steadier one; and peak memory,
# which stays flat as SIZE_MB grows because the reader streams), with
# `cat` and, when given, another kobi binary (e.g. an older build) measured in the same run on
# the same file. Synthetic data: the pairs of tests/data/corpora/good_pairs.tsv with varied
# numbers and an escaped "&", written as TMX by kobi itself.
#
#   bench/tmx_read_bench.sh [KOBI] [REFERENCE_KOBI] [SIZE_MB]   # defaults: build/kobi, none, 20
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
kobi="${1:-$root/build/kobi}"
ref="${2:-}"
size_mb="${3:-20}"
[[ -x "$kobi" ]] || { echo "no $kobi (build first)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$root/tests/data/corpora/good_pairs.tsv" "$tmp/pairs.tsv" "$size_mb" <<'PY'
import random, sys
src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
pairs = [l.rstrip("\n").split("\t") for l in open(src, encoding="utf-8")]
random.seed(1)
target, n = int(mb * 1e6 / 1.65), 0  # TMX is about 1.65 times the TSV
with open(out, "w", encoding="utf-8") as f:
    while n < target:
        en, ko = random.choice(pairs)
        k = random.randint(2, 999)
        line = f"In district {k} & more, {en}\t{k}지구에서 {ko}\n"
        f.write(line)
        n += len(line.encode("utf-8"))
PY
"$kobi" convert "$tmp/pairs.tsv" --to tmx -o "$tmp/pairs.tmx"
bytes=$(stat -c %s "$tmp/pairs.tmx")
run() {  # label, command...: best of 3 wall-clock and CPU (user+sys) times
  local label="$1"; shift
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -a -o "$tmp/times" "$@" >/dev/null
  done
  python3 - "$label" "$bytes" "$tmp/times" <<'PY'
import sys
label, b = sys.argv[1], int(sys.argv[2])
rows = [list(map(float, l.split())) for l in open(sys.argv[3]) if l.strip()]
wall = min(r[0] for r in rows)
cpu = min(r[1] + r[2] for r in rows)
rss = max(r[3] for r in rows) / 1024
def rate(t):
    return f"{b/t/1e6:7.1f} MB/s" if t >= 0.02 else "(too short)"
print(f"{label:<28} {wall:6.2f} s {rate(wall)}   cpu {cpu:6.2f} s {rate(cpu)}   max RSS {rss:5.1f} MB")
PY
  rm -f "$tmp/times"
}
echo "input: $(python3 -c "print(round($bytes/1e6,1))") MB TMX, $(grep -c '<tu>' "$tmp/pairs.tmx") units"
run "reference: cat" cat "$tmp/pairs.tmx"
[[ -n "$ref" ]] && run "reference: $(basename "$ref") tmx->tsv" "$ref" convert "$tmp/pairs.tmx" --to tsv
run "kobi tmx->tsv" "$kobi" convert "$tmp/pairs.tmx" --to tsv
