#!/usr/bin/env python3
"""Python call overhead: kobi.split and kobi.tokenize called once per line from Python versus
the `kobi split` / `kobi tokenize` commands on the same generated file, in the same run.

    PYTHONPATH=build/python /usr/bin/python3 bench/python_overhead.py build/kobi [--mb 10] [--lang en]

The text is generated here (seeded word lists, ~3 sentences a line), so the run needs no data.
Reports MB/s of each and the ratio Python / CLI, in CPU time (user + system; the machine may be
shared, and CPU time is what a loaded machine distorts least) and in wall time. The CLI's times
include its start-up and file I/O, Python's include reading the file and building the result
lists. It also checks that both produce the same sentences and tokens.
"""
import argparse
import os
import random
import resource
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


def cpu_now():
    """CPU seconds of this process and of its finished children."""
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def best_of(repeats, fn):
    """(best CPU seconds, best wall seconds, last result) over repeats."""
    cpu, wall = [], []
    result = None
    for _ in range(repeats):
        c, w = cpu_now(), time.perf_counter()
        result = fn()
        cpu.append(cpu_now() - c)
        wall.append(time.perf_counter() - w)
    return min(cpu), min(wall), result


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
            c_py, w_py, py_out = best_of(args.repeats, py_fn)
            c_cli, w_cli, cli_out = best_of(args.repeats, lambda: run_cli(command))
            with open(cli_out, encoding="utf-8") as f:
                same = f.read().splitlines() == py_out
            if not same:
                print(f"{command}: Python and CLI outputs differ", file=sys.stderr)
                return 1
            rows.append((command, mb / c_py, mb / c_cli, c_py / c_cli, w_py / w_cli))
        print(f"{'call':14} {'Python MB/s':>11} {'CLI MB/s':>9} {'Python/CLI':>10} "
              f"{'(wall)':>7}   MB/s in CPU time")
        for command, py_rate, cli_rate, ratio, wall_ratio in rows:
            print(f"kobi.{command:<9} {py_rate:11.1f} {cli_rate:9.1f} {ratio:10.2f} {wall_ratio:7.2f}")
        print("outputs identical: yes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
