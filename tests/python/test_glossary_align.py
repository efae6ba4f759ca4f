"""kobi.Glossary, check_romanization, align, align_sentences, score_pair, against the CLI."""
import json
import threading

import pytest

import kobi


def test_glossary_match_equals_cli(tmp_path, data, cli):
    lines = ["Kim Jong-un's visit to the U.S. and P'yŏngyang", "김정은은 시진핑 주석과 국빈방문", ""]
    path = tmp_path / "in.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    glossary_file = data / "glossary" / "sample.tsv"
    expected = [json.loads(l) for l in
                cli("glossary", "match", "-g", glossary_file, path).splitlines()]
    g = kobi.Glossary([glossary_file])
    assert len(g) > len(kobi.Glossary([glossary_file], default=False)) > 0
    total = 0
    for line, e in zip(lines, expected):
        got = g.match(line)
        assert [(m.byte_start, m.byte_end, m.text, m.entry.en, m.entry.ko, m.entry.type)
                for m in got] == [(x["begin"], x["end"], x["text"], x["en"], x["ko"], x["type"])
                                  for x in e["matches"]]
        for m in got:
            assert line[m.start:m.end] == m.text
        total += len(got)
    assert total >= 3


def test_glossary_lookup_and_errors(tmp_path, data):
    g = kobi.Glossary(data / "glossary" / "sample.tsv", default=False)
    assert [e.en for e in g.lookup("김정은")] == ["Kim Jong-un"]
    assert g.lookup("kim jong un")[0].ko == "김정은"
    assert "Kim Jong-un\t김정은\tperson" in g.to_tsv()
    bad = tmp_path / "bad.tsv"
    bad.write_text("en\tko\ttype\nSeoul\t서울\tcity\n", encoding="utf-8")
    with pytest.raises(kobi.InputError) as info:
        kobi.Glossary(bad)
    assert isinstance(info.value, ValueError)
    assert info.value.file.endswith("bad.tsv") and info.value.line == 2
    with pytest.raises(kobi.IoError):
        kobi.Glossary(tmp_path / "missing.tsv")
    with pytest.raises(kobi.UsageError):
        kobi.Glossary(default=False)
    parsed = kobi.Glossary.parse("en\tko\ttype\nBusan\t부산\tplace\n")
    assert [e.en for e in parsed.entries] == ["Busan"]


def test_check_romanization_equals_cli(data, cli):
    path = data / "glossary" / "check_en.txt"
    expected = [json.loads(l) for l in
                cli("check", "romanization", path, "--format", "jsonl").splitlines()]
    lines = path.read_text(encoding="utf-8").splitlines()
    groups = kobi.check_romanization(lines)
    assert len(groups) == len(expected) > 0
    for g, e in zip(groups, expected):
        assert (g.key, g.preferred, g.kind, g.type, g.preferred_by) == (
            e["key"], e["preferred"], e["kind"], e["type"], e["preferred_by"])
        assert [(v.form, v.count, v.lines) for v in g.variants] == [
            (v["form"], v["count"], v["lines"]) for v in e["variants"]]


def test_align_equals_cli(root, cli):
    en_path, ko_path = root / "samples" / "herald_en.txt", root / "samples" / "herald_ko.txt"
    expected = [l.split("\t") for l in cli("align", en_path, ko_path, "--format", "tsv").splitlines()]
    pairs = kobi.align(en_path.read_text(encoding="utf-8"), ko_path.read_text(encoding="utf-8"))
    assert len(pairs) == len(expected) >= 5
    for p, (en, ko, score) in zip(pairs, expected):
        assert (p.en, p.ko, f"{p.score:.3f}") == (en, ko, score)
        assert p.en_ids and p.ko_ids


def test_align_sentences_equals_cli(data, cli):
    en_path, ko_path = data / "align" / "doc.en", data / "align" / "doc.ko"
    expected = cli("align", "--presplit", en_path, ko_path).splitlines()
    en = en_path.read_text(encoding="utf-8").splitlines()
    ko = ko_path.read_text(encoding="utf-8").splitlines()
    beads = kobi.align_sentences(en, ko)
    got = [f"[{','.join(map(str, b.en))}]:[{','.join(map(str, b.ko))}]:{b.score:.3f}" for b in beads]
    assert got == expected
    covered = [i for b in beads for i in b.en]
    assert covered == list(range(len(en)))


def _beads_text(beads):
    return [f"[{','.join(map(str, b.en))}]:[{','.join(map(str, b.ko))}]:{b.score:.3f}" for b in beads]


@pytest.mark.parametrize("flags, kwargs", [
    ((), {}),
    (("--no-glossary",), {"glossary": False}),
    (("-g", "glossary/sample.tsv"), {"glossary": "glossary/sample.tsv"}),
    (("--no-default", "-g", "glossary/sample.tsv"),
     {"glossary": ["glossary/sample.tsv"], "no_default": True}),
])
def test_align_sentences_resources_equal_cli_flags(data, cli, flags, kwargs):
    # The resources are loaded by the same library call (align::LoadAlignResources) as the CLI's
    # -g / --no-default / --no-glossary: glossary=False really aligns without a glossary.
    en_path, ko_path = data / "align" / "doc.en", data / "align" / "doc.ko"
    expected = cli("align", "--presplit", *flags, en_path, ko_path, cwd=data).splitlines()
    en = en_path.read_text(encoding="utf-8").splitlines()
    ko = ko_path.read_text(encoding="utf-8").splitlines()
    if "glossary" in kwargs and kwargs["glossary"] is not False:
        g = kwargs["glossary"]
        kwargs = dict(kwargs, glossary=[data / p for p in ([g] if isinstance(g, str) else g)])
    assert _beads_text(kobi.align_sentences(en, ko, **kwargs)) == expected


def test_align_without_glossary_equals_cli(root, cli):
    en_path, ko_path = root / "samples" / "herald_en.txt", root / "samples" / "herald_ko.txt"
    expected = [l.split("\t") for l in
                cli("align", "--no-glossary", en_path, ko_path, "--format", "tsv").splitlines()]
    pairs = kobi.align(en_path.read_text(encoding="utf-8"), ko_path.read_text(encoding="utf-8"),
                       glossary=False)
    assert [[p.en, p.ko, f"{p.score:.3f}"] for p in pairs] == expected
    with_glossary = kobi.align(en_path.read_text(encoding="utf-8"),
                               ko_path.read_text(encoding="utf-8"))
    assert [p.score for p in pairs] != [p.score for p in with_glossary]


def test_align_resource_errors(data):
    with pytest.raises(kobi.UsageError, match="no_default needs at least one glossary file"):
        kobi.align_sentences(["a"], ["b"], no_default=True)
    with pytest.raises(kobi.UsageError, match="cannot be combined with no_default"):
        kobi.align_sentences(["a"], ["b"], glossary=False, no_default=True)
    with pytest.raises(kobi.IoError):
        kobi.align_sentences(["a"], ["b"], glossary=data / "no such glossary.tsv")


def test_align_options(data):
    en = ["The president met Kim Jong-un in Seoul.", "They talked for 3 hours."]
    ko = ["대통령은 서울에서 김정은을 만났다.", "그들은 3시간 동안 이야기했다."]
    with_glossary = kobi.align_sentences(en, ko)
    without = kobi.align_sentences(en, ko, glossary=False)
    assert [b.en for b in with_glossary] == [[0], [1]] == [b.en for b in without]
    custom = kobi.align_sentences(en, ko, dictionary=data / "glossary" / "sample.dict")
    assert len(custom) == 2
    with pytest.raises(kobi.UsageError):
        kobi.align_sentences(en, ko, lang="en")
    with pytest.raises(kobi.UsageError):  # the English side comes first; no silent fallback
        kobi.align_sentences(en, ko, lang="ko,en")


def test_score_pair():
    good = kobi.score_pair("Sales rose 3.5% in 2013.", "2013년 매출은 3.5% 늘었다.")
    bad = kobi.score_pair("Sales rose 3.5% in 2013.", "오늘 날씨가 맑다.")
    assert 0.5 < good <= 1.0 and 0.0 <= bad < 0.5


def test_threads_align_in_parallel_with_equal_results(root):
    en = (root / "samples" / "herald_en.txt").read_text(encoding="utf-8")
    ko = (root / "samples" / "herald_ko.txt").read_text(encoding="utf-8")
    reference = [(p.en, p.ko, p.score) for p in kobi.align(en, ko)]
    results = [None] * 4

    def work(i):
        results[i] = [(p.en, p.ko, p.score) for p in kobi.align(en, ko)]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [reference] * 4


def test_docalign_equals_cli(data, cli):
    crawl = data / "docalign" / "crawl.jsonl"
    records = [json.loads(l) for l in crawl.read_text(encoding="utf-8").splitlines() if l.strip()]
    en = [{"id": r["url"], "text": r["text"], "url": r["url"]} for r in records if r["lang"] == "en"]
    ko = [(r["url"], r["text"], r["url"]) for r in records if r["lang"] == "ko"]
    got = kobi.docalign(en, ko, threads=2)
    expected = [l.split("\t") for l in cli("docalign", crawl, crawl).splitlines()]
    assert [(e, k, f"{s:.3f}") for e, k, s in got] == [tuple(r) for r in expected]
    # Pages given as bare texts are named by their index; a higher bar drops pairs.
    by_index = kobi.docalign([p["text"] for p in en], [p[1] for p in ko], min_score=0.99)
    assert all(0 <= int(e) < len(en) and 0 <= int(k) < len(ko) for e, k, _ in by_index)
    with pytest.raises(kobi.UsageError):
        kobi.docalign([("only-id",)], [])


def test_docalign_dictionary(data):
    # Pages without numbers or names pair only through word translations (as --dictionary).
    root = data / "docalign" / "plain"
    en = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((root / "en").iterdir())]
    ko = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((root / "ko").iterdir())]
    assert kobi.docalign(en, ko) == []
    got = kobi.docalign(en, ko, dictionary=data / "docalign" / "plain_words.tsv")
    assert [(e, k) for e, k, _ in got] == [("kimchi.txt", "kimchi.txt"), ("lantern.txt", "lantern.txt")]


def test_docalign_manifest_takes_the_resources(data, tmp_path):
    # As `kobi corpus build --docalign ... -g/--dictionary`: the manifest's pairs use them.
    root = data / "docalign"
    en, ko = root / "plain" / "en", root / "plain" / "ko"

    def pairs(out, **kw):
        manifest = kobi.docalign_manifest(en, ko, tmp_path / out, threads=1, **kw)
        with open(manifest, encoding="utf-8") as f:
            return [line.split("\t")[0].rsplit("/", 1)[-1] for line in f]

    assert pairs("none") == []
    assert pairs("dict", dictionary=root / "plain_words.tsv") == ["kimchi.txt", "lantern.txt"]
    assert pairs("gloss", glossary=[root / "plain_terms.tsv"]) == ["kimchi.txt", "lantern.txt"]
    with pytest.raises(kobi.UsageError):
        kobi.docalign_manifest(en, ko, tmp_path / "bad", no_default=True)


def _align_batch_docs(dev):
    docs = [(dev / f"doc.{s}") for s in ("en", "ko")]
    en, ko = (p.read_text(encoding="utf-8").splitlines() for p in docs)
    return en, ko


def test_align_batch_equals_cli_and_does_not_depend_on_threads(data, cli, tmp_path):
    # Two presplit documents and one pair of raw pages, as `kobi align --batch` aligns them:
    # pass 1, a lexicon learned over all documents, pass 2.
    en, ko = _align_batch_docs(data / "align")
    half_en, half_ko = en[: len(en) // 2], ko[: len(ko) // 2]
    documents = [(en, ko), (half_en, half_ko)]
    (tmp_path / "half.en").write_text("\n".join(half_en) + "\n", encoding="utf-8")
    (tmp_path / "half.ko").write_text("\n".join(half_ko) + "\n", encoding="utf-8")
    (tmp_path / "jobs.tsv").write_text(
        f"{data / 'align' / 'doc.en'}\t{data / 'align' / 'doc.ko'}\t{tmp_path / 'a.beads'}\n"
        f"half.en\thalf.ko\tb.beads\n", encoding="utf-8")
    cli("align", "--presplit", "--batch", tmp_path / "jobs.tsv", "--threads", "2")
    one = kobi.align_batch(documents, threads=1)
    two = kobi.align_batch(documents, threads=2)
    assert [_beads_text(r) for r in one] == [_beads_text(r) for r in two]
    for result, out in zip(one, ["a.beads", "b.beads"]):
        assert _beads_text(result) == (tmp_path / out).read_text(encoding="utf-8").splitlines()
    # Without the corpus lexicon each document is aligned on its own, as align_sentences.
    alone = kobi.align_batch(documents, corpus_lexicon=False, threads=2)
    assert [_beads_text(r) for r in alone] == [
        _beads_text(kobi.align_sentences(e, k)) for e, k in documents]


def test_align_batch_pages_and_errors(root):
    en = (root / "samples" / "herald_en.txt").read_text(encoding="utf-8")
    ko = (root / "samples" / "herald_ko.txt").read_text(encoding="utf-8")
    [single] = kobi.align_batch([(en, ko)], threads=2)  # one document: one pass, as kobi.align
    assert [(p.en, p.ko, p.score) for p in single] == [(p.en, p.ko, p.score)
                                                        for p in kobi.align(en, ko)]
    assert kobi.align_batch([]) == []
    with pytest.raises(kobi.UsageError):
        kobi.align_batch([(en, ["a"])])
    with pytest.raises(kobi.UsageError):
        kobi.align_batch([(en,)])
