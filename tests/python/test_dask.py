"""kobi.dask: the corpus build on a Dask cluster writes byte for byte what `kobi corpus build`
writes, for several batch sizes, on a LocalCluster, on a real `dask scheduler` with two
`dask worker` processes, and again when one worker is killed mid-run. Skipped when Dask
distributed is not importable (Debian python3-distributed)."""
import os
import pathlib
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

distributed = pytest.importorskip("distributed")

import kobi.dask  # noqa: E402

OUTPUTS = ["corpus.tsv", "corpus.en", "corpus.ko", "corpus.tmx", "report.json", "report.md",
           "report.txt"]


@pytest.fixture(scope="module")
def manifest(tmp_path_factory, root):
    """Page pairs written for kobi's tests, some repeated (pairs dropped across batches), one
    pair of unrelated pages, one missing document (for --skip-bad)."""
    d = root / "tests" / "data"
    pairs = [
        (d / "corpora/docs/a.en.txt", d / "corpora/docs/a.ko.txt"),
        (root / "samples/herald_en.txt", root / "samples/herald_ko.txt"),
        (d / "align/page_en.txt", d / "align/page_ko.txt"),
        (d / "corpora/docs/b.en.txt", d / "corpora/docs/b.ko.txt"),
        (d / "docalign/en/chips.txt", d / "docalign/ko/chips.txt"),
        (d / "corpora/docs/a.en.txt", d / "corpora/docs/a.ko.txt"),
        (d / "docalign/en/film.txt", d / "docalign/ko/chips.txt"),
        (d / "align/doc.en", d / "align/doc.ko"),
        (d / "docalign/en/film.txt", d / "docalign/ko/film.txt"),
        (root / "samples/herald_en.txt", root / "samples/herald_ko.txt"),
        (d / "corpora/docs/b.en.txt", d / "no-such-page.ko.txt"),
    ]
    path = tmp_path_factory.mktemp("dask") / "docs.tsv"
    path.write_text("# pages for the kobi.dask tests\n" +
                    "".join(f"{en}\t{ko}\n" for en, ko in pairs))
    return path


@pytest.fixture(scope="module")
def expected(manifest, cli, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    cli("corpus", "build", manifest, "-o", out, "-q", "--skip-bad", "-j", "1")
    files = {name: (out / name).read_bytes() for name in OUTPUTS}
    assert files["corpus.tsv"].count(b"\n") > 10
    return files


def assert_same(out, expected):
    out = pathlib.Path(out)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == expected[name], name
    assert sorted(os.listdir(out)) == sorted(OUTPUTS)  # no work folder or temporary file left


@pytest.fixture(scope="module")
def local_cluster():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    yield cluster
    cluster.close()


@pytest.mark.parametrize("batch_size", [1, 3, 100])
def test_local_cluster_equals_cli(manifest, expected, local_cluster, tmp_path, batch_size):
    out = tmp_path / "out"
    rc = kobi.dask.main(["build", str(manifest), "-o", str(out), "--skip-bad", "-q",
                         "--scheduler", local_cluster.scheduler_address,
                         "--batch-size", str(batch_size)])
    assert rc == 0
    assert_same(out, expected)


def test_partitioned_output(manifest, expected, local_cluster, tmp_path):
    out = tmp_path / "out"
    rc = kobi.dask.main(["build", str(manifest), "-o", str(out), "--skip-bad", "-q",
                         "--scheduler", local_cluster.scheduler_address, "--batch-size", "4",
                         "--partitioned"])
    assert rc == 0
    names = sorted(os.listdir(out))
    assert names == ["corpus-00000.tsv.zst", "corpus-00001.tsv.zst", "corpus-00002.tsv.zst",
                     "index.json", "report.json", "report.md", "report.txt"]
    joined = b"".join(p.en.encode() + b"\t" + p.ko.encode() + b"\t" +
                      "\t".join(p.extra).encode() + b"\n"
                      for name in names[:3] for p in kobi.read_pairs(out / name, "tsv"))
    assert joined == expected["corpus.tsv"]
    assert (out / "report.json").read_bytes() == expected["report.json"]


def test_errors_follow_the_cli(manifest, local_cluster, tmp_path, capsys):
    # Without --skip-bad the missing document fails the build, naming it; nothing is written.
    out = tmp_path / "out"
    rc = kobi.dask.main(["build", str(manifest), "-o", str(out), "-q", "--batch-size", "4",
                         "--scheduler", local_cluster.scheduler_address])
    assert rc == 1
    err = capsys.readouterr().err
    assert "no such document" in err and "no-such-page.ko.txt" in err
    assert not out.exists() or os.listdir(out) == []
    with pytest.raises(SystemExit) as e:
        kobi.dask.main(["build", str(manifest), "-o", str(out), "--batch-size", "0"])
    assert e.value.code == 2


def test_docalign_and_encoding_follow_the_cli(data, cli, local_cluster, tmp_path):
    # --docalign EN KO: the driver pairs the pages once (DIR/docalign.tsv, as `kobi corpus
    # build --docalign`) and the cluster builds from that manifest. Each build runs in its own
    # folder with `-o out`, so the manifest path report.json records is the same.
    en, ko = data / "docalign" / "en", data / "docalign" / "ko"
    for name in ("cli", "dask"):
        (tmp_path / name).mkdir()
    cli("corpus", "build", "--docalign", en, ko, "-o", "out", "-q", "-j", "1",
        cwd=tmp_path / "cli")
    result = subprocess.run(
        [sys.executable, "-m", "kobi.dask", "build", "--docalign", str(en), str(ko), "-o", "out",
         "-q", "-j", "1", "--scheduler", local_cluster.scheduler_address, "--batch-size", "2"],
        cwd=tmp_path / "dask", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    names = sorted(os.listdir(tmp_path / "cli" / "out"))
    assert sorted(OUTPUTS + ["docalign.tsv"]) == names
    assert sorted(os.listdir(tmp_path / "dask" / "out")) == names
    assert (tmp_path / "cli" / "out" / "docalign.tsv").read_text().count("\n") >= 3
    for name in names:
        assert ((tmp_path / "dask" / "out" / name).read_bytes() ==
                (tmp_path / "cli" / "out" / name).read_bytes()), name
    # --encoding cp949: legacy-encoded documents, read as the CLI reads them (and said so).
    docs = data / "corpora" / "docs"
    lines = []
    for doc in ("a", "b"):
        for side in ("en", "ko"):
            text = (docs / f"{doc}.{side}.txt").read_text(encoding="utf-8")
            (tmp_path / f"{doc}.{side}").write_bytes(text.encode("cp949"))
        lines.append(f"{doc}.en\t{doc}.ko\n")
    manifest = tmp_path / "cp949.tsv"
    manifest.write_text("".join(lines))
    cli("corpus", "build", manifest, "-o", tmp_path / "cli-cp949", "-q", "--encoding", "cp949")
    rc = kobi.dask.main(["build", str(manifest), "-o", str(tmp_path / "dask-cp949"), "-q",
                         "--encoding", "CP949", "--batch-size", "1",
                         "--scheduler", local_cluster.scheduler_address])
    assert rc == 0
    expected = {name: (tmp_path / "cli-cp949" / name).read_bytes() for name in OUTPUTS}
    assert b'"encoding": "cp949"' in expected["report.json"]
    assert expected["corpus.tsv"].count(b"\n") > 2
    assert_same(tmp_path / "dask-cp949", expected)
    with pytest.raises(SystemExit) as e:  # a MANIFEST and --docalign: a usage error, as the CLI
        kobi.dask.main(["build", str(manifest), "--docalign", str(en), str(ko), "-o", "x"])
    assert e.value.code == 2


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_scheduler_is_a_clear_error(manifest, tmp_path):
    address = f"tcp://127.0.0.1:{free_port()}"
    result = subprocess.run(
        [sys.executable, "-m", "kobi.dask", "build", str(manifest), "-o", str(tmp_path / "out"),
         "--scheduler", address, "--connect-timeout", "1"],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"cannot reach the Dask scheduler at {address}" in result.stderr
    assert result.stderr.count("\n") <= 2, result.stderr  # a message, not a traceback


def test_local_workers_flag(manifest, expected, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "kobi.dask", "build", str(manifest), "-o", str(out),
         "--local-workers", "2", "--batch-size", "2", "--skip-bad"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "pass 2 (align, clean): 11/11 documents" in result.stderr
    assert_same(out, expected)


class DaskProcesses:
    """A `dask scheduler` and `dask worker` processes on 127.0.0.1 (no nanny: a killed worker
    stays dead)."""

    def __init__(self, tmp_path):
        self.file = tmp_path / "scheduler.json"
        self.procs = []
        self.scheduler = self.start(["scheduler", "--host", "127.0.0.1", "--port", "0",
                                     "--no-dashboard", "--scheduler-file", str(self.file)])
        deadline = time.monotonic() + 60
        while not self.file.exists():
            assert time.monotonic() < deadline, "dask scheduler did not start"
            time.sleep(0.1)
        self.workers = [self.start(["worker", "--scheduler-file", str(self.file), "--nthreads",
                                    "1", "--no-nanny", "--host", "127.0.0.1", "--no-dashboard"])
                        for _ in range(2)]
        with distributed.Client(scheduler_file=str(self.file), timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            self.address = client.scheduler.address

    def start(self, args):
        proc = subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        self.procs.append(proc)
        return proc

    def close(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture
def dask_processes(tmp_path):
    procs = DaskProcesses(tmp_path)
    yield procs
    procs.close()


def test_real_scheduler_and_workers(manifest, expected, dask_processes, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "kobi.dask", "build", str(manifest), "-o", str(out),
         "--scheduler", dask_processes.address, "--batch-size", "3", "--skip-bad", "-q"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert_same(out, expected)

    # Again, with one worker killed mid-run: its tasks run again on the other; same output.
    out = tmp_path / "out-killed"
    build = subprocess.Popen(
        [sys.executable, "-m", "kobi.dask", "build", str(manifest), "-o", str(out),
         "--scheduler", dask_processes.address, "--batch-size", "1", "--skip-bad",
         "--test-delay", "0.4"],
        stderr=subprocess.PIPE, text=True)
    lines = []
    killed = threading.Event()

    def watch():
        for line in build.stderr:
            lines.append(line)
            if "pass 2" in line and not killed.is_set():
                dask_processes.workers[0].send_signal(signal.SIGKILL)
                killed.set()

    reader = threading.Thread(target=watch)
    reader.start()
    assert build.wait(timeout=120) == 0, "".join(lines)
    reader.join()
    assert killed.is_set(), "".join(lines)
    assert dask_processes.workers[0].wait(timeout=10) == -signal.SIGKILL
    assert any("lost worker" in line for line in lines), "".join(lines)
    assert_same(out, expected)
