// Sentence alignment of a document and its translation.
//
// AlignSentences() pairs the sentences (or segments) of two sides: beads of up to four
// sentences in all (1-1, 1-2, 2-1, 2-2, 1-3, 3-1) plus 1-0 / 0-1 for sentences without a
// counterpart, in order, covering every sentence exactly once. AlignPages() does the same for
// raw pages: for EN–KO each page is segmented into zones (kobi::tokenize::SegmentPage) and only
// the headline and body sentences are aligned, so bylines, datelines, credits, captions and
// boilerplate never pair up; for other pairs (or segment_pages = false) each line is a
// paragraph split into sentences.
//
//   std::vector<std::string> en = {"Hello.", "It rained 3 days."};
//   std::vector<std::string> ko = {"안녕하세요.", "3일 동안 비가 왔다."};
//   kobi::align::Alignment a = kobi::align::AlignSentences(en, ko, {});
//   // a.beads: {[0]:[0]}, {[1]:[1]}; a.beads[i].score in [0, 1]
//
// Method (docs/align.md): sentence features (characters, numbers normalised across languages,
// Latin tokens, phonetic keys of names, glossary entries, quotes/brackets, internal sentence
// counts) feed a log-linear bead score; a dynamic programme finds the best beads, over the full
// matrix for small documents and coarse to fine (blocks of sentences first, then a narrow band
// around the projected path) for larger ones, in time and memory linear in the document length
// even without anchors; a second pass re-estimates the document's length ratio and adds a
// lexicon learned from the first pass's confident pairs. Many documents: kobi/align/lexicon.h.
//
// Input that surprises (an empty side, very different sizes, huge lines) still gives a valid
// alignment, with a message in Alignment::warnings. Sentence strings are UTF-8; indices are
// 0-based positions in the input vectors. Thread-safe: no shared mutable state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"

namespace kobi::glossary {
class Matcher;
}

namespace kobi::align {

class Dictionary;

struct Bead {
  std::vector<int> en, ko;  // sentence indices (consecutive, ascending); one side may be empty
  double score = 0;         // calibrated confidence in [0, 1]
  friend bool operator==(const Bead& a, const Bead& b) { return a.en == b.en && a.ko == b.ko; }
};

struct AlignOptions {
  Lang source = Lang::kEn;  // kEn/kKo, or kOther for language-independent signals
  Lang target = Lang::kKo;
  // Glossary of names and terms (EN–KO only; not owned). nullptr = the bundled glossary
  // (glossary::Matcher::Default()), so AlignPages(en, ko, {}) aligns as `kobi align` does;
  // use_glossary = false aligns without any glossary.
  const glossary::Matcher* glossary = nullptr;
  bool use_glossary = true;
  const Dictionary* dictionary = nullptr;  // not owned; nullptr = none
  bool learn_lexicon = true;               // second pass with a lexicon learned from the document
  int band = 0;  // > 0: fixed band of this half-width; 0 = coarse-to-fine search
  // AlignPages, EN–KO: segment pages into zones (kobi/tokenize/page_segmenter.h) and align the
  // headline and body sentences only; false: every line is a paragraph, split into sentences.
  bool segment_pages = true;
};

// Sets options.source/target from a language pair "SRC,TGT" (`kobi align --lang`): BCP 47 tags,
// case-insensitive, of which only the primary subtag counts. "en,ko" selects the English–Korean
// signals; any other pair of two languages the language-independent ones (length, numbers,
// identical tokens, cognates). Throws UsageError for a malformed pair, two equal languages, and
// "ko,en" (the English document comes first), which would otherwise be aligned without the
// English–Korean signals.
void SetLanguagePair(std::string_view pair, AlignOptions& options);

// The glossary AlignOptions selects: options.glossary, the bundled one, or nullptr (none, or
// not an EN–KO pair).
const glossary::Matcher* SelectedGlossary(const AlignOptions& options);

struct Alignment {
  std::vector<Bead> beads;
  std::vector<std::string> warnings;  // surprises worth a line on stderr
  int band = 0;                       // band margin finally used (`--band N`: N)
};

Alignment AlignSentences(const std::vector<std::string>& en, const std::vector<std::string>& ko,
                         const AlignOptions& options);

// A segment of a raw page that is not aligned (byline, dateline, credit, caption,
// boilerplate), for review pages: its zone name, text, and how many aligned sentences of its
// side come before it in the page.
struct CutSegment {
  std::string zone, text;
  int before = 0;
};

// Raw documents: the sentences found in each page and their alignment.
struct PageAlignment {
  std::vector<std::string> en, ko;
  Alignment alignment;
  std::vector<CutSegment> en_cut, ko_cut;  // EN–KO pages segmented into zones only
};

PageAlignment AlignPages(std::string_view en_page, std::string_view ko_page,
                         const AlignOptions& options);

// The anchors that support one bead, as "source=target" strings per kind (for jsonl/html).
struct BeadEvidence {
  std::vector<std::string> numbers, latin, names, glossary;
  std::vector<std::string> dictionary;  // entries of options.dictionary (a corpus lexicon too)
};
BeadEvidence ExplainBead(std::string_view en, std::string_view ko, const AlignOptions& options);

}  // namespace kobi::align
