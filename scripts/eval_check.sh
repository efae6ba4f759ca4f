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

# 3. Pair mode on real pairs with planted errors: in each pair whose English and Korean both
#    hold one bundled person/place entry (English form as a whole word, Korean form as given),
#    the English form is replaced by a look-alike name of another entry of the same type
#    (lower-case edit distance <= 2, same initial, not elsewhere in the pair: Iraq -> Iran),
#    as a translator's slip would. Recall: planted lines reported with the planted name;
#    precision: reported mismatches that are planted ones. The planted text stays in $tmp.
python3 - "$tmp/news.en" "$tmp/news.ko" "$tmp/planted.en" "$tmp/planted.tsv" kobi/glossary/data/*.tsv <<'PY'
import re, sys
en_lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
ko_lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
entries = []
for path in sys.argv[5:]:
    header = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip(): continue
        f = line.rstrip("\n").split("\t")
        if header is None: header = f; continue
        row = dict(zip(header, f))
        if row["type"] in ("person", "place") and len(row["en"]) >= 4:
            entries.append((row["en"], row["ko"], row["type"]))
def dist(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
look_alike = {}
for en, ko, t in entries:
    best = [(dist(en.lower(), e2.lower()), e2, k2) for e2, k2, t2 in entries
            if t2 == t and e2 != en and k2 != ko and e2[0] == en[0]]
    best = [b for b in best if b[0] <= 2]
    if best: look_alike[(en, ko)] = min(best)
planted = []
for i, (e, k) in enumerate(zip(en_lines, ko_lines)):
    for (en, ko), (_, other, other_ko) in sorted(look_alike.items()):
        if (re.search(r"\b" + re.escape(en) + r"\b", e) and ko in k and other not in e
                and other_ko not in k):
            en_lines[i] = re.sub(r"\b" + re.escape(en) + r"\b", other, e, count=1)
            planted.append((i + 1, ko, other))
            break
open(sys.argv[3], "w", encoding="utf-8").write("\n".join(en_lines))
with open(sys.argv[4], "w", encoding="utf-8") as out:
    for line, ko, other in planted: out.write(f"{line}\t{ko}\t{other}\n")
PY
"$kobi" check romanization "$tmp/planted.en" --ko "$tmp/news.ko" --format jsonl \
  >"$tmp/planted_pairs.jsonl" 2>/dev/null
python3 - "$tmp/planted_pairs.jsonl" "$tmp/planted.tsv" <<'PY'
import json, sys
issues = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
issues = [i for i in issues if i.get("kind") == "pair mismatch"]
planted = {}
for l in open(sys.argv[2], encoding="utf-8"):
    line, ko, other = l.rstrip("\n").split("\t")
    planted[int(line)] = (ko, other)
hit = {i["line"] for i in issues if planted.get(i["line"], ("", ""))[1] == i["form"]}
right = sum(1 for i in issues if planted.get(i["line"], ("", ""))[1] == i["form"])
p = f"{right / len(issues):.3f}" if issues else "n/a"
r = f"{len(hit) / len(planted):.3f}" if planted else "n/a"
print(f"real pairs with planted look-alike names: {len(planted)} planted, {len(issues)} "
      f"reported, {right} of them planted: precision {p}, recall {len(hit)}/{len(planted)} = {r}")
for i in issues:
    if planted.get(i["line"], ("", ""))[1] != i["form"]:
        print(f"  not planted: line {i['line']} {i['korean']} -> {i['form']}")
missed = sorted({(ko, other) for line, (ko, other) in planted.items() if line not in hit})
if missed:
    print("  missed (Korean -> planted English): " +
          ", ".join(f"{ko} -> {other}" for ko, other in missed))
PY
