#!/usr/bin/env bash
# Runs kobi's aligner on the development sets and prints a table of strict/lax P/R/F1.
#
# Usage: scripts/eval_align.sh SHARED_DIR [KOBI_BINARY] [extra `kobi align` flags...]
#   SHARED_DIR   the shared data folder (with eval/align-dev/ and data/parallel/textberg/)
#   KOBI_BINARY  default: build/kobi
# Sets: align-dev/ntrex and align-dev/flores in presplit mode (beads vs NAME.gold) and raw mode
# (NAME.en.txt/NAME.ko.txt, pairs vs NAME.pairs.tsv, see docs/align.md), and Text+Berg dev
# (de-fr, presplit, --lang de,fr) when present. Set KEEP=DIR to keep the outputs there.
set -euo pipefail
shared="${1:?usage: scripts/eval_align.sh SHARED_DIR [KOBI_BINARY] [align flags...]}"
kobi="${2:-build/kobi}"
shift $(( $# >= 2 ? 2 : 1 ))
extra=("$@")
dev="$shared/eval/align-dev"
[[ -d "$dev" ]] || { echo "eval_align.sh: no $dev" >&2; exit 1; }
work="${KEEP:-$(mktemp -d)}"
mkdir -p "$work"
[[ -n "${KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT
threads="${THREADS:-0}"

run_set() {  # name mode
  local set="$1" mode="$2" out="$work/$1.$2"
  mkdir -p "$out"
  : >"$out/jobs.tsv"; : >"$out/list.tsv"
  while read -r doc; do
    [[ -z "$doc" ]] && continue
    local d="$dev/$set/$doc"
    if [[ "$mode" == presplit ]]; then
      printf '%s\t%s\t%s\n' "$d.en" "$d.ko" "$out/$doc.beads" >>"$out/jobs.tsv"
      printf '%s\t%s\n' "$d.gold" "$out/$doc.beads" >>"$out/list.tsv"
    else
      printf '%s\t%s\t%s\n' "$d.en.txt" "$d.ko.txt" "$out/$doc.tsv" >>"$out/jobs.tsv"
      printf '%s\t%s\t%s\t%s\n' "$d.pairs.tsv" "$out/$doc.tsv" "$d.en.txt" "$d.ko.txt" >>"$out/list.tsv"
    fi
  done <"$dev/$set/index.txt"
  local flags=(--batch "$out/jobs.tsv" --threads "$threads")
  if [[ "$mode" == presplit ]]; then flags+=(--presplit --format beads); else flags+=(--format tsv); fi
  "$kobi" align "${flags[@]}" "${extra[@]}" 2>"$out/stderr.txt"
  local eval_flags=(--list "$out/list.tsv")
  [[ "$mode" == raw ]] && eval_flags+=(--pairs)
  "$kobi" eval align "${eval_flags[@]}" | tail -n 1 | sed "s|^TOTAL *|$(printf '%-28s' "$set-$mode")|"
}

printf '%-28s %8s %8s %8s %8s %8s %8s %7s %7s %7s %6s\n' set P_strict R_strict F1_strict \
  P_lax R_lax F1_lax 'P@50%' 'P@80%' 'P@100%' gold
for set in ntrex flores; do
  for mode in presplit raw; do run_set "$set" "$mode"; done
done
tb="$shared/data/parallel/textberg"
if [[ -f "$tb/dev.de" ]]; then
  "$kobi" align --presplit --lang de,fr --format beads "${extra[@]}" "$tb/dev.de" "$tb/dev.fr" \
    -o "$work/textberg-dev.beads" 2>"$work/textberg.stderr"
  "$kobi" eval align "$tb/dev.defr" "$work/textberg-dev.beads" | tail -n 1 |
    sed "s|^[^ ]* *|$(printf '%-28s' textberg-dev-presplit)|"
fi
