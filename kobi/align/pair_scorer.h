// Adequacy of a single sentence pair, for filtering parallel corpora.
//
// PairScorer::Score(en, ko) returns a calibrated probability in [0, 1] that `ko` translates `en`
// (and nothing much more or less). It uses the same evidence as the aligner, without a document
// around the pair: the character-length ratio against the EN–KO prior (Korean ≈ 0.48× the
// non-space characters of English), numbers/dates/amounts normalised across languages, Latin
// tokens inside the Korean side, English names against Hangul words by phonetic key, quotes and
// brackets, internal sentence counts, glossary entries (the bundled glossary by default) and an
// optional dictionary; with a dictionary, also its coverage (the share of words with an entry
// whose translation is on the other side), which tells fluent non-translations of similar
// length from translations. The score is a logistic function of that evidence (internal/
// calibration.h): above 0.5 for a plausible translation, near 1 when anchors agree, below 0.5
// for mismatched pairs (docs/align.md reports how it separates gold from shifted pairs).
//
//   kobi::align::PairScorer scorer;                 // bundled glossary, EN–KO
//   double p = scorer.Score("Sales rose 3.5% in 2013.", "2013년 매출은 3.5% 늘었다.");
//   if (p < 0.5) { ... drop the pair ... }
//
// Inputs are UTF-8 (not validated; invalid bytes are ignored). Thread-safe after construction.
// For other language pairs set ScorerResources::source/target: only language-independent
// signals are used then (length with a 1:1 prior, numbers, identical tokens, cognates).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"

namespace kobi::glossary {
class Glossary;
class Matcher;
}  // namespace kobi::glossary

namespace kobi::align {

class Dictionary;

struct ScorerResources {
  // Glossary to match names and terms with; nullptr = the bundled glossary. Set
  // use_glossary = false to use none.
  const glossary::Glossary* glossary = nullptr;
  bool use_glossary = true;
  // Optional bilingual word dictionary (see kobi/align/dictionary.h); not owned, must outlive.
  const Dictionary* dictionary = nullptr;
  Lang source = Lang::kEn;
  Lang target = Lang::kKo;
};

// What a score was made of.
struct PairEvidence {
  double score = 0;     // the calibrated probability
  double length_z = 0;  // standardised deviation of the length ratio
  // With a dictionary: share of the words with an entry (both sides) whose translation is on
  // the other side; -1 without a dictionary or with fewer than three such words.
  double dictionary_coverage = -1;
  std::vector<std::string> numbers, latin, names, glossary;  // matched anchors
};

class PairScorer {
 public:
  explicit PairScorer(const ScorerResources& resources = {});
  ~PairScorer();
  PairScorer(PairScorer&&) noexcept;
  PairScorer& operator=(PairScorer&&) noexcept;

  // Adequacy of an (en, ko) sentence pair in [0, 1].
  double Score(std::string_view en, std::string_view ko) const;
  // Same, and fills *evidence (when not null) with what matched.
  double Score(std::string_view en, std::string_view ko, PairEvidence* evidence) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kobi::align
