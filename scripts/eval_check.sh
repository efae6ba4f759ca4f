#!/usr/bin/env bash
# Evaluates `kobi check romanization`.
#  1. Precision/recall on the planted corpus tests/data/glossary/check_en.txt against
#     tests/data/glossary/check_gold.tsv, counted over pairs of spellings: a reported pair is
#     correct when both spellings are in one gold group; recall is over all gold pairs.
#  2. What it finds on the English dev side of the KPC news corpus (and, with its Korean side
#     line-parallel, the pair mismatches): counts by kind and the largest groups.
# Usage: scripts/eval_check.sh [KOBI_BINARY] [SHARED_DATA_DIR]
#   e.g. scripts/eval_check.sh build/kobi /work/shared/data
set -euo pipefail
cd "$(dirname "$0")/.."
kobi="${1:-build/kobi}"
shared="${2:-../shared/data}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$kobi" check romanization tests/data/glossary/check_en.txt --format jsonl >"$tmp/planted.jsonl"
python3 - "$tmp/planted.jsonl" tests/data/glossary/check_gold.tsv <<'PY'
import itertools, json, sys
groups = [[v["form"] for v in json.loads(l)["variants"]] for l in open(sys.argv[1]) if l.strip()]
gold = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if l.strip() and not l.startswith("#")]
gold_of = {f: i for i, g in enumerate(gold) for f in g}
pairs = lambda gs: {tuple(sorted(p)) for g in gs for p in itertools.combinations(g, 2)}
got, want = pairs(groups), pairs(gold)
tp = sum(1 for a, b in got if a in gold_of and gold_of.get(a) == gold_of.get(b))
p = tp / len(got) if got else 0.0
r = tp / len(want) if want else 0.0
print(f"planted corpus: {len(groups)} groups reported, {len(gold)} gold groups; "
      f"spelling pairs: {len(got)} reported, {len(want)} gold, {tp} correct")
print(f"planted corpus: precision {p:.3f}  recall {r:.3f}")
PY

en="$shared/parallel/kpc_news/korean-english-park.dev.en"
ko="$shared/parallel/kpc_news/korean-english-park.dev.ko"
if [[ -f "$en" ]]; then
  "$kobi" check romanization "$en" --format jsonl >"$tmp/kpc.jsonl" 2>"$tmp/kpc.err"
  echo "kpc_news dev (English only): $(tail -1 "$tmp/kpc.err")"
  "$kobi" check romanization "$en" --ko "$ko" --format jsonl >"$tmp/kpc_pairs.jsonl" 2>"$tmp/kpc_pairs.err"
  echo "kpc_news dev (with Korean): $(tail -1 "$tmp/kpc_pairs.err")"
  python3 - "$tmp/kpc.jsonl" <<'PY'
import collections, json, sys
groups = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
kinds = collections.Counter(g["kind"].split(":")[0] for g in groups)
types = collections.Counter(g["type"] for g in groups)
print("kpc_news dev groups by kind:", dict(kinds), "by type:", dict(types))
groups.sort(key=lambda g: -sum(v["count"] for v in g["variants"]))
for g in groups[:15]:
    forms = ", ".join(f'{v["form"]} ({v["count"]})' for v in g["variants"])
    print(f'  {g["preferred"]:<24} {g["kind"]:<26} {forms}')
PY
else
  echo "kpc_news dev not found under $shared (skipped)"
fi
