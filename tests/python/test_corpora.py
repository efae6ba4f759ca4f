"""kobi.read_pairs / write_pairs / Cleaner / build_corpus, against the CLI; error mapping."""
import gzip

import pytest

import kobi


@pytest.mark.parametrize("to", ["tsv", "jsonl", "tmx"])
def test_write_pairs_equals_cli_convert(tmp_path, data, cli, to):
    source = data / "corpora" / "pairs.tsv"
    expected = cli("convert", source, "--to", to)
    out = tmp_path / f"out.{to}"
    n = kobi.write_pairs(out, kobi.read_pairs(source), to)
    assert n == len(list(kobi.read_pairs(source))) >= 4
    assert out.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("name,fmt", [("c.tsv.gz", None), ("c.jsonl.zst", None), ("c.tmx", None),
                                      ("c", "moses")])
def test_round_trip_every_format(tmp_path, data, name, fmt):
    pairs = list(kobi.read_pairs(data / "corpora" / "pairs.tsv"))
    kobi.write_pairs(tmp_path / name, pairs, fmt)
    back = list(kobi.read_pairs(tmp_path / name, fmt))
    assert [(p.en, p.ko) for p in back] == [(p.en, p.ko) for p in pairs]
    if name.endswith(".gz"):
        assert gzip.decompress((tmp_path / name).read_bytes()).count(b"\n") == len(pairs)


def test_write_tuples_and_nothing_half_written(tmp_path):
    out = tmp_path / "t.tsv"
    assert kobi.write_pairs(out, [("Hello.", "안녕."), ("A b.", "가 나.", "x")]) == 2
    assert out.read_text(encoding="utf-8") == "Hello.\t안녕.\nA b.\t가 나.\tx\n"
    bad = tmp_path / "bad.tsv"
    with pytest.raises(kobi.InputError) as info:
        kobi.write_pairs(bad, [("ok", "좋다"), ("tab\there", "탭")])
    assert info.value.line == 2
    assert not bad.exists()
    with pytest.raises(kobi.UsageError):
        kobi.write_pairs(tmp_path / "x.tsv", ["not a pair"])


def test_read_errors_and_skip_bad(data, tmp_path):
    bad = data / "corpora" / "bad.tsv"
    with pytest.raises(kobi.InputError) as info:
        list(kobi.read_pairs(bad))
    assert isinstance(info.value, ValueError)
    assert info.value.file.endswith("bad.tsv") and info.value.line == 2
    assert "bad.tsv:2: missing column" in str(info.value)
    reader = kobi.read_pairs(bad, skip_bad=True)
    kept = list(reader)
    assert reader.skipped >= 1 and len(kept) >= 2
    with pytest.raises(kobi.IoError) as io:
        kobi.read_pairs(tmp_path / "missing.tsv")
    assert isinstance(io.value, OSError)
    with pytest.raises(kobi.UsageError):
        kobi.read_pairs(bad, "xml")


def test_cleaner_equals_cli(data, cli):
    source = data / "corpora" / "clean_small.tsv"
    expected = [l.split("\t") for l in cli("clean", source, "--annotate").splitlines()]
    cleaner = kobi.Cleaner()
    got = [[p.en, p.ko, *p.extra, rule] for p, rule in cleaner.annotate(kobi.read_pairs(source))]
    assert got == expected
    assert cleaner.total == len(expected)
    assert 0 < cleaner.kept < cleaner.total
    assert cleaner.dropped("duplicate") >= 1
    kept = list(kobi.Cleaner().clean(kobi.read_pairs(source)))
    assert [[p.en, p.ko] for p in kept] == [r[:2] for r in expected if r[-1] == "keep"]


def test_cleaner_options_and_check():
    strict = kobi.Cleaner(kobi.CleanOptions(min_adequacy=0.99))
    v = strict.check("Sales rose 3.5% in 2013 and fell in 2014.", "2013년 매출은 3.5% 늘었다.")
    assert not v.keep and v.rule in ("numbers", "adequacy", "length_ratio")
    lenient = kobi.Cleaner(kobi.CleanOptions(disabled=["duplicate"]))
    assert lenient.check("The bank kept its rate.", "은행은 금리를 유지했다.").keep
    assert lenient.check("The bank kept its rate.", "은행은 금리를 유지했다.").keep
    with pytest.raises(kobi.UsageError):
        kobi.CleanOptions(disabled=["no_such_rule"])


def test_build_corpus_equals_cli(tmp_path, data, cli):
    manifest = data / "corpora" / "manifest.tsv"
    cli("corpus", "build", manifest, "-o", tmp_path / "cli", "-q")
    report = kobi.build_corpus(manifest, tmp_path / "py", threads=2)
    assert report.documents == 2 and report.kept > 0
    for name in ("corpus.tsv", "corpus.en", "corpus.ko", "corpus.tmx"):
        assert (tmp_path / "py" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()
    assert "kept" in report.to_text()
