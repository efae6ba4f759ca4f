#!/usr/bin/env python3
"""Builds long-document alignment cases (with gold) from the shared data, for
bench/align_long_bench.sh. Standard library only; deterministic (fixed seed).

Usage: make_align_cases.py SHARED_DIR OUT_DIR

Writes OUT_DIR/{long,repeat,news}.{en,ko,gold}:
  long    30,000+ English segments: align-dev documents (NTREX, FLORES) and Tatoeba pairs (in
          groups of 20, 1-1), repeated in a shuffled order, with every number and every
          capitalised word (English) / digit and Latin letter (Korean) stripped to starve the
          anchors, and 2% of the Korean sentences of 1-1 beads dropped (those English sentences
          have no counterpart).
  repeat  align-dev documents repeated in a fixed order until the English side has 20,000
          segments; the Korean side goes on for 150 more segments of the next documents (no
          counterpart), so the ends do not correspond.
  news    align-dev documents concatenated until both sides have 20,000 segments (the case of
          bench/align_bench.sh).
Gold beads are kobi's bead format ([i,j]:[k], 0-based), shifted as documents are concatenated.
"""
import os
import random
import re
import sys


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def parse_gold(path):
    beads = []
    for line in read_lines(path):
        left, right = line.split(":")
        side = lambda s: [int(x) for x in s.strip("[] ").split(",") if x.strip()]
        beads.append((side(left), side(right)))
    return beads


def load_units(shared):
    """Documents: (en lines, ko lines, beads)."""
    units = []
    dev = os.path.join(shared, "eval", "align-dev")
    for name in ("ntrex", "flores"):
        for doc in read_lines(os.path.join(dev, name, "index.txt")):
            if not doc:
                continue
            base = os.path.join(dev, name, doc)
            units.append((read_lines(base + ".en"), read_lines(base + ".ko"),
                          parse_gold(base + ".gold")))
    return units


def tatoeba_units(shared):
    base = os.path.join(shared, "data", "parallel", "tatoeba", "tatoeba-test-v2021-08-07")
    en, ko = read_lines(base + ".eng"), read_lines(base + ".kor")
    units = []
    for k in range(0, len(en), 20):
        e, o = en[k:k + 20], ko[k:k + 20]
        units.append((e, o, [([i], [i]) for i in range(len(e))]))
    return units


class Builder:
    def __init__(self):
        self.en, self.ko, self.gold = [], [], []

    def add(self, unit, transform=None):
        en, ko, beads = unit
        oe, ok = len(self.en), len(self.ko)
        self.en += [transform(s, "en") if transform else s for s in en]
        self.ko += [transform(s, "ko") if transform else s for s in ko]
        for a, b in beads:
            self.gold.append(([i + oe for i in a], [j + ok for j in b]))

    def write(self, prefix):
        with open(prefix + ".en", "w", encoding="utf-8") as f:
            f.writelines(s + "\n" for s in self.en)
        with open(prefix + ".ko", "w", encoding="utf-8") as f:
            f.writelines(s + "\n" for s in self.ko)
        with open(prefix + ".gold", "w", encoding="utf-8") as f:
            for a, b in self.gold:
                f.write("[%s]:[%s]\n" % (",".join(map(str, a)), ",".join(map(str, b))))


def strip_anchors(s, lang):
    if lang == "en":
        words = s.split()
        kept = [w for k, w in enumerate(words)
                if not re.search(r"[0-9]", w) and not (k > 0 and re.match(r"\W*[A-Z]", w))]
    else:
        kept = [w for w in s.split() if not re.search(r"[0-9A-Za-z]", w)]
    out = " ".join(kept)
    return out if len(out) >= 2 else s


def drop_korean(builder, rate, rng):
    """Drops the Korean side of `rate` of the 1-1 beads; renumbers the Korean side."""
    keep = [True] * len(builder.ko)
    gold = []
    for a, b in builder.gold:
        if len(a) == 1 and len(b) == 1 and rng.random() < rate:
            keep[b[0]] = False
            gold.append((a, []))
        else:
            gold.append((a, b))
    new_index, k = {}, 0
    for j, kp in enumerate(keep):
        if kp:
            new_index[j] = k
            k += 1
    builder.ko = [s for s, kp in zip(builder.ko, keep) if kp]
    builder.gold = [(a, [new_index[j] for j in b]) for a, b in gold]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_align_cases.py SHARED_DIR OUT_DIR")
    shared, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(13)
    units = load_units(shared)

    long = Builder()
    pool = units + tatoeba_units(shared)
    while len(long.en) < 30000:
        order = list(range(len(pool)))
        rng.shuffle(order)
        for u in order:
            long.add(pool[u], strip_anchors)
            if len(long.en) >= 30000:
                break
    drop_korean(long, 0.02, rng)
    long.write(os.path.join(out, "long"))

    repeat = Builder()
    k = 0
    while len(repeat.en) < 20000:
        repeat.add(units[k % len(units)])
        k += 1
    extra = []
    while len(extra) < 150:
        extra += units[k % len(units)][1]
        k += 1
    for s in extra[:150]:
        repeat.gold.append(([], [len(repeat.ko)]))
        repeat.ko.append(s)
    repeat.write(os.path.join(out, "repeat"))

    news = Builder()
    k = 0
    while len(news.en) < 20000 or len(news.ko) < 20000:
        news.add(units[k % len(units)])
        k += 1
    news.write(os.path.join(out, "news"))


if __name__ == "__main__":
    main()
