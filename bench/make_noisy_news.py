#!/usr/bin/env python3
"""Builds a noisy-news alignment set (with gold) from the Korean-English news corpus of the
shared data (data/parallel/kpc_news, Park et al. 2016, dev split), for bench/noisy_news_eval.sh.
Standard library only; deterministic (fixed seed).

Usage: make_noisy_news.py SHARED_DIR OUT_DIR

The corpus is line-parallel news of ~2001-2002 (Hanja abbreviations, spacing errors, some
truncated English lines, no document boundaries). Its 1,000 pairs are cut into documents of
25 consecutive pairs; in each, with a fixed seed, about 5% of Korean lines and 3% of English
lines are dropped (their counterparts become deletions) and about 5% of neighbouring Korean
lines are merged into one segment (2-1 beads), as the align-dev sets are perturbed. The gold
assumes the corpus's own line pairing, which is noisy (the corpus README says so).

Writes OUT_DIR/docNN.{en,ko,gold}, OUT_DIR/jobs.tsv (en, ko, output .beads) for
`kobi align --batch`, and OUT_DIR/list.tsv (gold, output) for `kobi eval align --list`.
"""
import os
import random
import sys


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_noisy_news.py SHARED_DIR OUT_DIR")
    shared, out = sys.argv[1], sys.argv[2]
    base = os.path.join(shared, "data", "parallel", "kpc_news", "korean-english-park.dev")
    en_all, ko_all = read_lines(base + ".en"), read_lines(base + ".ko")
    assert len(en_all) == len(ko_all)
    os.makedirs(out, exist_ok=True)
    rng = random.Random(2002)
    jobs, listing = [], []
    for d, k in enumerate(range(0, len(en_all), 25)):
        pairs = list(zip(en_all[k:k + 25], ko_all[k:k + 25]))
        en, ko, gold = [], [], []
        i = 0
        while i < len(pairs):
            e, o = pairs[i]
            r = rng.random()
            if r < 0.05:  # Korean line dropped
                gold.append(([len(en)], []))
                en.append(e)
            elif r < 0.08:  # English line dropped
                gold.append(([], [len(ko)]))
                ko.append(o)
            elif r < 0.13 and i + 1 < len(pairs):  # two Korean lines merged into one segment
                e2, o2 = pairs[i + 1]
                gold.append(([len(en), len(en) + 1], [len(ko)]))
                en += [e, e2]
                ko.append(o + " " + o2)
                i += 1
            else:
                gold.append(([len(en)], [len(ko)]))
                en.append(e)
                ko.append(o)
            i += 1
        name = os.path.join(out, "doc%02d" % d)
        for ext, lines in ((".en", en), (".ko", ko)):
            with open(name + ext, "w", encoding="utf-8") as f:
                f.writelines(s + "\n" for s in lines)
        with open(name + ".gold", "w", encoding="utf-8") as f:
            for a, b in gold:
                f.write("[%s]:[%s]\n" % (",".join(map(str, a)), ",".join(map(str, b))))
        jobs.append("%s.en\t%s.ko\t%s.beads\n" % (name, name, name))
        listing.append("%s.gold\t%s.beads\n" % (name, name))
    with open(os.path.join(out, "jobs.tsv"), "w", encoding="utf-8") as f:
        f.writelines(jobs)
    with open(os.path.join(out, "list.tsv"), "w", encoding="utf-8") as f:
        f.writelines(listing)


if __name__ == "__main__":
    main()
