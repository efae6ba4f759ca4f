#!/usr/bin/env bash
# Strict/lax F1 of `kobi align --presplit` on a noisy-news set built from the shared data
# (bench/make_noisy_news.py: the Korean-English news corpus, dev split, cut into 40 documents
# of 25 pairs with seeded drops and merges), aligned as one batch (corpus lexicon) and per
# document (--no-corpus-lexicon).
#
# Usage: bench/noisy_news_eval.sh SHARED_DIR [KOBI] [align flags...]
set -euo pipefail
shared="${1:?usage: bench/noisy_news_eval.sh SHARED_DIR [KOBI] [align flags...]}"
kobi="${2:-build/kobi}"
shift $(( $# >= 2 ? 2 : 1 ))
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/make_noisy_news.py" "$shared" "$work"
for mode in batch per-document; do
  flags=(--presplit --format beads --batch "$work/jobs.tsv" --threads "${THREADS:-0}")
  [[ "$mode" == per-document ]] && flags+=(--no-corpus-lexicon)
  "$kobi" align "${flags[@]}" "$@" 2>"$work/stderr.txt"
  printf '%-14s ' "$mode"
  "$kobi" eval align --list "$work/list.tsv" | tail -n 1
done
