#!/usr/bin/env bash
# Scores `kobi segment` boilerplate detection on the align-dev raw documents.
#
# Usage: scripts/eval_segment.sh /path/to/shared [path/to/kobi] [--list]
#
# The align-dev sets (SHARED/eval/align-dev/{ntrex,flores}/NAME.{en,ko}.txt) are news text with
# boilerplate lines (bylines, copyright notices, share buttons, ...) inserted on either side,
# often glued into a paragraph. Gold, derived only from the sets' own files:
#   * content   = the text of NAME.pairs.tsv (every gold bead with both sides);
#   * boilerplate pool = lines of NAME.en / NAME.ko whose gold bead has an empty other side
#     ([i]:[] / []:[j]) and that occur in at least two documents (the inserted furniture comes
#     from a small pool; a dropped sentence occurs once);
#   * a boilerplate occurrence = a whole-word occurrence of a pool string in NAME.{en,ko}.txt.
# Prediction: segments whose zone is not body or headline are "non-body" (the headline is
# content: it appears in the gold pairs). Reported, per language and overall:
#   * occurrence recall: gold occurrences with >= 90% of their bytes inside non-body segments;
#   * segment precision: non-body segments with >= 50% of their bytes inside gold occurrences;
#   * byte precision/recall/F1 over non-space bytes;
#   * content loss: non-space bytes of gold-pair text that ended up in non-body segments.
# --list prints every false positive and missed occurrence.
set -euo pipefail
shared="${1:?usage: scripts/eval_segment.sh /path/to/shared [kobi] [--list]}"
kobi="${2:-$(cd "$(dirname "$0")/.." && pwd)/build/kobi}"
list="${3:-}"
[[ -x "$kobi" ]] || { echo "eval_segment: no kobi binary at $kobi (build first)" >&2; exit 1; }
dev="$shared/eval/align-dev"
[[ -d "$dev" ]] || { echo "eval_segment: $dev not found" >&2; exit 1; }
command -v python3 >/dev/null || { echo "eval_segment: python3 is required" >&2; exit 1; }

python3 - "$dev" "$kobi" "$list" <<'PY'
import collections, glob, json, os, re, subprocess, sys

dev, kobi, listing = sys.argv[1], sys.argv[2], sys.argv[3] == "--list"
docs = sorted(p[:-len(".gold")] for p in glob.glob(os.path.join(dev, "*", "*.gold")))

def parse_side(s):
    s = s.strip()[1:-1]
    return [int(x) for x in s.split(",")] if s else []

# Pool: one-sided lines that occur in >= 2 documents.
seen = collections.defaultdict(set)
for d in docs:
    lines = {side: open(f"{d}.{side}", encoding="utf-8").read().split("\n") for side in ("en", "ko")}
    for g in open(f"{d}.gold", encoding="utf-8"):
        if ":" not in g:
            continue
        a, b = g.strip().split(":")
        a, b = parse_side(a), parse_side(b)
        for side, mine, other in (("en", a, b), ("ko", b, a)):
            if mine and not other:
                for i in mine:
                    seen[(side, lines[side][i].strip())].add(d)
pool = {side: sorted({t for (s, t), ds in seen.items() if s == side and len(ds) >= 2 and t},
                     key=len, reverse=True) for side in ("en", "ko")}

def nonspace(text, lo, hi):
    return sum(1 for c in text[lo:hi] if not c.isspace())

stats = {side: collections.Counter() for side in ("en", "ko")}
problems = []
for d in docs:
    pairs = [l.rstrip("\n").split("\t") for l in open(f"{d}.pairs.tsv", encoding="utf-8") if "\t" in l]
    for col, side in ((0, "en"), (1, "ko")):
        raw = open(f"{d}.{side}.txt", encoding="utf-8").read()
        data = raw.encode("utf-8")
        out = subprocess.run([kobi, "segment", "--lang", side, f"{d}.{side}.txt"],
                             capture_output=True, check=True).stdout.decode("utf-8")
        segs = [json.loads(l) for l in out.splitlines()]
        # Work in characters: b2c[byte offset] = number of characters before it.
        b2c = [0] * (len(data) + 1)
        ci = 0
        for bi in range(len(data)):
            b2c[bi] = ci
            if (data[bi] & 0xC0) != 0x80:
                ci += 1
            b2c[bi + 1] = ci
        char_len = len(raw)
        gold = [False] * char_len
        occ = []
        for t in pool[side]:
            for m in re.finditer(r"(?<!\S)" + re.escape(t) + r"(?!\S)", raw):
                if not any(gold[m.start():m.end()]):
                    occ.append((m.start(), m.end(), t))
                    for k in range(m.start(), m.end()):
                        gold[k] = True
        pred = [False] * char_len
        nonbody = []
        for s in segs:
            lo, hi = b2c[s["start"]], b2c[s["end"]]
            if s["zone"] not in ("body", "headline"):
                nonbody.append((lo, hi, s))
                for k in range(lo, hi):
                    pred[k] = True
        st = stats[side]
        for lo, hi, t in occ:
            covered = sum(1 for k in range(lo, hi) if pred[k] and not raw[k].isspace())
            st["occ"] += 1
            if covered >= 0.9 * nonspace(raw, lo, hi):
                st["occ_found"] += 1
            elif listing:
                problems.append(f"MISS {os.path.basename(d)}.{side}: {t}")
        for lo, hi, s in nonbody:
            inside = sum(1 for k in range(lo, hi) if gold[k] and not raw[k].isspace())
            st["pred"] += 1
            if inside >= 0.5 * max(1, nonspace(raw, lo, hi)):
                st["pred_ok"] += 1
            elif listing:
                problems.append(f"FP   {os.path.basename(d)}.{side} [{s['zone']}]: {s['text'][:100]}")
        for k in range(char_len):
            if raw[k].isspace():
                continue
            st["b_tp"] += pred[k] and gold[k]
            st["b_pred"] += pred[k]
            st["b_gold"] += gold[k]
        # Content loss: pair text on this side labelled non-body.
        for p in pairs:
            if len(p) < 2:
                continue
            text = p[col].strip()
            pos = raw.find(text)
            if not text or pos < 0:
                continue
            st["content"] += nonspace(raw, pos, pos + len(text))
            st["content_lost"] += sum(1 for k in range(pos, pos + len(text))
                                      if pred[k] and not gold[k] and not raw[k].isspace())

def report(name, st):
    def div(a, b):
        return a / b if b else 0.0
    p, r = div(st["b_tp"], st["b_pred"]), div(st["b_tp"], st["b_gold"])
    f = div(2 * p * r, p + r)
    print(f"{name:8s} occurrences {st['occ']:4d}  recall {div(st['occ_found'], st['occ']):.3f}   "
          f"non-body segments {st['pred']:4d}  precision {div(st['pred_ok'], st['pred']):.3f}   "
          f"bytes P {p:.3f} R {r:.3f} F1 {f:.3f}   content lost "
          f"{div(st['content_lost'], st['content']) * 100:.2f}%")

print(f"documents: {len(docs)}; boilerplate pool: {len(pool['en'])} en / {len(pool['ko'])} ko strings")
total = collections.Counter()
for side in ("en", "ko"):
    report(side, stats[side])
    total.update(stats[side])
report("all", total)
for line in problems:
    print(line)
PY
