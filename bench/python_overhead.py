#!/usr/bin/env python3
"""Python call overhead: kobi.split and kobi.tokenize called once per line from Python versus
the `kobi split` / `kobi tokenize` commands on the same generated file, in the same run.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_overhead.py build/kobi [--mb 10] [--lang en]

The text is generated here (seeded word lists, ~3 sentences a line), so the run needs no data.
Reports MB/s of each and the ratio Python / CLI (wall time; the CLI's includes its start-up and
file I/O, Python's includes reading the file and building the result lists). It also checks that
both produce the same sentences and tokens.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

import kobi

EN_WORDS = ("the minister said on Monday that talks with officials in Seoul would resume after "
            "a delay of three weeks as prices rose 3.5% and the company plans to hire 500 new "
            "engineers while Mr. Kim of the U.S. embassy met Sen. Lee at 10 a.m. in Busan").split()
KO_WORDS = ("정부는 월요일 서울에서 회담을 재개한다고 밝혔다 물가가 3.5% 올랐고 회사는 엔지니어 "
            "500명을 채용할 계획이다 김 대사는 부산에서 이 의원을 만났다 그러나 합의는 없었다").split()


def generate(path, megabytes, lang, seed=7):
    rng = random.Random(seed)
    words = EN_WORDS if lang == "en" else KO_WORDS
    target = int(megabytes * 1_000_000)
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            sentences = []
            for _ in range(3):
                s = " ".join(rng.choice(words) for _ in range(rng.randint(6, 18)))
                sentences.append((s[0].upper() + s[1:] if lang == "en" else s) + rng.choice(".?."))
            line = " ".join(sentences) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
    return size


def best_of(repeats, fn):
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cli", help="path of the kobi binary (build/kobi)")
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of text (default 10)")
    parser.add_argument("--lang", choices=("en", "ko"), default="en")
    parser.add_argument("--repeats", type=int, default=3, help="best of N (default 3)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "text.txt")
        size = generate(path, args.mb, args.lang)
        mb = size / 1e6
        print(f"text: {mb:.1f} MB generated, lang {args.lang}, best of {args.repeats}")

        def read_lines():
            with open(path, encoding="utf-8") as f:
                return f.read().splitlines()

        def run_cli(command):
            out = os.path.join(tmp, command + ".out")
            subprocess.run([args.cli, command, "--lang", args.lang, path, "-o", out], check=True,
                           stderr=subprocess.DEVNULL)
            return out

        rows = []
        for command in ("split", "tokenize"):
            if command == "split":
                py_fn = lambda: [s for line in read_lines() for s in kobi.split(line, args.lang)]
            else:
                py_fn = lambda: [" ".join(kobi.tokenize(line, args.lang)) for line in read_lines()]
            t_py, py_out = best_of(args.repeats, py_fn)
            t_cli, cli_out = best_of(args.repeats, lambda: run_cli(command))
            with open(cli_out, encoding="utf-8") as f:
                same = f.read().splitlines() == py_out
            if not same:
                print(f"{command}: Python and CLI outputs differ", file=sys.stderr)
                return 1
            rows.append((command, mb / t_py, mb / t_cli, t_py / t_cli))
        print(f"{'call':10} {'Python MB/s':>12} {'CLI MB/s':>10} {'Python/CLI time':>16}")
        for command, py_rate, cli_rate, ratio in rows:
            print(f"kobi.{command:5} {py_rate:12.1f} {cli_rate:10.1f} {ratio:16.2f}")
        print("outputs identical: yes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
