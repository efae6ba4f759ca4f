"""Documents/s of `python3 -m kobi.dask build` with 1 and 2 local workers against
`kobi corpus build -j 1` and `-j 2`, in one run, on the align-dev raw pages (ntrex and flores)
repeated to about --documents document pairs; checks that every output file is identical.

    PYTHONPATH=build/python /usr/bin/python3 bench/dask_bench.py /path/to/shared build/kobi \
        [--documents 2000] [--batch-size 64]

The Dask rows include starting the local cluster (a few seconds), as a user pays it; the
`startup` row measures that alone (an empty-manifest build) so it can be subtracted. CPU is the
user+system time of the command and the processes it waited for (Dask's worker processes
included), a figure less sensitive than wall time to other load on the machine.
"""
import argparse
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

OUTPUTS = ["corpus.tsv", "corpus.en", "corpus.ko", "corpus.tmx", "report.json", "report.md",
           "report.txt"]


def pages(shared):
    dev = pathlib.Path(shared) / "eval" / "align-dev"
    if not dev.is_dir():
        sys.exit(f"{dev} not found")
    out = []
    for name in ("ntrex", "flores"):
        for line in (dev / name / "index.txt").read_text().split():
            out.append((dev / name / f"{line}.en.txt", dev / name / f"{line}.ko.txt"))
    return out


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)  # waited-for processes and theirs
    return r.ru_utime + r.ru_stime


def timed(label, cmd, docs, env=None):
    start, cpu0 = time.monotonic(), cpu()
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds, cpu_seconds = time.monotonic() - start, cpu() - cpu0
    if result.returncode != 0:
        sys.exit(f"{label} failed:\n{result.stderr}")
    print(f"{label:<36} {seconds:8.2f} s  {docs / seconds:8.1f} documents/s  "
          f"CPU {cpu_seconds:7.2f} s", flush=True)
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared")
    parser.add_argument("kobi")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    base = pages(args.shared)
    repeat = max(1, round(args.documents / len(base)))
    docs = len(base) * repeat
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="kobi-dask-bench-"))
    manifest = tmp / "docs.tsv"
    manifest.write_text("".join(f"{en}\t{ko}\n" for _ in range(repeat) for en, ko in base))
    (tmp / "empty.tsv").write_text("")
    size = sum(os.path.getsize(p) for pair in base for p in pair) * repeat
    print(f"align-dev raw pages x{repeat}: {docs} document pairs, {size / 1e6:.1f} MB; "
          f"{os.cpu_count()} cores; batch size {args.batch_size}")
    dask = [sys.executable, "-m", "kobi.dask", "build"]
    times = {}
    for j in (1, 2):
        times[f"cli{j}"] = timed(f"kobi corpus build -j {j}",
                                 [args.kobi, "corpus", "build", str(manifest), "-o",
                                  str(tmp / f"cli{j}"), "-j", str(j), "-q"], docs)
    startup = timed("kobi.dask startup (empty manifest, 2)",
                    dask + [str(tmp / "empty.tsv"), "-o", str(tmp / "empty"), "-q",
                            "--local-workers", "2"], 1)
    for w in (1, 2):
        times[f"dask{w}"] = timed(f"kobi.dask --local-workers {w}",
                                  dask + [str(manifest), "-o", str(tmp / f"dask{w}"), "-q",
                                          "--local-workers", str(w), "--batch-size",
                                          str(args.batch_size)], docs)
    for name in OUTPUTS:
        ref = (tmp / "cli1" / name).read_bytes()
        for other in ("cli2", "dask1", "dask2"):
            if (tmp / other / name).read_bytes() != ref:
                sys.exit(f"{other}/{name} differs from kobi corpus build -j 1")
    print("every output file identical (corpus build -j 1 / -j 2, kobi.dask 1 / 2 workers)")
    print(f"kobi.dask 2 workers / corpus build -j 2: time x{times['dask2'] / times['cli2']:.2f} "
          f"(x{(times['dask2'] - startup) / times['cli2']:.2f} without the cluster startup)")
    print(f"kobi.dask 2 workers / 1 worker: speed-up x{times['dask1'] / times['dask2']:.2f}")
    subprocess.run(["rm", "-rf", str(tmp)])


if __name__ == "__main__":
    main()
