#!/usr/bin/env python3
"""Generates a document alignment benchmark from the shared parallel data (nothing committed).

Usage: gen_docalign_pages.py SHARED_DIR OUT_DIR N [SEED]

Pools the line-parallel English-Korean sentence pairs of data/parallel (NTREX, FLORES dev, KPC
news dev, Tatoeba test) and writes N documents: each takes 8-24 sentence pairs drawn at random
from the pool, one to three sentences a paragraph line. One document in eight has only its
English page and one in eight only its Korean page. Pages get shuffled numeric names:
OUT_DIR/en/*.txt, OUT_DIR/ko/*.txt and OUT_DIR/gold.tsv (en_path<TAB>ko_path).
"""
import os
import random
import sys

SOURCES = [
    ("ntrex/newstest2019-src.eng.txt", "ntrex/newstest2019-ref.kor.txt"),
    ("flores200/eng_Latn.dev", "flores200/kor_Hang.dev"),
    ("kpc_news/korean-english-park.dev.en", "kpc_news/korean-english-park.dev.ko"),
    ("tatoeba/tatoeba-test-v2021-08-07.eng", "tatoeba/tatoeba-test-v2021-08-07.kor"),
]


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    shared, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    pool = []
    for en_rel, ko_rel in SOURCES:
        base = os.path.join(shared, "data", "parallel")
        en, ko = read_lines(os.path.join(base, en_rel)), read_lines(os.path.join(base, ko_rel))
        if len(en) != len(ko):
            sys.exit(f"{en_rel}: {len(en)} lines, {ko_rel}: {len(ko)} lines")
        pool += [(e, k) for e, k in zip(en, ko) if e.strip() and k.strip()]
    os.makedirs(os.path.join(out, "en"))
    os.makedirs(os.path.join(out, "ko"))
    en_names = rng.sample(range(10 * n), n)
    ko_names = rng.sample(range(10 * n), n)
    with open(os.path.join(out, "gold.tsv"), "w", encoding="utf-8") as gold:
        for d in range(n):
            pairs = rng.sample(pool, rng.randint(8, 24))
            en_lines, ko_lines = [], []
            i = 0
            while i < len(pairs):
                k = rng.randint(1, 3)
                en_lines.append(" ".join(p[0] for p in pairs[i:i + k]))
                ko_lines.append(" ".join(p[1] for p in pairs[i:i + k]))
                i += k
            en_path = os.path.join(out, "en", f"{en_names[d]:07d}.txt")
            ko_path = os.path.join(out, "ko", f"{ko_names[d]:07d}.txt")
            has_en, has_ko = d % 8 != 1, d % 8 != 2
            if has_en:
                with open(en_path, "w", encoding="utf-8") as f:
                    f.write("\n".join(en_lines) + "\n")
            if has_ko:
                with open(ko_path, "w", encoding="utf-8") as f:
                    f.write("\n".join(ko_lines) + "\n")
            if has_en and has_ko:
                gold.write(f"{en_path}\t{ko_path}\n")


if __name__ == "__main__":
    main()
