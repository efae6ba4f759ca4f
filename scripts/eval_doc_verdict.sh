#!/usr/bin/env bash
# Scores `kobi corpus build`'s per-document verdict (unrelated pages) on the align-dev raw pages.
#
# Usage: scripts/eval_doc_verdict.sh /path/to/shared [path/to/kobi] [-j N]
#
# Related pairs: every NAME.en.txt with its own NAME.ko.txt (ntrex and flores). Unrelated
# pairs, made on purpose: NAME_i.en.txt with the Korean page of the document half the set away
# (same set, same style, another article). Both manifests are built with `corpus build
# --keep-unrelated` and the verdict and coverage of every document are read from report.json.
# Reported: precision and recall of the verdict "unrelated" (positive = a wrong pairing), the
# coverage distribution of both groups (the threshold kMinCoverage in kobi/corpora/corpus_builder.h
# sits in the gap), and accuracy at other thresholds for comparison.
set -euo pipefail
shared="${1:?usage: scripts/eval_doc_verdict.sh /path/to/shared [kobi] [-j N]}"
kobi="${2:-$(cd "$(dirname "$0")/.." && pwd)/build/kobi}"
threads="${4:-2}"
[[ -x "$kobi" ]] || { echo "eval_doc_verdict: no kobi binary at $kobi (build first)" >&2; exit 1; }
dev="$shared/eval/align-dev"
[[ -d "$dev" ]] || { echo "eval_doc_verdict: $dev not found" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for set in ntrex flores; do
  mapfile -t names < "$dev/$set/index.txt"
  n=${#names[@]}
  for ((i = 0; i < n; i++)); do
    j=$(((i + n / 2) % n))
    printf '%s\t%s\n' "$dev/$set/${names[i]}.en.txt" "$dev/$set/${names[i]}.ko.txt" >> "$tmp/related.tsv"
    printf '%s\t%s\n' "$dev/$set/${names[i]}.en.txt" "$dev/$set/${names[j]}.ko.txt" >> "$tmp/unrelated.tsv"
  done
done
for kind in related unrelated; do
  "$kobi" corpus build "$tmp/$kind.tsv" -o "$tmp/$kind" -j "$threads" --keep-unrelated -q 2>/dev/null
done

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
cov = {}
verdicts = {}
for kind in ("related", "unrelated"):
    docs = json.load(open(f"{tmp}/{kind}/report.json"))["documents"]
    cov[kind] = sorted(d["coverage"] for d in docs)
    verdicts[kind] = [d["verdict"] for d in docs]
tp = verdicts["unrelated"].count("unrelated")
fp = verdicts["related"].count("unrelated")
fn = len(verdicts["unrelated"]) - tp
p = tp / (tp + fp) if tp + fp else 1.0
r = tp / (tp + fn) if tp + fn else 1.0
print(f"documents: {len(verdicts['related'])} related, {len(verdicts['unrelated'])} wrongly paired")
print(f"verdict 'unrelated': precision {p:.3f}  recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")
def q(v, f): return v[min(len(v) - 1, int(f * len(v)))]
for kind in ("related", "unrelated"):
    v = cov[kind]
    print(f"coverage of {kind:9}: min {v[0]:.3f}  p05 {q(v, .05):.3f}  median {q(v, .5):.3f}"
          f"  p95 {q(v, .95):.3f}  max {v[-1]:.3f}")
print("threshold  related-called-unrelated  wrong-pairs-caught")
for t in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
    a = sum(c < t for c in cov["related"])
    b = sum(c < t for c in cov["unrelated"])
    print(f"  {t:.1f}      {a:4d}/{len(cov['related'])}                   {b:4d}/{len(cov['unrelated'])}")
PY
