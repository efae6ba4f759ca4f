"""`python3 -m kobi.dask build MANIFEST -o DIR`: `kobi corpus build` on a Dask cluster.

The manifest is cut into batches of documents; Dask workers run the kobi library on them and
the driver (this process) merges the results, so that DIR holds byte for byte what
`kobi corpus build MANIFEST -o DIR` writes on one machine, for any number of workers and
batches (docs/distributed.md):

0. the driver reads the manifest once and cuts it into batches; each task is given only its
   batch's entries (kobi.CorpusBatch), never the path of the whole manifest to read again;
1. each batch counts the corpus-lexicon statistics of its documents (pass 1); one task merges
   the counts in manifest order and trains the lexicon the whole manifest would give;
2. each batch is built into its own part folder with that lexicon and returns the 16-byte
   dedup key of every pair it kept (texts stay on the workers);
3. the driver walks the keys in manifest order and tells each batch which of its pairs an
   earlier batch already gave; each batch drops them;
4. the driver concatenates the finished parts into DIR (files complete or absent).

With `--docalign EN KO` the driver first finds the document pairs (kobi.docalign_manifest, as
`kobi corpus build --docalign` does: DIR/docalign.tsv) and builds from that manifest.

Every task writes its files atomically and depends only on its arguments, so a task that Dask
runs again after losing a worker writes the same bytes. Documents, the manifest and DIR must be
on storage every worker and the driver see at the same paths (e.g. NFS).

    python3 -m kobi.dask build docs.tsv -o out --local-workers 2
    python3 -m kobi.dask build docs.tsv -o out --scheduler tcp://10.0.0.1:8786
    python3 -m kobi.dask build --docalign crawl/en crawl/ko -o out --encoding cp949
"""

import argparse
import os
import shutil
import sys
import time
import uuid

import kobi

PROG = "python3 -m kobi.dask"
_glossaries = {}  # per worker process: (files, no_default) -> kobi.Glossary


class BatchError(Exception):
    """A kobi error raised in a task, carried back to the driver (picklable)."""

    def __init__(self, kind, message):
        super().__init__(kind, message)
        self.kind = kind
        self.message = message

    def __str__(self):
        return self.message


def _call(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except kobi.UsageError as e:
        raise BatchError("usage", str(e)) from None
    except (kobi.Error, OSError) as e:
        raise BatchError("input", str(e)) from None


def _corpus_kwargs(opts):
    """Keyword arguments of the kobi batch functions from the plain options dict."""
    kw = dict(threads=opts["threads"], skip_bad=opts["skip_bad"], repair=opts["repair"],
              keep_unrelated=opts["keep_unrelated"], corpus_lexicon=opts["corpus_lexicon"],
              encoding=opts["encoding"])
    if opts["min_adequacy"] != 0.1 or opts["disable"]:
        kw["clean"] = kobi.CleanOptions(min_adequacy=opts["min_adequacy"],
                                        disabled=list(opts["disable"]))
    kw.update(_resource_kwargs(opts))
    return kw


def _resource_kwargs(opts):
    """glossary=/dictionary= from the options dict (-g, --no-default, --no-glossary,
    --dictionary), as build_corpus and docalign_manifest take them; a glossary is loaded once
    per process."""
    kw = {}
    if opts["no_glossary"]:
        kw["glossary"] = False
    elif opts["glossary"] or opts["no_default"]:
        key = (tuple(opts["glossary"]), opts["no_default"])
        if key not in _glossaries:
            _glossaries[key] = kobi.Glossary(list(opts["glossary"]), default=not opts["no_default"])
        kw["glossary"] = _glossaries[key]
    if opts["dictionary"]:
        kw["dictionary"] = opts["dictionary"]
    return kw


def _delay(opts):
    if opts.get("test_delay"):
        time.sleep(opts["test_delay"])


def lexicon_counts_task(batch, opts):
    """Pass 1 of a batch (a kobi.CorpusBatch): its corpus-lexicon counts (text)."""
    _delay(opts)
    return _call(kobi.corpus_batch_lexicon_counts, batch, **_corpus_kwargs(opts))


def train_task(*counts):
    """The counts of every batch, in manifest order -> the corpus lexicon (text)."""
    return _call(kobi.train_corpus_lexicon, list(counts))


def build_task(batch, part_dir, lexicon, opts):
    """Pass 2 of a batch: builds it into part_dir; returns its counts and pair keys."""
    _delay(opts)
    report, keys = _call(kobi.build_corpus_batch, batch, part_dir, lexicon or "",
                         **_corpus_kwargs(opts))
    return {"documents": report.documents, "kept": report.kept, "keys": keys}


def finish_task(part_dir, drop, partition):
    """Pass 3 of a batch: drops the pairs an earlier batch gave (and writes its partition)."""
    _call(kobi.finish_corpus_batch, part_dir, drop, partition)
    return True


class Progress:
    """Documents done, pairs kept, rate and ETA on stderr (at most once a second)."""

    def __init__(self, total, quiet):
        self.total, self.quiet = total, quiet
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def start(self, name):
        self.name, self.done, self.kept, self.t0 = name, 0, None, time.monotonic()

    def advance(self, documents, kept=None):
        self.done += documents
        if kept is not None:
            self.kept = (self.kept or 0) + kept
        now = time.monotonic()
        if now - self.last >= 1.0 or self.done == self.total:
            self.last = now
            self.show(now)

    def show(self, now):
        if self.quiet:
            return
        rate = self.done / max(now - self.t0, 1e-9)
        eta = (self.total - self.done) / rate if rate > 0 else 0
        line = f"{PROG}: {self.name}: {self.done}/{self.total} documents"
        if self.kept is not None:
            line += f", {self.kept} pairs kept"
        line += f", {rate:.1f} documents/s, ETA {eta:.0f} s"
        end = "\n" if not self.tty or self.done == self.total else ""
        print(("\r" if self.tty else "") + line, end=end, file=sys.stderr, flush=True)

    def note(self, text):
        if self.tty and not self.quiet:
            print(file=sys.stderr)
        print(f"{PROG}: {text}", file=sys.stderr, flush=True)


def _watch_workers(client, known, progress):
    """Names workers that left since the last call (their tasks run again elsewhere)."""
    try:
        now = set(client.scheduler_info()["workers"])
    except Exception:  # noqa: BLE001 - progress only
        return known
    for lost in sorted(known - now):
        progress.note(f"lost worker {lost}; Dask runs its tasks again")
    return now


def _run_pass(client, futures, progress, name, sizes, kept=False):
    """Waits for futures (progress as batches finish); results in manifest order. A failed
    batch raises the error of the first failed batch in manifest order."""
    from distributed import as_completed

    progress.start(name)
    index = {f.key: i for i, f in enumerate(futures)}
    known = set(client.scheduler_info()["workers"])
    for future in as_completed(futures):
        known = _watch_workers(client, known, progress)
        if future.status == "finished":
            result = future.result()
            progress.advance(sizes[index[future.key]],
                             result["kept"] if kept and isinstance(result, dict) else None)
    for future in futures:
        if future.status != "finished":
            raise future.exception()
    return client.gather(futures)


def _connect(args):
    from distributed import Client, LocalCluster

    if args.scheduler:
        try:
            return Client(args.scheduler, timeout=args.connect_timeout), None
        except (OSError, TimeoutError) as e:
            raise SystemExit(_fail(
                f"cannot reach the Dask scheduler at {args.scheduler} ({e}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS` (docs/distributed.md)", 1))
    cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0" if args.dashboard else None)
    return Client(cluster), cluster


def _fail(message, code):
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def build(args):
    opts = dict(threads=args.threads, skip_bad=args.skip_bad, repair=args.repair,
                keep_unrelated=args.keep_unrelated, corpus_lexicon=not args.no_corpus_lexicon,
                min_adequacy=args.min_adequacy, disable=args.disable,
                glossary=[os.path.abspath(g) for g in args.glossary],
                no_default=args.no_default, no_glossary=args.no_glossary,
                encoding=args.encoding,
                dictionary=os.path.abspath(args.dictionary) if args.dictionary else None,
                test_delay=args.test_delay)
    try:
        if args.docalign:
            # As `kobi corpus build --docalign`: the driver pairs the pages once, writes
            # DIR/docalign.tsv (and DIR/docalign_pages/ for JSONL records), then builds from it.
            args.manifest = kobi.docalign_manifest(args.docalign[0], args.docalign[1],
                                                   args.output, threads=args.threads,
                                                   **_resource_kwargs(opts))
        # Read once, here; each task is shipped only its batch's entries.
        batches = kobi.read_manifest_batches(os.path.abspath(args.manifest), args.batch_size)
    except kobi.UsageError as e:
        return _fail(str(e), 2)
    except (kobi.Error, OSError) as e:
        return _fail(str(e), 1)
    total = batches[0].documents
    sizes = [len(batch) for batch in batches]
    client, cluster = _connect(args)
    os.makedirs(args.output, exist_ok=True)
    work = os.path.join(os.path.abspath(args.output), f".kobi-dask-{uuid.uuid4().hex[:12]}")
    parts = [os.path.join(work, f"{i:05d}") for i in range(len(batches))]
    progress = Progress(total, args.quiet)
    try:
        if client.dashboard_link and not args.quiet and (args.dashboard or args.scheduler):
            progress.note(f"dashboard: {client.dashboard_link}")
        nworkers = len(client.scheduler_info()["workers"])
        progress.note(f"{total} document pair(s) in {len(batches)} batch(es) on {nworkers} "
                      "worker(s)")
        t0 = time.monotonic()
        lexicon = None
        if opts["corpus_lexicon"] and total > 1:
            counts = [client.submit(lexicon_counts_task, batch, opts,
                                    key=f"kobi-lexicon-{i:05d}-{uuid.uuid4().hex[:8]}")
                      for i, batch in enumerate(batches)]
            _run_pass(client, counts, progress, "pass 1 (lexicon)", sizes)
            lexicon = client.submit(train_task, *counts, key=f"kobi-train-{uuid.uuid4().hex[:8]}")
        built = [client.submit(build_task, batch, parts[i], lexicon, opts,
                               key=f"kobi-build-{i:05d}-{uuid.uuid4().hex[:8]}")
                 for i, batch in enumerate(batches)]
        results = _run_pass(client, built, progress, "pass 2 (align, clean)", sizes, kept=True)
        # Dedup across batches: first occurrence in manifest order, by key only.
        seen, drops = set(), []
        for result in results:
            keys = result["keys"]
            drop = []
            for i in range(0, len(keys), 16):
                key = keys[i:i + 16]
                if key in seen:
                    drop.append(i // 16)
                else:
                    seen.add(key)
            drops.append(drop)
        del seen
        out = os.path.abspath(args.output)
        finished = [client.submit(finish_task, parts[i], drops[i],
                                  os.path.join(out, kobi.partition_name(i)) if args.partitioned
                                  else None,
                                  key=f"kobi-finish-{i:05d}-{uuid.uuid4().hex[:8]}")
                    for i in range(len(batches))]
        _run_pass(client, finished, progress, "pass 3 (dedup)", sizes)
        report = kobi.assemble_corpus(parts, args.output, args.manifest,
                                      partitioned=args.partitioned)
        elapsed = time.monotonic() - t0
    except BatchError as e:
        return _fail(e.message, 2 if e.kind == "usage" else 1)
    except kobi.Error as e:
        return _fail(str(e), 2 if isinstance(e, kobi.UsageError) else 1)
    except Exception as e:  # noqa: BLE001 - e.g. distributed.KilledWorker: one line, exit 1
        return _fail(f"{type(e).__name__}: {e}", 1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(work, ignore_errors=True)
    for en, ko, verdict in report.verdicts:
        if verdict == "skipped":
            progress.note(f"skipped {en} / {ko}")
        elif verdict == "unrelated":
            progress.note(f"{en} / {ko}: unrelated pages" +
                          ("; pairs kept (--keep-unrelated)" if args.keep_unrelated
                           else "; no pairs kept (--keep-unrelated keeps them)"))
    for warning in report.warnings:
        progress.note(f"warning: {warning}")
    summary = (f"{report.documents} document pair(s); {report.beads} beads, {report.pairs} "
               f"candidate pairs, {report.kept} kept; {report.documents / max(elapsed, 1e-9):.1f} "
               f"documents/s")
    progress.note(summary)
    files = ("corpus-NNNNN.tsv.zst, index.json" if args.partitioned
             else "corpus.{tsv,en,ko,tmx}")
    progress.note(f"wrote {args.output}/{files} and report.{{json,md,txt}}")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog=PROG, description="kobi corpus build on a Dask cluster (docs/distributed.md).")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build", help="build a corpus from a manifest of document pairs",
        description="Segment, align, clean and deduplicate every document pair of MANIFEST on "
        "Dask workers; DIR gets byte for byte what `kobi corpus build MANIFEST -o DIR` writes.",
        epilog="Example: python3 -m kobi.dask build docs.tsv -o out --local-workers 2")
    b.add_argument("manifest", nargs="?",
                   help="manifest of document pairs (en_path<TAB>ko_path a line)")
    b.add_argument("--docalign", nargs=2, metavar=("EN", "KO"),
                   help="EN KO page folders, lists or JSONL: find the document pairs first, on "
                   "the driver (kobi docalign; manifest written to DIR/docalign.tsv)")
    b.add_argument("-o", "--output", required=True, help="output directory (created)")
    where = b.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. "
                       "tcp://10.0.0.1:8786")
    where.add_argument("--local-workers", type=int, default=0,
                       help="start a local cluster of N worker processes (default: one per core)")
    b.add_argument("--batch-size", type=int, default=64,
                   help="documents per task (default 64; output does not depend on it)")
    b.add_argument("-j", "--threads", type=int, default=1,
                   help="threads per task inside a worker (default 1)")
    b.add_argument("--partitioned", action="store_true",
                   help="write corpus-NNNNN.tsv.zst parts and index.json instead of one corpus")
    b.add_argument("--dashboard", action="store_true",
                   help="serve the Dask dashboard of a local cluster (its address on stderr)")
    b.add_argument("--connect-timeout", type=float, default=10.0,
                   help="seconds to wait for the scheduler (default 10)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress")
    # The flags of `kobi corpus build`.
    b.add_argument("--min-adequacy", type=float, default=0.1,
                   help="reject pairs whose adequacy score is below this (0 = off)")
    b.add_argument("--disable", type=lambda s: [r for r in s.split(",") if r], default=[],
                   help="cleaning rules not to apply (comma-separated)")
    b.add_argument("--skip-bad", action="store_true", help="skip a missing or bad document")
    b.add_argument("--repair", action="store_true", help="replace invalid UTF-8 with U+FFFD")
    b.add_argument("--encoding", default="utf-8", type=str.lower,
                   choices=["utf-8", "utf8", "cp949", "euc-kr", "euckr"],
                   help="encoding of the documents: utf-8 (default), cp949 or euc-kr")
    b.add_argument("--keep-unrelated", action="store_true",
                   help="keep the pairs of document pairs judged unrelated")
    b.add_argument("--no-corpus-lexicon", action="store_true",
                   help="align each document on its own (no lexicon learned across documents)")
    b.add_argument("-g", "--glossary", action="append", default=[],
                   help="glossary file merged over the bundled one (repeatable)")
    b.add_argument("--no-default", action="store_true", help="leave the bundled glossary out")
    b.add_argument("--no-glossary", action="store_true", help="align and score without glossary")
    b.add_argument("--dictionary", help="bilingual dictionary for the aligner")
    b.add_argument("--test-delay", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.docalign and args.manifest:
        parser.error("give a MANIFEST or --docalign EN KO, not both")
    if not args.docalign and not args.manifest:
        parser.error("needs a MANIFEST (or --docalign EN KO)")
    if args.batch_size < 1:
        parser.error("--batch-size must be at least 1")
    if not 0 <= args.min_adequacy <= 1:
        parser.error("--min-adequacy must be in [0, 1]")
    if args.local_workers < 0 or args.threads < 0:
        parser.error("--local-workers and --threads must not be negative")
    if args.local_workers == 0:
        args.local_workers = os.cpu_count() or 1
    try:
        import distributed  # noqa: F401
    except ImportError:
        return _fail("needs Dask distributed (Debian: apt-get install python3-distributed)", 1)
    return build(args)


if __name__ == "__main__":
    sys.exit(main())
