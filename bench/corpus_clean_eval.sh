#!/usr/bin/env bash
# The clean step of `kobi corpus build` on real pages: builds one corpus from the align-dev page
# pairs (ntrex and flores NAME.en.txt/NAME.ko.txt) plus 30 wrongly paired pages (English of
# document i with Korean of i+1, i = 1, 3, ..., 59 of the manifest) and prints, per kobi binary:
# true/wrong page pairs judged unrelated, the lowest coverage of a true page and the highest and
# mean coverage of a wrong one (report.json), candidate pairs of true pages kept, and the
# pairs dropped per rule.
#
# Usage: bench/corpus_clean_eval.sh SHARED_DIR [KOBI] [REFERENCE_KOBI]
set -euo pipefail
shared="${1:?usage: bench/corpus_clean_eval.sh SHARED_DIR [KOBI] [REFERENCE_KOBI]}"
kobi="${2:-build/kobi}"
ref="${3:-}"
dev="$shared/eval/align-dev"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: >"$work/true.tsv"
for set in ntrex flores; do
  while read -r doc; do
    [[ -z "$doc" ]] && continue
    printf '%s\t%s\n' "$dev/$set/$doc.en.txt" "$dev/$set/$doc.ko.txt" >>"$work/true.tsv"
  done <"$dev/$set/index.txt"
done
awk -F'\t' '{ en[NR] = $1; ko[NR] = $2; print }
            END { for (i = 1; i < 60 && i < NR; i += 2) print en[i] "\t" ko[i + 1] }' \
  "$work/true.tsv" >"$work/mixed.tsv"
run() {  # label binary
  "$2" corpus build "$work/mixed.tsv" -o "$work/$1" -j 1 --quiet 2>/dev/null
  python3 - "$work/$1/report.json" "$1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
docs = r["documents"]
def stem(p, ext): return p[: -len(ext)] if p.endswith(ext) else p
true = [d for d in docs if stem(d["en"], ".en.txt") == stem(d["ko"], ".ko.txt")]
wrong = [d for d in docs if d not in true]
tc = [d["coverage"] for d in true]
wc = [d["coverage"] for d in wrong]
cand = sum(d["candidates"] for d in true)
kept = sum(d["kept"] for d in true)
dropped = {}
for d in docs:
    for k, v in d.get("dropped", {}).items():
        dropped[k] = dropped.get(k, 0) + v
print(f"{sys.argv[2]}: true pages unrelated {sum(d['verdict'] == 'unrelated' for d in true)} of {len(true)}"
      f" (lowest coverage {min(tc):.3f}); wrong pages unrelated"
      f" {sum(d['verdict'] == 'unrelated' for d in wrong)} of {len(wrong)} (highest coverage"
      f" {max(wc):.3f}, mean {sum(wc) / len(wc):.3f}); true pages: {kept} of {cand} candidate pairs"
      f" kept ({100.0 * kept / cand:.1f}%); dropped: "
      + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items())))
PY
}
run kobi "$kobi"
[[ -n "$ref" ]] && run reference "$ref"
exit 0
