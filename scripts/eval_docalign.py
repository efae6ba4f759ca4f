#!/usr/bin/env python3
"""Precision and recall of `kobi docalign` on ../shared/eval/docalign-dev (see its README).

Usage: eval_docalign.py SHARED_DIR KOBI [--min-score X]

Prints, for the whole set and for its two halves (pages split by the first hex digit of the
English file name, 0-7 / 8-f; a Korean page follows its gold partner, an unpaired page its own
name), kobi's precision and recall and those of the issue's crude baseline measured in the same
run: pairs score (number of digit strings the two raw pages share) x (length ratio, the smaller
of the two ratios of Korean characters to 0.48 x English characters), taken greedily one-to-one
from the best, score > 0.
"""
import os
import re
import subprocess
import sys
import tempfile

DIGITS = re.compile(r"\d+")


def read_gold(path):
    gold = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                en, ko = line.split("\t")[:2]
                gold.append((en, ko))
    return gold


def score(pred, gold):
    gold = set(gold)
    pred = set(pred)
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, tp, len(pred), len(gold)


def baseline(en_dir, ko_dir, en_names, ko_names):
    def feats(folder, name):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read()
        chars = sum(1 for c in text if not c.isspace())
        return set(DIGITS.findall(text)), max(chars, 1)

    en = {n: feats(en_dir, n) for n in en_names}
    ko = {n: feats(ko_dir, n) for n in ko_names}
    scored = []
    for e, (ed, ec) in en.items():
        for k, (kd, kc) in ko.items():
            shared = len(ed & kd)
            if shared == 0:
                continue
            ratio = kc / (0.48 * ec)
            scored.append((shared * min(ratio, 1 / ratio), e, k))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_e, used_k, pairs = set(), set(), []
    for s, e, k in scored:
        if e in used_e or k in used_k:
            continue
        used_e.add(e)
        used_k.add(k)
        pairs.append((e, k))
    return pairs


def run_kobi(kobi, en_dir, ko_dir, extra):
    out = subprocess.run([kobi, "docalign", en_dir, ko_dir, "-j", "0"] + extra,
                         check=True, capture_output=True, text=True).stdout
    pairs = []
    for line in out.splitlines():
        en, ko, _ = line.split("\t")
        pairs.append((os.path.basename(en), os.path.basename(ko)))
    return pairs


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    shared, kobi = sys.argv[1], sys.argv[2]
    extra = sys.argv[3:]
    root = os.path.join(shared, "eval", "docalign-dev")
    gold = read_gold(os.path.join(root, "gold.tsv"))
    en_all = sorted(os.listdir(os.path.join(root, "en")))
    ko_all = sorted(os.listdir(os.path.join(root, "ko")))
    ko_partner = {k: e for e, k in gold}

    def half_of_en(name):
        return "A" if name[0] in "01234567" else "B"

    def half_of_ko(name):
        return half_of_en(ko_partner.get(name, name))

    print(f"docalign-dev: {len(en_all)} English, {len(ko_all)} Korean pages, {len(gold)} gold pairs")
    print(f"{'set':<8} {'method':<9} {'P':>6} {'R':>6}  (correct / predicted / gold)")
    with tempfile.TemporaryDirectory() as tmp:
        for part in ["all", "A", "B"]:
            en_names = [n for n in en_all if part == "all" or half_of_en(n) == part]
            ko_names = [n for n in ko_all if part == "all" or half_of_ko(n) == part]
            en_set, ko_set = set(en_names), set(ko_names)
            part_gold = [(e, k) for e, k in gold if e in en_set and k in ko_set]
            en_dir, ko_dir = os.path.join(root, "en"), os.path.join(root, "ko")
            if part != "all":
                en_dir, ko_dir = os.path.join(tmp, part, "en"), os.path.join(tmp, part, "ko")
                os.makedirs(en_dir)
                os.makedirs(ko_dir)
                for n in en_names:
                    os.symlink(os.path.join(root, "en", n), os.path.join(en_dir, n))
                for n in ko_names:
                    os.symlink(os.path.join(root, "ko", n), os.path.join(ko_dir, n))
            results = [("kobi", run_kobi(kobi, en_dir, ko_dir, extra)),
                       ("baseline", baseline(en_dir, ko_dir, en_names, ko_names))]
            for method, pred in results:
                p, r, tp, npred, ngold = score(pred, part_gold)
                label = part if part == "all" else f"half {part}"
                print(f"{label:<8} {method:<9} {p:6.3f} {r:6.3f}  ({tp} / {npred} / {ngold})")


if __name__ == "__main__":
    main()
