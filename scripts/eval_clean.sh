#!/usr/bin/env bash
# Evaluates `kobi clean` on a corpus with gold labels, or measures its keep rate on real data.
#
#   scripts/eval_clean.sh [--kobi BIN] FIXTURE.tsv        # en, ko, gold label (keep, mojibake_fixed
#                                                         # or the rule expected to drop the pair)
#   scripts/eval_clean.sh [--kobi BIN] --real INPUT ...   # any clean input (TSV, Moses prefix, …):
#                                                         # keep rate (false-positive check)
# Extra arguments after the input go to `kobi clean` (e.g. --min-adequacy 0.2).
# Prints per-label catch rates (a fault is caught when the pair is dropped, by any rule;
# mojibake_fixed is caught when the pair is kept with its text repaired), the rule agreement,
# and the good-pair keep rate.
set -euo pipefail
kobi="$(dirname "$0")/../build/kobi"
if [[ "${1:-}" == "--kobi" ]]; then kobi="$2"; shift 2; fi
real=0
if [[ "${1:-}" == "--real" ]]; then real=1; shift; fi
input="${1:?usage: eval_clean.sh [--kobi BIN] [--real] INPUT [clean flags...]}"
shift
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [[ $real == 1 ]]; then
  "$kobi" clean "$input" --annotate "$@" >"$tmp/ann" 2>"$tmp/err"
  awk -F'\t' '{ n++; d=$NF; c[d]++; if (d=="keep") k++ }
    END { printf "pairs %d, kept %d (%.1f%%)\n", n, k, n ? 100*k/n : 0;
          for (r in c) if (r != "keep") printf "  dropped by %-13s %d\n", r, c[r] }' "$tmp/ann"
  exit 0
fi

"$kobi" clean "$input" --annotate "$@" >"$tmp/ann" 2>"$tmp/err"
# --annotate shows the input text, so a repair is seen as: kept here, "mojibake" without repair.
"$kobi" clean "$input" --annotate --no-repair "$@" >"$tmp/ann2" 2>>"$tmp/err"
# Input columns: en ko gold; each output: en ko gold decision.
paste "$input" "$tmp/ann" "$tmp/ann2" | awk -F'\t' '
  {
    gold = $3; en0 = $1; ko0 = $2; dec = $7; repaired = ($11 == "mojibake")
    n[gold]++
    if (gold == "keep") { if (dec == "keep") ok[gold]++; next }
    if (gold == "mojibake_fixed") {
      if (dec == "keep" && repaired) ok[gold]++
      else if (dec == "keep") miss[gold] = miss[gold] sprintf("    line %d: kept unrepaired\n", NR)
      else miss[gold] = miss[gold] sprintf("    line %d: dropped as %s\n", NR, dec)
      faults++; if (dec == "keep" && repaired) caught++
      next
    }
    faults++
    if (dec != "keep") { ok[gold]++; caught++; if (dec == gold) same++ }
    else miss[gold] = miss[gold] sprintf("    line %d: kept: %.70s\n", NR, en0 " | " ko0)
  }
  END {
    printf "%-16s %6s %6s %8s\n", "label", "pairs", "caught", "rate"
    for (g in n) if (g != "keep") printf "%-16s %6d %6d %7.1f%%\n", g, n[g], ok[g], 100*ok[g]/n[g]
    printf "\nfaults caught: %d of %d (%.1f%%); same rule as the gold label: %d\n",
           caught, faults, faults ? 100*caught/faults : 0, same
    printf "good pairs kept: %d of %d (%.1f%%)\n", ok["keep"], n["keep"],
           n["keep"] ? 100*ok["keep"]/n["keep"] : 0
    for (g in miss) printf "missed %s:\n%s", g, miss[g]
  }'
