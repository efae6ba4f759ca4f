"""kobi: English-Korean bitext toolkit.

The Python face of the kobi C++ library: segment pages, split and tokenize sentences, romanize
Korean, match glossaries, align documents, read/write/clean corpora. Defaults equal the
`kobi` command's defaults; offsets are given as Python string indices (``start``/``end``) and
as UTF-8 byte offsets (``byte_start``/``byte_end``).

    >>> import kobi
    >>> kobi.split("Mr. Kim arrived in the U.S. He met Sen. Lee.", "en")
    ['Mr. Kim arrived in the U.S.', 'He met Sen. Lee.']
    >>> kobi.romanize("김정은", name=True)
    'Kim Jeong-eun'

Errors: kobi.InputError (a ValueError, with .file and .line) for bad data, kobi.UsageError
(a ValueError) for bad arguments, kobi.IoError (an OSError) for files that cannot be read or
written. See docs/python.md.
"""

from ._kobi import (  # noqa: F401
    AlignedPair,
    Bead,
    CleanIterator,
    CleanOptions,
    CleanResult,
    Cleaner,
    CorpusBatch,
    CorpusReport,
    Dictionary,
    Entry,
    Error,
    Glossary,
    Group,
    InputError,
    IoError,
    Match,
    Pair,
    PairReader,
    Segment,
    Span,
    UsageError,
    Variant,
    Verdict,
    __version__,
    align,
    align_batch,
    align_sentences,
    assemble_corpus,
    build_corpus,
    build_corpus_batch,
    clean_file,
    corpus_batch_lexicon_counts,
    count_manifest_documents,
    docalign_manifest,
    finish_corpus_batch,
    merge_corpus_parts,
    partition_name,
    read_manifest_batches,
    train_corpus_lexicon,
    check_romanization,
    detokenize,
    docalign,
    normalize,
    read_pairs,
    romanization_key,
    romanize,
    score_pair,
    segment,
    split,
    split_spans,
    tokenize,
    write_pairs,
)

__all__ = [
    "AlignedPair", "Bead", "CleanIterator", "CleanOptions", "CleanResult", "Cleaner", "CorpusReport",
    "Dictionary", "Entry", "Error", "Glossary", "Group", "InputError", "IoError", "Match",
    "Pair", "PairReader", "Segment", "Span", "UsageError", "Variant", "Verdict", "align",
    "align_batch", "align_sentences", "build_corpus", "clean_file", "merge_corpus_parts", "check_romanization", "detokenize", "docalign", "docalign_manifest", "normalize",
    "read_pairs", "romanization_key", "romanize", "score_pair", "segment", "split",
    "split_spans", "tokenize", "write_pairs",
    # The steps of a corpus build cut into batches (kobi.dask; docs/distributed.md).
    "CorpusBatch", "assemble_corpus", "build_corpus_batch", "corpus_batch_lexicon_counts",
    "count_manifest_documents", "finish_corpus_batch", "partition_name", "read_manifest_batches",
    "train_corpus_lexicon",
]
