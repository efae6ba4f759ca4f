#!/usr/bin/env bash
# Strict/lax F1 of `kobi align --presplit` on align-dev NTREX and FLORES with the punctuation
# removed from every Korean sentence (bench/strip_punctuation.py: Unicode categories P*, then
# spaces squeezed): a stand-in for Korean text without punctuation (older translations,
# subtitles, informal text), which the issue's Bible goal is about and of which the shared data
# has none. English is left as it is. Each set is aligned as one batch (corpus lexicon) and per
# document (--no-corpus-lexicon); the unchanged sets are run alongside for comparison.
#
# Usage: bench/unpunctuated_eval.sh SHARED_DIR [KOBI] [align flags...]
set -euo pipefail
shared="${1:?usage: bench/unpunctuated_eval.sh SHARED_DIR [KOBI] [align flags...]}"
kobi="${2:-build/kobi}"
shift $(( $# >= 2 ? 2 : 1 ))
here="$(cd "$(dirname "$0")" && pwd)"
dev="$shared/eval/align-dev"
[[ -d "$dev" ]] || { echo "unpunctuated_eval.sh: no $dev" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-34s %8s %8s %8s %8s %8s %8s\n' set P_strict R_strict F1_strict P_lax R_lax F1_lax
for set in ntrex flores; do
  for variant in punctuated unpunctuated; do
    out="$work/$set.$variant"
    mkdir -p "$out"
    : >"$out/jobs.tsv"; : >"$out/list.tsv"
    while read -r doc; do
      [[ -z "$doc" ]] && continue
      ko="$dev/$set/$doc.ko"
      if [[ "$variant" == unpunctuated ]]; then
        python3 "$here/strip_punctuation.py" <"$ko" >"$out/$doc.ko"
        ko="$out/$doc.ko"
      fi
      printf '%s\t%s\t%s\n' "$dev/$set/$doc.en" "$ko" "$out/$doc.beads" >>"$out/jobs.tsv"
      printf '%s\t%s\n' "$dev/$set/$doc.gold" "$out/$doc.beads" >>"$out/list.tsv"
    done <"$dev/$set/index.txt"
    for mode in batch per-document; do
      flags=(--presplit --format beads --batch "$out/jobs.tsv" --threads "${THREADS:-0}")
      [[ "$mode" == per-document ]] && flags+=(--no-corpus-lexicon)
      "$kobi" align "${flags[@]}" "$@" 2>"$out/stderr.txt"
      "$kobi" eval align --list "$out/list.tsv" | tail -n 1 |
        awk -v name="$set-$variant-$mode" '{ printf "%-34s %8s %8s %8s %8s %8s %8s\n", name, $2, $3, $4, $5, $6, $7 }'
    done
  done
done
