"""kobi.read_pairs / write_pairs / Cleaner / build_corpus, against the CLI; error mapping."""
import gzip
import pickle

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
    # clean yields the kept pairs repaired, as `kobi clean` writes them (annotate shows input).
    kept = list(kobi.Cleaner().clean(kobi.read_pairs(source)))
    written = [l.split("\t") for l in cli("clean", source).splitlines()]
    assert [[p.en, p.ko, *p.extra] for p in kept] == written
    assert len(kept) == sum(1 for r in expected if r[-1] == "keep")


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
    assert (tmp_path / "py" / "report.json").read_bytes() == (tmp_path / "cli" / "report.json").read_bytes()
    assert report.to_json() == (tmp_path / "py" / "report.json").read_text()
    assert [v[2] for v in report.verdicts] == ["ok", "ok"]


def test_build_corpus_skip_bad_and_merge(tmp_path, data, cli):
    docs = data / "corpora" / "docs"
    lines = (data / "corpora" / "manifest.tsv").read_text().splitlines()
    manifest = tmp_path / "m.tsv"
    # Manifest paths are relative to the manifest file: write absolute ones.
    base = data / "corpora"
    absolute = ["\t".join(str(base / p) for p in line.split("\t")[:2]) for line in lines]
    manifest.write_text("\n".join(absolute + [f"{docs}/a.en.txt\t{tmp_path}/gone.ko.txt"]) + "\n")
    with pytest.raises(kobi.InputError):
        kobi.build_corpus(manifest, tmp_path / "fail", threads=1)
    report = kobi.build_corpus(manifest, tmp_path / "whole", threads=1, skip_bad=True,
                               corpus_lexicon=False)
    assert report.documents == 3 and report.documents_skipped == 1
    assert report.verdicts[2][2] == "skipped"
    # Two parts built apart and merged equal the whole (without the corpus lexicon, which parts
    # would learn from their own documents only).
    (tmp_path / "p1.tsv").write_text(absolute[0] + "\n")
    (tmp_path / "p2.tsv").write_text("\n".join(absolute[1:] + [f"{docs}/a.en.txt\t{tmp_path}/gone.ko.txt"]) + "\n")
    kobi.build_corpus(tmp_path / "p1.tsv", tmp_path / "p1", threads=1, skip_bad=True, corpus_lexicon=False)
    kobi.build_corpus(tmp_path / "p2.tsv", tmp_path / "p2", threads=1, skip_bad=True, corpus_lexicon=False)
    merged = kobi.merge_corpus_parts([tmp_path / "p1", tmp_path / "p2"], tmp_path / "merged")
    assert merged.kept == report.kept
    for name in ("corpus.tsv", "corpus.en", "corpus.ko", "corpus.tmx"):
        assert (tmp_path / "merged" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()


def test_build_corpus_encoding_and_reversible_errors(tmp_path, data):
    # encoding= is the CLI's --encoding: a CP949 Korean document gives the UTF-8 one's pairs.
    docs = data / "corpora" / "docs"
    (tmp_path / "a.ko.cp949").write_bytes((docs / "a.ko.txt").read_text().encode("cp949"))
    manifest = tmp_path / "m.tsv"
    manifest.write_text(f"{docs}/a.en.txt\t{tmp_path}/a.ko.cp949\n")
    with pytest.raises(kobi.InputError):
        kobi.build_corpus(manifest, tmp_path / "utf8", threads=1)
    kobi.build_corpus(manifest, tmp_path / "cp949", threads=1, encoding="cp949")
    (tmp_path / "ref.tsv").write_text(f"{docs}/a.en.txt\t{docs}/a.ko.txt\n")
    kobi.build_corpus(tmp_path / "ref.tsv", tmp_path / "ref", threads=1)
    assert (tmp_path / "cp949" / "corpus.tsv").read_bytes() == (tmp_path / "ref" / "corpus.tsv").read_bytes()
    # A line no reversible tokenization produces is an error, not copied through.
    with pytest.raises(kobi.InputError):
        kobi.detokenize("bad \\q escape", reversible=True)


def test_batch_steps_equal_build_corpus(tmp_path, data, cli):
    # The steps kobi.dask runs, in this process: the manifest read once into batches that carry
    # their entries (the manifest is gone while they run), two batches give the files of one
    # build, corpus lexicon included. The pages (written for this test) have accented English
    # words, whose lexicon units are whole characters ("andré", not "andr" and half an "é"), so
    # the counts are text.
    docs = data / "corpora" / "docs"
    (tmp_path / "c.en").write_text(
        "André Kim ran the café in Seoul. The café closed on Monday.\n"
        "Pokémon fans met at the café. The résumé of the mayor was long.\n")
    (tmp_path / "c.ko").write_text(
        "앙드레 김은 서울에서 카페를 운영했다. 카페는 월요일에 문을 닫았다.\n"
        "포켓몬 팬들이 카페에서 만났다. 시장의 이력서는 길었다.\n")
    manifest = tmp_path / "m.tsv"
    manifest.write_text(f"{docs}/a.en.txt\t{docs}/a.ko.txt\nc.en\tc.ko\n"
                        f"{docs}/b.en.txt\t{docs}/b.ko.txt\n{docs}/a.en.txt\t{docs}/a.ko.txt\n")
    cli("corpus", "build", manifest, "-o", tmp_path / "cli", "-q")
    assert kobi.count_manifest_documents(manifest) == 4
    batches = kobi.read_manifest_batches(manifest, 2)
    assert [len(b) for b in batches] == [2, 2] and batches[1].documents == 4
    assert batches[0].entries[1] == ("c.en", "c.ko", 2)
    batches = [pickle.loads(pickle.dumps(b)) for b in batches]  # as Dask ships them
    manifest.unlink()
    counts = [kobi.corpus_batch_lexicon_counts(b) for b in batches]
    assert all(isinstance(c, str) for c in counts)
    assert "\nandré\t" in counts[0]
    lexicon = kobi.train_corpus_lexicon(counts)
    parts, seen = [], set()
    for i, batch in enumerate(batches):
        parts.append(tmp_path / f"part{i}")
        report, keys = kobi.build_corpus_batch(batch, parts[-1], lexicon)
        assert len(keys) == 16 * report.kept
        drop = [k for k in range(report.kept) if keys[16 * k:16 * k + 16] in seen]
        seen.update(keys[16 * k:16 * k + 16] for k in range(report.kept))
        kobi.finish_corpus_batch(parts[-1], drop)
    assert drop  # the last batch repeats the first document
    report = kobi.assemble_corpus(parts, tmp_path / "out", manifest)  # not read again either
    assert report.documents == 4
    for name in ("corpus.tsv", "corpus.en", "corpus.ko", "corpus.tmx", "report.json", "report.md"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes(), name


def test_build_corpus_resources_follow_the_cli(tmp_path, data, cli):
    # glossary= / no_default= / dictionary= are the CLI's -g / --no-default / --no-glossary /
    # --dictionary, through the helper the batch steps share (same files, byte for byte).
    docs = data / "corpora" / "docs"
    manifest = tmp_path / "m.tsv"
    manifest.write_text(f"{docs}/a.en.txt\t{docs}/a.ko.txt\n{docs}/b.en.txt\t{docs}/b.ko.txt\n")
    gloss, dic = data / "glossary" / "sample.tsv", data / "glossary" / "sample.dict"
    runs = [
        (["-g", gloss, "--dictionary", dic], dict(glossary=gloss, dictionary=str(dic)), "custom"),
        (["-g", gloss, "--no-default"], dict(glossary=[gloss], no_default=True), "custom"),
        (["--no-glossary"], dict(glossary=False), "none"),
    ]
    for i, (flags, kwargs, recorded) in enumerate(runs):
        cli("corpus", "build", manifest, "-o", tmp_path / f"cli{i}", "-q", *flags)
        report = kobi.build_corpus(manifest, tmp_path / f"py{i}", **kwargs)
        assert f'"glossary": "{recorded}"' in report.to_json()
        for name in ("corpus.tsv", "corpus.tmx", "report.json"):
            assert ((tmp_path / f"py{i}" / name).read_bytes() ==
                    (tmp_path / f"cli{i}" / name).read_bytes()), (flags, name)
    with pytest.raises(kobi.UsageError, match="no_default"):
        kobi.build_corpus(manifest, tmp_path / "x", no_default=True)
    with pytest.raises(kobi.UsageError, match="no_default"):
        kobi.build_corpus(manifest, tmp_path / "x", glossary=False, no_default=True)
    with pytest.raises(kobi.UsageError, match="encoding"):
        kobi.build_corpus(manifest, tmp_path / "x", encoding="latin-1")
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("flags, kwargs", [
    ((), {}),
    (("--annotate", "-j", "2"), {"annotate": True, "threads": 2}),
    (("--score-column", "--hash-column", "--no-dedup", "--no-glossary"),
     {"score_column": True, "hash_column": True, "glossary": False,
      "clean": kobi.CleanOptions(disabled=["duplicate"])}),
])
def test_clean_file_equals_cli(tmp_path, data, cli, flags, kwargs):
    # `kobi clean` and kobi.clean_file are one library call (corpora::CleanFile).
    source = data / "corpora" / "clean_fixture.tsv"
    cli("clean", source, *flags, "-o", tmp_path / "cli.tsv")
    result = kobi.clean_file(source, tmp_path / "py" / "out.tsv", **kwargs)
    assert (tmp_path / "py" / "out.tsv").read_bytes() == (tmp_path / "cli.tsv").read_bytes()
    assert 0 < result.kept < result.total and result.skipped == 0
    assert result.summary().startswith(f"kept {result.kept} of {result.total} pairs")


def test_clean_file_columns_and_errors(tmp_path, data, cli):
    source = data / "corpora" / "bitextor.tsv"
    expected = cli("clean", source, "--scol", "3", "--tcol", "4", "--score-column")
    kobi.clean_file(source, tmp_path / "out.tsv", scol=3, tcol=4, score_column=True)
    assert (tmp_path / "out.tsv").read_text(encoding="utf-8") == expected
    bad = data / "corpora" / "bad.tsv"
    result = kobi.clean_file(bad, tmp_path / "bad.tsv", skip_bad=True)
    assert result.skipped >= 1 and result.skip_examples
    with pytest.raises(kobi.InputError):
        kobi.clean_file(bad, tmp_path / "bad2.tsv")
    with pytest.raises(kobi.UsageError):
        kobi.clean_file(source, tmp_path / "x.tsv", scol=3, tcol=3)
    with pytest.raises(kobi.UsageError):
        kobi.clean_file(source, tmp_path / "x.tsv", format="xml")
