#!/usr/bin/env bash
# Speed, memory and accuracy of `kobi docalign` on generated collections of 2,858, 5,715 and
# 11,430 documents (about 7/8 of them with a page on each side, see gen_docalign_pages.py), i.e.
# about 2,500, 5,000 and 10,001 pages per side.
#
# Usage: bench/docalign_bench.sh SHARED_DIR [KOBI_BINARY] [THREADS] [SIZES...]
#   SHARED_DIR   folder with data/parallel/ (the sentence pairs pages are made of)
#   KOBI_BINARY  default build/kobi;  THREADS default 2;  SIZES default 2858 5715 11430
# Pages are generated at run time in a temporary folder and deleted afterwards. Prints one row
# per size: pages per side, wall and user+sys seconds, peak RSS (MB, /usr/bin/time), candidate
# pairs scored, precision and recall against the generated gold. DOCALIGN_FLAGS (environment)
# adds `kobi docalign` flags, e.g. DOCALIGN_FLAGS=--no-verify for the method without its
# sentence-level check and third pass.
set -euo pipefail
shared="${1:?usage: bench/docalign_bench.sh SHARED_DIR [KOBI] [THREADS] [SIZES...]}"
kobi="${2:-build/kobi}"
threads="${3:-2}"
shift $(( $# >= 3 ? 3 : $# ))
sizes=("$@")
(( ${#sizes[@]} )) || sizes=(2858 5715 11430)
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-8s %-8s %-8s %-8s %-9s %-9s %-12s %-6s %-6s\n' \
  docs en_pages ko_pages wall_s cpu_s peak_MB candidates P R
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  /usr/bin/python3 "$here/gen_docalign_pages.py" "$shared" "$dir" "$n"
  /usr/bin/time -f '%e %U %S %M' -o "$dir/time" \
    "$kobi" docalign "$dir/en" "$dir/ko" -j "$threads" ${DOCALIGN_FLAGS:-} -o "$dir/pairs.tsv" 2>"$dir/err"
  read -r wall user sys rss <"$dir/time"
  cand="$(grep -o '[0-9]* candidate pair' "$dir/err" | cut -d' ' -f1)"
  pr="$(/usr/bin/python3 - "$dir/gold.tsv" "$dir/pairs.tsv" <<'PY'
import sys
gold = {tuple(l.rstrip("\n").split("\t")[:2]) for l in open(sys.argv[1], encoding="utf-8") if l.strip()}
pred = {tuple(l.rstrip("\n").split("\t")[:2]) for l in open(sys.argv[2], encoding="utf-8") if l.strip()}
tp = len(gold & pred)
print(f"{tp / max(len(pred), 1):.3f} {tp / max(len(gold), 1):.3f}")
PY
)"
  printf '%-8s %-8s %-8s %-8s %-9s %-9s %-12s %-6s %-6s\n' "$n" \
    "$(ls "$dir/en" | wc -l)" "$(ls "$dir/ko" | wc -l)" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$(( rss / 1024 ))" "$cand" $pr
  rm -rf "$dir"
done
