#!/usr/bin/env bash
# Worst-case speed, memory and accuracy of `kobi align --presplit` on long documents built
# from the shared data (bench/make_align_cases.py): a 30,000-segment document with its anchors
# stripped (numbers and names removed, 2% of Korean sentences dropped), 20,000 lines of
# repeated news documents with mismatched ends (150 extra Korean lines), and 20,000 lines of
# news documents. Each case is run with every binary given, in the same run.
#
# Usage: bench/align_long_bench.sh SHARED_DIR [KOBI] [REFERENCE_KOBI] [HUNALIGN]
#   SHARED_DIR      folder with eval/align-dev/ and data/parallel/tatoeba/
#   KOBI            default build/kobi
#   REFERENCE_KOBI  optional: another kobi build (e.g. the previous release) measured alongside
#   HUNALIGN        optional: a hunalign binary you built; run with -utf on tokenized,
#                   lower-cased input and, when SHARED_DIR has it, the MUSE en-ko dictionary
#                   (data/lexicon/muse_koen_hunalign/en-ko.dict)
# Prints one row per case and tool: segments per side, wall s, user+sys s, peak RSS (MB, from
# /usr/bin/time -v), strict and lax F1 against the case's gold. CASES="long repeat" limits cases.
# RUNS=N runs kobi and the reference alternately N times each and reports each one's run with
# the least CPU time (on a shared machine single runs vary by ±30%).
set -euo pipefail
shared="${1:?usage: bench/align_long_bench.sh SHARED_DIR [KOBI] [REFERENCE_KOBI] [HUNALIGN]}"
kobi="${2:-build/kobi}"
ref="${3:-}"
hunalign="${4:-}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Absolute paths, then run from the scratch folder (hunalign writes translate.txt into the
# current directory).
shared="$(realpath "$shared")"; kobi="$(realpath "$kobi")"
[[ -n "${hunalign:-}" ]] && hunalign="$(realpath "$hunalign")"
[[ -n "${ref:-}" ]] && ref="$(realpath "$ref")"
cd "$work"
[[ -x /usr/bin/time ]] || { echo "align_long_bench.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
python3 "$here/make_align_cases.py" "$shared" "$work"

measure_once() {  # output file, command...
  local out="$1"; shift
  /usr/bin/time -v "$@" >"$out" 2>"$work/time.txt"
  rss=$(awk -F: '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$work/time.txt")
  cpu=$(awk -F: '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$work/time.txt")
  wall=$(awk '/Elapsed \(wall clock\)/ {n = split($NF, t, ":"); s = 0;
              for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s}' "$work/time.txt")
}

declare -A best_cpu best_wall best_rss
keep_best() {  # tool: remembers the run with the least CPU time
  if [[ -z "${best_cpu[$1]:-}" ]] || awk "BEGIN { exit !($cpu < ${best_cpu[$1]}) }"; then
    best_cpu[$1]=$cpu; best_wall[$1]=$wall; best_rss[$1]=$rss
  fi
}
use_best() { cpu=${best_cpu[$1]}; wall=${best_wall[$1]}; rss=${best_rss[$1]}; }

ladder_to_beads() {
  awk 'NR > 1 { r = "["; for (i = pi; i < $1; i++) r = r (i > pi ? "," : "") i; r = r "]:[";
                for (j = pj; j < $2; j++) r = r (j > pj ? "," : "") j; r = r "]";
                if ($1 > pi || $2 > pj) print r }
       { pi = $1; pj = $2 }' "$1"
}

row() {  # tool case beads
  local f
  f=$("$kobi" eval align "$work/$2.gold" "$3" | tail -n 1 | awk '{print $4, $7}')
  printf '%-12s %-7s %13s %8s %8s %8s %9s %7s\n' "$1" "$2" "$sizes" "$wall" "$cpu" "$rss" $f
}

dict="$shared/data/lexicon/muse_koen_hunalign/en-ko.dict"
printf '%-12s %-7s %13s %8s %8s %8s %9s %7s\n' tool case en/ko wall_s cpu_s rss_MB F1_strict F1_lax
for c in ${CASES:-long repeat news}; do
  sizes="$(wc -l <"$work/$c.en")/$(wc -l <"$work/$c.ko")"
  best_cpu=()
  for ((r = 0; r < ${RUNS:-1}; r++)); do
    measure_once "$work/$c.kobi" "$kobi" align --presplit "$work/$c.en" "$work/$c.ko"
    keep_best kobi
    if [[ -n "$ref" ]]; then
      measure_once "$work/$c.ref" "$ref" align --presplit "$work/$c.en" "$work/$c.ko"
      keep_best ref
    fi
  done
  use_best kobi
  row kobi "$c" "$work/$c.kobi"
  if [[ -n "$ref" ]]; then
    use_best ref
    row reference "$c" "$work/$c.ref"
  fi
  if [[ -n "$hunalign" ]]; then
    "$kobi" tokenize --lang en --no-escape "$work/$c.en" | LC_ALL=C tr 'A-Z' 'a-z' >"$work/$c.tok.en"
    "$kobi" tokenize --lang ko --no-escape "$work/$c.ko" | LC_ALL=C tr 'A-Z' 'a-z' >"$work/$c.tok.ko"
    if [[ -f "$dict" ]]; then d="$dict"; label=hunalign+dic; else : >"$work/null.dic"; d="$work/null.dic"; label=hunalign; fi
    measure_once "$work/$c.ladder" "$hunalign" -utf "$d" "$work/$c.tok.en" "$work/$c.tok.ko"
    ladder_to_beads "$work/$c.ladder" >"$work/$c.hun"
    row "$label" "$c" "$work/$c.hun"
  fi
done
