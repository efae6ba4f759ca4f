"""kobi.segment / split / tokenize / detokenize / normalize / romanize, against the CLI."""
import json

import pytest

import kobi

EN_LINES = [
    "Mr. Kim arrived in the U.S. on Jan. 9. He met officials.",
    "Sales rose 3.5% to $5,300 in 2013. \"It's a record,\" he said.",
    "",
    "The 1.) first item 2.) second item",
]
KO_LINES = [
    "김정은 국무위원장은 신라 호텔에서 회담했다.그러나 합의는 없었다.",
    "서울에서 “핵”을 말했다. 2015. 1. 9. 발표됐다.",
]


def _write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("lang,lines", [("en", EN_LINES), ("ko", KO_LINES), ("auto", EN_LINES + KO_LINES)])
def test_split_equals_cli(tmp_path, cli, lang, lines):
    path = _write(tmp_path, "in.txt", lines)
    expected = cli("split", "--lang", lang, path).splitlines()
    got = [s for line in lines for s in kobi.split(line, lang)]
    assert got == expected
    assert len(got) >= 4


@pytest.mark.parametrize("args,kwargs", [
    ((), {}),
    (("--aggressive",), {"aggressive": True}),
    (("--no-escape",), {"escape": False}),
    (("--split-particles",), {"split_particles": True}),
    (("--reversible",), {"reversible": True}),
    (("--fold-width", "--unify-quotes"), {"fold_width": True, "unify_quotes": True}),
    (("--no-nfc", "--lang", "ko"), {"nfc": False, "lang": "ko"}),
    (("--lang", "en", "-a"), {"lang": "en", "aggressive": True}),
])
def test_tokenize_equals_cli(tmp_path, cli, args, kwargs):
    lines = EN_LINES + KO_LINES + ["Ｆｕｌｌ－ｗｉｄｔｈ “quotes” e-mail a-b"]
    path = _write(tmp_path, "in.txt", lines)
    expected = cli("tokenize", *args, path).splitlines()
    got = [" ".join(kobi.tokenize(line, **kwargs)) for line in lines]
    assert got == expected


def test_tokenize_examples():
    assert kobi.tokenize("Mr. Kim's \"No. 1\" plan.", "en") == [
        "Mr.", "Kim", "&apos;s", "&quot;", "No.", "1", "&quot;", "plan", "."]
    assert kobi.tokenize("김정은은 말했다.", "ko", split_particles=True) == ["김정은", "￭은", "말했다", "."]
    with pytest.raises(kobi.UsageError):
        kobi.tokenize("x", "xx")
    with pytest.raises(ValueError):
        kobi.tokenize("x", reversible=True, fold_width=True)


def test_detokenize_and_reversible_round_trip(tmp_path, cli):
    tokenized = [" ".join(kobi.tokenize(line)) for line in EN_LINES + KO_LINES]
    path = _write(tmp_path, "tok.txt", tokenized)
    assert [kobi.detokenize(t) for t in tokenized] == cli("detokenize", path).splitlines()
    assert kobi.detokenize(["Mr.", "Kim", "&apos;s", "plan", "."], "en") == "Mr. Kim's plan."
    text = "Tabs\tand  spaces, “quotes” 김정은은 \\ ￭ end."
    assert kobi.detokenize(kobi.tokenize(text, reversible=True), reversible=True) == text


def test_normalize_equals_cli(tmp_path, cli):
    lines = ["“ＫＢＳ” 뉴스", "e\u0301 composed", "plain"]
    path = _write(tmp_path, "in.txt", lines)
    expected = cli("normalize", "--fold-width", "--unify-quotes", path).splitlines()
    assert [kobi.normalize(l, fold_width=True, unify_quotes=True) for l in lines] == expected
    assert kobi.normalize("e\u0301") == "\u00e9"
    assert kobi.normalize("①") == "①"  # never NFKC


@pytest.mark.parametrize("args,kwargs", [
    ((), {}),
    (("--name",), {"name": True}),
    (("--place",), {"place": True}),
    (("--system", "mr"), {"system": "mr"}),
    (("--system", "translit"), {"system": "translit"}),
])
def test_romanize_equals_cli(tmp_path, cli, args, kwargs):
    lines = ["김정은 국무위원장은 신라 호텔에서", "제주도 종로구", "박지성", "독립문 Seoul 1988"]
    path = _write(tmp_path, "in.txt", lines)
    expected = cli("romanize", *args, path)
    assert kobi.romanize("\n".join(lines), **kwargs) + "\n" == expected


def test_romanize_examples():
    assert kobi.romanize("김정은", name=True) == "Kim Jeong-eun"
    assert kobi.romanization_key("Kim Jong-un") == kobi.romanization_key("김정은")
    with pytest.raises(kobi.UsageError):
        kobi.romanize("김", system="xx")
    with pytest.raises(kobi.UsageError):
        kobi.romanize("김", name=True, place=True)


def test_segment_equals_cli(root, cli):
    page = (root / "samples" / "herald_en.txt").read_text(encoding="utf-8")
    expected = [json.loads(l) for l in cli("segment", root / "samples" / "herald_en.txt").splitlines()]
    got = kobi.segment(page)
    assert len(got) == len(expected) > 5
    encoded = page.encode("utf-8")
    for s, e in zip(got, expected):
        assert (s.zone, s.lang, s.byte_start, s.byte_end, s.text) == (
            e["zone"], e["lang"], e["start"], e["end"], e["text"])
        assert page[s.start:s.end] == s.text
        assert encoded[s.byte_start:s.byte_end].decode("utf-8") == s.text
    assert {s.zone for s in got} >= {"headline", "body"}


def test_offsets_in_code_points_and_bytes():
    text = "김정은이 왔다. Kim came."
    spans = kobi.split_spans(text, "ko")
    assert [s.text for s in spans] == kobi.split(text, "ko")
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert text.encode()[s.byte_start:s.byte_end].decode() == s.text
    assert spans[-1].byte_end > spans[-1].end  # Hangul: 3 bytes a character
