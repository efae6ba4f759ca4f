#!/usr/bin/env bash
# Glossary matcher speed on synthetic text and on real news/dev text, with 100,000 entries.
# Usage: bench/run_glossary_bench.sh SHARED_DIR [BUILD_DIR] [REPETITIONS]
#   SHARED_DIR   the shared data folder (uses data/parallel: NTREX, FLORES dev, KPC dev,
#                Tatoeba test; English and Korean sides, about 0.5 MB each)
#   BUILD_DIR    default build/ (needs build/bench/glossary_benchmark)
#   REPETITIONS  default 5; the "ratio" lines at the end give each benchmark's best
#                repetition, since on a shared machine the slow runs measure the neighbours
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 SHARED_DIR [BUILD_DIR] [REPETITIONS]" >&2
  exit 2
fi
shared="$1"
build="${2:-$(dirname "$0")/../build}"
reps="${3:-5}"
bench="$build/bench/glossary_benchmark"
[[ -x "$bench" ]] || { echo "$0: $bench not built (scripts/build.sh)" >&2; exit 2; }
par="$shared/data/parallel"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat "$par/ntrex/newstest2019-src.eng.txt" "$par/flores200/eng_Latn.dev" \
    "$par/kpc_news/korean-english-park.dev.en" "$par/tatoeba/tatoeba-test-v2021-08-07.eng" >"$tmp/en.txt"
cat "$par/ntrex/newstest2019-ref.kor.txt" "$par/flores200/kor_Hang.dev" \
    "$par/kpc_news/korean-english-park.dev.ko" "$par/tatoeba/tatoeba-test-v2021-08-07.kor" >"$tmp/ko.txt"
printf 'real text: English %s lines / %s bytes, Korean %s lines / %s bytes\n' \
  "$(wc -l <"$tmp/en.txt")" "$(wc -c <"$tmp/en.txt")" "$(wc -l <"$tmp/ko.txt")" "$(wc -c <"$tmp/ko.txt")"
"$bench" --en_text="$tmp/en.txt" --ko_text="$tmp/ko.txt" --benchmark_min_time=0.3 \
  --benchmark_repetitions="$reps"
