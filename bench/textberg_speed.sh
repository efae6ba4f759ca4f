#!/usr/bin/env bash
# CPU time of `kobi align --presplit --lang de,fr` on the Text+Berg de-fr dev document repeated
# COPIES times (default 20) into one document, for each binary given, alternately RUNS times
# (default 3); prints each binary's least user+sys seconds (single runs on a shared machine vary).
#
# Usage: bench/textberg_speed.sh SHARED_DIR KOBI [KOBI...]
set -euo pipefail
shared="${1:?usage: bench/textberg_speed.sh SHARED_DIR KOBI [KOBI...]}"
shift
(( $# >= 1 )) || { echo "usage: bench/textberg_speed.sh SHARED_DIR KOBI [KOBI...]" >&2; exit 2; }
tb="$shared/data/parallel/textberg"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((k = 0; k < ${COPIES:-20}; k++)); do
  cat "$tb/dev.de" >>"$work/doc.de"
  cat "$tb/dev.fr" >>"$work/doc.fr"
done
declare -A best
for ((r = 0; r < ${RUNS:-3}; r++)); do
  for kobi in "$@"; do
    /usr/bin/time -f '%U %S' -o "$work/time" "$kobi" align --presplit --lang de,fr \
      "$work/doc.de" "$work/doc.fr" -o "$work/out.beads"
    t=$(awk '{print $1 + $2}' "$work/time")
    if [[ -z "${best[$kobi]:-}" ]] || (( $(echo "$t < ${best[$kobi]}" | bc) )); then best[$kobi]=$t; fi
  done
done
printf '%-40s %9s %9s\n' binary 'de/fr' cpu_s
for kobi in "$@"; do
  printf '%-40s %9s %9.2f\n' "$kobi" "$(wc -l <"$work/doc.de")/$(wc -l <"$work/doc.fr")" "${best[$kobi]}"
done
