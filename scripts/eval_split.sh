#!/usr/bin/env bash
# Evaluates `kobi split` (and ICU's sentence break iterator, for context) on the shared
# segmentation sets. Usage: scripts/eval_split.sh SHARED_DATA_DIR [KOBI_BINARY] [-v]
#   SHARED_DATA_DIR  the folder holding segmentation/ (e.g. /work/shared/data)
#   KOBI_BINARY      default build/kobi
# Prints: English Golden Rules passed (of 48) and, for each Korean kss file, sentence
# precision/recall/F1 (a predicted sentence counts when its whitespace-free character span equals
# a gold sentence's span, micro-averaged over the file) and exact-match rate per paragraph.
# Needs only /usr/bin/python3 (standard library).
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 SHARED_DATA_DIR [KOBI_BINARY] [-v]" >&2
  exit 2
fi
data="$1"
kobi="${2:-$(dirname "$0")/../build/kobi}"
verbose="${3:-}"
seg="$data/segmentation"
[[ -d "$seg" ]] || seg="$data"
[[ -f "$seg/golden_rules_en.txt" ]] || { echo "no golden_rules_en.txt under $data" >&2; exit 1; }
cases="$(dirname "$0")/../tests/data/tok/split_cases.txt"
exec /usr/bin/python3 - "$seg" "$kobi" "$verbose" "$cases" <<'PY'
import collections, os, subprocess, sys

seg, kobi, verbose, cases_path = sys.argv[1], sys.argv[2], sys.argv[3] == "-v", sys.argv[4]

def split(paragraphs, lang, engine):
    """Runs kobi split on one paragraph a line; returns a list of sentence lists."""
    text = "".join(p.replace("\n", " ") + "\n" for p in paragraphs)
    out = subprocess.run([kobi, "split", "--lang", lang, "--engine", engine, "--offsets",
                          "--keep-blank"], input=text.encode(), capture_output=True, check=True)
    result = [[] for _ in paragraphs]
    for line in out.stdout.decode().split("\n"):
        if not line:
            continue
        n, b, e, s = line.split("\t", 3)
        result[int(n) - 1].append(s)
    return result

def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")

# ---- English Golden Rules ----
rules = []
cur = None
for line in open(os.path.join(seg, "golden_rules_en.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#RULE"):
        cur = {"title": line[1:], "in": None, "out": []}
        rules.append(cur)
    elif line.startswith("IN\t") and cur is not None:
        cur["in"] = unescape(line[3:])
    elif line.startswith("OUT\t") and cur is not None:
        cur["out"].append(unescape(line[4:]))
for engine in ("kobi", "icu"):
    got = split([r["in"] for r in rules], "en", engine)
    passed = 0
    for r, g in zip(rules, got):
        if [s.strip() for s in g] == [s.strip() for s in r["out"]]:
            passed += 1
        elif verbose and engine == "kobi":
            print("FAIL", r["title"], g, file=sys.stderr)
    print(f"golden_rules_en  {engine:4s}  passed {passed}/{len(rules)}")

# ---- Cases written for kobi (tests/data/tok/split_cases.txt, issue #14 failure kinds) ----
cases = []
if os.path.exists(cases_path):
    for line in open(cases_path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#CASE "):
            _, lang, kind, name = line.split(" ", 3)
            cases.append({"lang": lang, "kind": kind, "name": name, "in": "", "out": []})
        elif line.startswith("IN\t") and cases:
            cases[-1]["in"] = line[3:]
        elif line.startswith("OUT\t") and cases:
            cases[-1]["out"].append(line[4:])
for engine in ("kobi", "icu"):
    per_kind = collections.defaultdict(lambda: [0, 0])
    for lang in ("en", "ko"):
        subset = [c for c in cases if c["lang"] == lang]
        got = split([c["in"] for c in subset], lang, engine)
        for c, g in zip(subset, got):
            ok = [s.strip() for s in g] == c["out"]
            per_kind[(lang, c["kind"])][0] += ok
            per_kind[(lang, c["kind"])][1] += 1
            if verbose and engine == "kobi" and not ok:
                print("CASE FAIL", c["name"], g, file=sys.stderr)
    for lang in ("en", "ko"):
        kinds = sorted(k for k in per_kind if k[0] == lang)
        passed = sum(per_kind[k][0] for k in kinds)
        total = sum(per_kind[k][1] for k in kinds)
        detail = ", ".join(f"{k[1]} {per_kind[k][0]}/{per_kind[k][1]}" for k in kinds)
        if total:
            print(f"own_cases_{lang}     {engine:4s}  passed {passed}/{total}  ({detail})")

# ---- One-sentence Korean lines written for kobi (tests/data/tok/ko_one_sentence.txt) ----
one_path = os.path.join(os.path.dirname(cases_path), "ko_one_sentence.txt")
if os.path.exists(one_path):
    lines = [l.rstrip("\n") for l in open(one_path, encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    for engine in ("kobi", "icu"):
        got = split(lines, "ko", engine)
        whole = sum(len(g) == 1 for g in got)
        print(f"ko_one_sentence  {engine:4s}  kept whole {whole}/{len(lines)}")
        if verbose and engine == "kobi":
            for l, g in zip(lines, got):
                if len(g) != 1:
                    print("ONE SPLIT", g, file=sys.stderr)

# ---- Korean kss sets ----
def spans(sentences):
    res, pos = set(), 0
    for s in sentences:
        n = len("".join(s.split()))
        if n:
            res.add((pos, pos + n))
        pos += n
    return res

kss = os.path.join(seg, "kss")
for name in sorted(os.listdir(kss)) if os.path.isdir(kss) else []:
    if not name.endswith(".txt") or name.startswith("README"):
        continue
    paragraphs, cur = [], []
    for line in open(os.path.join(kss, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.strip() == "":
            if cur:
                paragraphs.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        paragraphs.append(cur)
    inputs = ["".join(p) for p in paragraphs]
    for engine in ("kobi", "icu"):
        got = split(inputs, "ko", engine)
        tp = npred = ngold = exact = 0
        for gold, pred in zip(paragraphs, got):
            g, p = spans(gold), spans(pred)
            tp += len(g & p); npred += len(p); ngold += len(g)
            exact += g == p
            if verbose and engine == "kobi" and name == "wikipedia.txt" and g != p:
                for s in pred:
                    if s not in [x.strip() for x in gold]:
                        print("PRED", s, file=sys.stderr)
        prec = tp / npred if npred else 0.0
        rec = tp / ngold if ngold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"kss/{name:16s} {engine:4s}  P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}  "
              f"paragraphs exact {exact}/{len(paragraphs)}")
PY
