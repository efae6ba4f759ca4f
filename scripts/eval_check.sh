#!/usr/bin/env bash
# Evaluates `kobi check romanization`.
#  1. Precision/recall on the planted corpus tests/data/glossary/check_en.txt against
#     tests/data/glossary/check_gold.tsv, counted over pairs of spellings: a reported pair is
#     correct when both spellings are in one gold group; recall is over all gold pairs.
#  2. Precision and recall of reported groups, and precision of pair mismatches, on real news
#     (kpc_news dev, ntrex, flores200 dev under SHARED_DATA_DIR/parallel) against the hand
#     labels in scripts/eval_check_labels.tsv; reported items without a label count as wrong
#     and are listed.
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

# 2. Real news: kpc_news dev + ntrex + flores200 dev (English, and Korean for pair mode),
#    scored against the hand labels in scripts/eval_check_labels.tsv (see its header).
p="$shared/parallel"
parts=("kpc_news/korean-english-park.dev.en kpc_news/korean-english-park.dev.ko"
       "ntrex/newstest2019-src.eng.txt ntrex/newstest2019-ref.kor.txt"
       "flores200/eng_Latn.dev flores200/kor_Hang.dev")
: >"$tmp/news.en"; : >"$tmp/news.ko"
for part in "${parts[@]}"; do
  read -r en ko <<<"$part"
  if [[ ! -f "$p/$en" || ! -f "$p/$ko" ]]; then
    echo "real news: $p/$en or $p/$ko not found (skipped)"; exit 0
  fi
  tr -d '\r' <"$p/$en" >>"$tmp/news.en"; tr -d '\r' <"$p/$ko" >>"$tmp/news.ko"
done
"$kobi" check romanization "$tmp/news.en" --format jsonl >"$tmp/news.jsonl" 2>"$tmp/news.err"
"$kobi" check romanization "$tmp/news.en" --aliases --format jsonl >"$tmp/alias.jsonl" 2>/dev/null
"$kobi" check romanization "$tmp/news.en" --ko "$tmp/news.ko" --format jsonl \
  >"$tmp/pairs.jsonl" 2>"$tmp/pairs.err"
echo "real news (English): $(tail -1 "$tmp/news.err")"
echo "real news (with Korean): $(tail -1 "$tmp/pairs.err")"
python3 - "$tmp/news.jsonl" "$tmp/alias.jsonl" "$tmp/pairs.jsonl" scripts/eval_check_labels.tsv <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[4], encoding="utf-8")
        if l.strip() and not l.startswith("#")]
labelled = [(r[1], set(r[2:])) for r in rows if r[0] == "group"]
pair_label = {(r[2], r[3]): r[1] for r in rows if r[0] == "pair"}
def read(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
def label_of(forms):
    for label, gold in labelled:
        if forms <= gold: return label
    return "unlabelled"
def score(name, groups, want):
    got = [g for g in groups if g.get("kind") != "pair mismatch"]
    labels = [label_of({v["form"] for v in g["variants"]}) for g in got]
    ok = sum(1 for l in labels if l in want)
    gold = [f for l, f in labelled if l in want]
    found = sum(1 for f in gold if any(len(f & {v["form"] for v in g["variants"]}) >= 2 and
                                       label_of({v["form"] for v in g["variants"]}) in want
                                       for g in got))
    p = f"{ok / len(got):.3f}" if got else "n/a"
    print(f"{name}: {len(got)} groups reported, {ok} correct: precision {p}; "
          f"recall {found}/{len(gold)} = {found / len(gold) if gold else 0:.3f}")
    for g, l in zip(got, labels):
        if l not in want:
            print(f"  wrong ({l}): " + ", ".join(v["form"] for v in g["variants"]))
score("real news, romanization groups (default)", read(sys.argv[1]), {"romanization"})
score("real news, --aliases (romanization + alias groups)", read(sys.argv[2]),
      {"romanization", "alias"})
issues = [g for g in read(sys.argv[3]) if g.get("kind") == "pair mismatch"]
verdict = [pair_label.get((i["korean"], i["form"]), "unlabelled") for i in issues]
ok = verdict.count("true")
print(f"real news, pair mismatches: {len(issues)} reported, {ok} labelled true: precision "
      + (f"{ok / len(issues):.3f}" if issues else "n/a (none reported)"))
for i, v in zip(issues, verdict):
    if v != "true":
        print(f"  {v}: line {i['line']} {i['korean']} -> {i['form']}")
PY
