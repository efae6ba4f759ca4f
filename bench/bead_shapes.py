#!/usr/bin/env python3
"""Bead shapes of a gold alignment against an aligner's output: per shape (source x target
sentences), how many beads the gold has, how many of them the output misses (no bead with
exactly the same sentences) and how many output beads are wrong (not in the gold).

Usage: bench/bead_shapes.py GOLD BEADS
  GOLD, BEADS  bead files as `kobi eval align` reads them: one `[i,...]:[j,...]` line per bead
               (a third `:score` field is ignored)
"""
import collections
import sys


def read_beads(path):
    beads = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            src, tgt = line.split(":")[:2]
            side = lambda s: tuple(int(x) for x in s.strip("[] ").split(",") if x.strip())
            beads.append((side(src), side(tgt)))
    return beads


def shape(bead):
    return f"{len(bead[0])}-{len(bead[1])}"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold, out = read_beads(sys.argv[1]), read_beads(sys.argv[2])
    gold_set, out_set = set(gold), set(out)
    count = collections.Counter(shape(b) for b in gold)
    missed = collections.Counter(shape(b) for b in gold if b not in out_set)
    wrong = collections.Counter(shape(b) for b in out if b not in gold_set)
    shapes = sorted(set(count) | set(wrong), key=lambda s: (sum(map(int, s.split("-"))), s))
    print(f"{'shape':<7} {'gold':>5} {'missed':>6} {'wrong':>6}")
    for s in shapes:
        print(f"{s:<7} {count[s]:>5} {missed[s]:>6} {wrong[s]:>6}")
    print(f"{'all':<7} {sum(count.values()):>5} {sum(missed.values()):>6} {sum(wrong.values()):>6}")


if __name__ == "__main__":
    main()
