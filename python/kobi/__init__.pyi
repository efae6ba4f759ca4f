# Type stubs of the kobi Python module (the C++ extension kobi._kobi re-exported by kobi).
from os import PathLike
from typing import Iterable, Iterator, Sequence, Tuple, Union

_Path = Union[str, PathLike[str]]
_PairLike = Union["Pair", Sequence[str]]

__version__: str

class Error(Exception): ...

class InputError(Error, ValueError):
    file: str
    line: int
    detail: str

class UsageError(Error, ValueError): ...
class IoError(Error, OSError): ...

class Span:
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int

class Segment(Span):
    zone: str
    lang: str

def segment(page: str, lang: str = "auto") -> list[Segment]: ...
def split(text: str, lang: str = "auto") -> list[str]: ...
def split_spans(text: str, lang: str = "auto") -> list[Span]: ...
def tokenize(
    text: str,
    lang: str = "auto",
    *,
    escape: bool = True,
    aggressive: bool = False,
    split_particles: bool = False,
    reversible: bool = False,
    nfc: bool = True,
    fold_width: bool = False,
    unify_quotes: bool = False,
) -> list[str]: ...
def detokenize(tokens: Union[str, Sequence[str]], lang: str = "auto", *, reversible: bool = False) -> str: ...
def normalize(text: str, *, fold_width: bool = False, unify_quotes: bool = False) -> str: ...
def romanize(
    text: str,
    system: str = "rr",
    *,
    name: bool = False,
    place: bool = False,
    strict: bool = False,
    hyphen: bool = False,
    name_hyphen: bool = True,
    omit_unit: bool = False,
    capitalize: bool = False,
) -> str: ...
def romanization_key(text: str) -> str: ...

class Entry:
    en: str
    ko: str
    type: str
    variants: list[str]
    note: str
    source: str
    line: int

class Match:
    entry: Entry
    index: int
    text: str
    start: int
    end: int
    byte_start: int
    byte_end: int

class Glossary:
    def __init__(self, paths: Union[None, _Path, Iterable[_Path]] = None, *, default: bool = True) -> None: ...
    @staticmethod
    def parse(text: str, format: str = "tsv", *, name: str = "<string>", default: bool = False) -> Glossary: ...
    def __len__(self) -> int: ...
    @property
    def entries(self) -> list[Entry]: ...
    @property
    def warnings(self) -> list[str]: ...
    def lookup(self, term: str) -> list[Entry]: ...
    def match(self, text: str, lang: str = "auto") -> list[Match]: ...
    def to_tsv(self) -> str: ...

class Variant:
    form: str
    count: int
    lines: list[int]
    kind: str

class Group:
    key: str
    preferred: str
    preferred_by: str
    kind: str
    type: str
    variants: list[Variant]

def check_romanization(
    lines: Iterable[str], ko: Union[Iterable[str], None] = None, *, glossary: Union[Glossary, None] = None
) -> list[Group]: ...

class Bead:
    en: list[int]
    ko: list[int]
    score: float

class AlignedPair:
    en: str
    ko: str
    score: float
    en_ids: list[int]
    ko_ids: list[int]

class Dictionary:
    def __init__(self, path: _Path) -> None: ...
    def __len__(self) -> int: ...

_GlossaryArg = Union[Glossary, bool, _Path, Sequence[_Path], None]
_DictionaryArg = Union[Dictionary, _Path, None]

def align(
    en_page: str,
    ko_page: str,
    *,
    glossary: _GlossaryArg = None,
    no_default: bool = False,
    dictionary: _DictionaryArg = None,
    lang: str = "en,ko",
    learn_lexicon: bool = True,
    segment_pages: bool = True,
    band: int = 0,
    unaligned: bool = False,
) -> list[AlignedPair]: ...
def align_sentences(
    en: Sequence[str],
    ko: Sequence[str],
    *,
    glossary: _GlossaryArg = None,
    no_default: bool = False,
    dictionary: _DictionaryArg = None,
    lang: str = "en,ko",
    learn_lexicon: bool = True,
    band: int = 0,
) -> list[Bead]: ...
def align_batch(
    documents: Iterable[Union[Tuple[str, str], Tuple[Sequence[str], Sequence[str]]]],
    *,
    glossary: _GlossaryArg = None,
    no_default: bool = False,
    dictionary: _DictionaryArg = None,
    lang: str = "en,ko",
    learn_lexicon: bool = True,
    segment_pages: bool = True,
    band: int = 0,
    corpus_lexicon: bool = True,
    threads: int = 0,
    unaligned: bool = False,
) -> list[Union[list[AlignedPair], list[Bead]]]: ...
_Page = Union[str, Tuple[str, str], Tuple[str, str, str], dict]

def docalign(
    en_pages: Iterable[_Page],
    ko_pages: Iterable[_Page],
    *,
    min_score: float = 0.5,
    threads: int = 0,
    glossary: Union["Glossary", bool, None] = None,
    dictionary: _DictionaryArg = None,
    learn_lexicon: bool = True,
) -> list[Tuple[str, str, float]]: ...
def docalign_manifest(
    en: _Path, ko: _Path, out_dir: _Path, *, min_score: float = 0.5, threads: int = 0,
    glossary: Union[Glossary, bool, _Path, Sequence[_Path], None] = None, no_default: bool = False,
    dictionary: _DictionaryArg = None,
) -> str: ...

def score_pair(en: str, ko: str) -> float: ...

class Pair:
    en: str
    ko: str
    extra: list[str]
    line: int
    def __init__(self, en: str, ko: str, extra: Sequence[str] = ..., line: int = 0) -> None: ...

class PairReader(Iterator[Pair]):
    def __iter__(self) -> PairReader: ...
    def __next__(self) -> Pair: ...
    @property
    def skipped(self) -> int: ...
    @property
    def repaired(self) -> int: ...

def read_pairs(
    path: _Path, format: Union[str, None] = None, *, skip_bad: bool = False, repair_utf8: bool = False
) -> PairReader: ...
def write_pairs(
    path: _Path,
    pairs: Iterable[_PairLike],
    format: Union[str, None] = None,
    *,
    tsv_header: bool = False,
    extra_names: Sequence[str] = (),
) -> int: ...

class CleanOptions:
    min_adequacy: float
    max_length_ratio: float
    disabled: list[str]
    def __init__(
        self,
        *,
        repair_mojibake: bool = True,
        min_en_words: int = 2,
        min_ko_chars: int = 2,
        max_chars: int = 1000,
        max_en_words: int = 200,
        max_length_ratio: float = 2.0,
        length_slack: int = 15,
        min_adequacy: float = 0.1,
        disabled: Sequence[str] = (),
    ) -> None: ...

class Verdict:
    rule: str
    keep: bool
    repaired: bool
    en: str
    ko: str
    adequacy: float

class CleanIterator(Iterator[object]):
    def __iter__(self) -> CleanIterator: ...
    def __next__(self) -> object: ...

class Cleaner:
    def __init__(self, options: Union[CleanOptions, None] = None) -> None: ...
    def check(self, en: str, ko: str) -> Verdict: ...
    def clean(self, pairs: Iterable[_PairLike]) -> Iterator[Pair]: ...
    def annotate(self, pairs: Iterable[_PairLike]) -> Iterator[Tuple[Pair, str]]: ...
    @property
    def total(self) -> int: ...
    @property
    def kept(self) -> int: ...
    def dropped(self, rule: str) -> int: ...
    def summary(self) -> str: ...

class CleanResult:
    @property
    def total(self) -> int: ...
    @property
    def kept(self) -> int: ...
    skipped: int
    skip_examples: list[str]
    def dropped(self, rule: str) -> int: ...
    def summary(self) -> str: ...

def clean_file(
    input: _Path,
    output: _Path,
    *,
    clean: Union[CleanOptions, None] = None,
    format: Union[str, None] = None,
    skip_bad: bool = False,
    scol: int = 1,
    tcol: int = 2,
    annotate: bool = False,
    score_column: bool = False,
    hash_column: bool = False,
    threads: int = 0,
    glossary: Union[Glossary, bool, _Path, Sequence[_Path], None] = None,
    no_default: bool = False,
    dictionary: _DictionaryArg = None,
) -> CleanResult: ...

class CorpusReport:
    documents: int
    documents_skipped: int
    documents_unrelated: int
    beads: int
    unaligned_beads: int
    pairs: int
    kept: int
    corpus_duplicates: int
    warnings: list[str]
    verdicts: list[Tuple[str, str, str]]
    def dropped(self, rule: str) -> int: ...
    def to_json(self) -> str: ...
    def to_markdown(self) -> str: ...
    def to_text(self) -> str: ...

def build_corpus(
    manifest: _Path,
    out_dir: _Path,
    *,
    threads: int = 0,
    clean: Union[CleanOptions, None] = None,
    skip_bad: bool = False,
    repair: bool = False,
    keep_unrelated: bool = False,
    corpus_lexicon: bool = True,
    encoding: str = "utf-8",
    glossary: Union[Glossary, bool, _Path, Sequence[_Path], None] = None,
    no_default: bool = False,
    dictionary: Union[_Path, Dictionary, None] = None,
    progress: bool = False,
) -> CorpusReport: ...

def merge_corpus_parts(parts: Sequence[_Path], out_dir: _Path) -> CorpusReport: ...

# The steps of a corpus build cut into batches (kobi.dask; docs/distributed.md). Each step
# takes the keyword arguments of build_corpus but progress.
class CorpusBatch:
    manifest: str
    documents: int
    @property
    def entries(self) -> list[Tuple[str, str, int]]: ...
    def __len__(self) -> int: ...
def read_manifest_batches(manifest: _Path, batch_size: int) -> list[CorpusBatch]: ...
def count_manifest_documents(manifest: _Path) -> int: ...
def corpus_batch_lexicon_counts(
    batch: CorpusBatch, *, threads: int = 0, clean: Union[CleanOptions, None] = None,
    skip_bad: bool = False, repair: bool = False, keep_unrelated: bool = False,
    corpus_lexicon: bool = True, encoding: str = "utf-8",
    glossary: Union[Glossary, bool, _Path, Sequence[_Path], None] = None, no_default: bool = False,
    dictionary: Union[_Path, Dictionary, None] = None,
) -> str: ...
def train_corpus_lexicon(counts: Sequence[str]) -> str: ...
def build_corpus_batch(
    batch: CorpusBatch, part_dir: _Path, lexicon: str = "", *, threads: int = 0,
    clean: Union[CleanOptions, None] = None, skip_bad: bool = False, repair: bool = False,
    keep_unrelated: bool = False, corpus_lexicon: bool = True, encoding: str = "utf-8",
    glossary: Union[Glossary, bool, _Path, Sequence[_Path], None] = None, no_default: bool = False,
    dictionary: Union[_Path, Dictionary, None] = None,
) -> Tuple[CorpusReport, bytes]: ...
def finish_corpus_batch(part_dir: _Path, drop: Sequence[int], partition: Union[_Path, None] = None) -> None: ...
def partition_name(index: int) -> str: ...
def assemble_corpus(
    parts: Sequence[_Path], out_dir: _Path, manifest: _Path, *, partitioned: bool = False
) -> CorpusReport: ...
