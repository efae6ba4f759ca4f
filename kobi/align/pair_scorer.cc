// PairScorer; see pair_scorer.h.
#include "kobi/align/pair_scorer.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "kobi/align/internal/bead_scorer.h"
#include "kobi/align/internal/calibration.h"
#include "kobi/align/internal/features.h"
#include "kobi/align/length_model.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::align {

namespace {

// Adequacy from a dictionary: the share of the words of both sides that have an entry and whose
// translation occurs on the other side. A translation covers many of them; a fluent sentence
// of similar length about something else covers few. Below kCoverageExpected the score drops.
// Set on NTREX pairs against the same pairs shifted by seven lines (docs/corpora.md).
constexpr double kCoverageWeight = 8.0;
constexpr double kCoverageExpected = 0.4;
constexpr int kCoverageMinWords = 3;  // fewer words with entries: no coverage term

struct Coverage {
  int known = 0, matched = 0;
};

Coverage DictionaryCoverage(std::string_view en, std::string_view ko, const internal::SideInfo& src,
                            const internal::SideInfo& tgt) {
  Coverage c;
  auto a = internal::DictionaryWordIds(en, src);
  auto b = internal::DictionaryWordIds(ko, tgt);
  auto all = [](const std::vector<std::vector<std::uint32_t>>& words) {
    std::vector<std::uint32_t> ids;
    for (const auto& w : words) ids.insert(ids.end(), w.begin(), w.end());
    internal::Normalize(ids);
    return ids;
  };
  auto count = [&c](const std::vector<std::vector<std::uint32_t>>& words,
                    const std::vector<std::uint32_t>& other) {
    for (const auto& w : words) {
      ++c.known;
      for (std::uint32_t id : w) {
        if (std::binary_search(other.begin(), other.end(), id)) {
          ++c.matched;
          break;
        }
      }
    }
  };
  count(a, all(b));
  count(b, all(a));
  return c;
}

}  // namespace

struct PairScorer::Impl {
  std::optional<glossary::Matcher> matcher;
  internal::SideInfo src, tgt;
  LengthModel length;
  internal::Weights weights;
  bool korean = true;
};

PairScorer::PairScorer(const ScorerResources& resources) : impl_(std::make_unique<Impl>()) {
  Impl& im = *impl_;
  im.korean = resources.source == Lang::kEn && resources.target == Lang::kKo;
  if (resources.use_glossary && im.korean) {
    im.matcher.emplace(resources.glossary != nullptr ? *resources.glossary
                                                     : glossary::Glossary::Default());
  }
  const glossary::Matcher* m = im.matcher ? &*im.matcher : nullptr;
  Lang s = im.korean ? Lang::kEn : Lang::kOther;
  Lang t = im.korean ? Lang::kKo : Lang::kOther;
  im.src = {s, true, m, resources.dictionary};
  im.tgt = {t, false, m, resources.dictionary};
  im.length = LengthModel::ForLanguages(resources.source, resources.target);
  im.weights = internal::Weights::ForPair(im.korean);
}

PairScorer::~PairScorer() = default;
PairScorer::PairScorer(PairScorer&&) noexcept = default;
PairScorer& PairScorer::operator=(PairScorer&&) noexcept = default;

double PairScorer::Score(std::string_view en, std::string_view ko) const {
  return Score(en, ko, nullptr);
}

double PairScorer::Score(std::string_view en, std::string_view ko, PairEvidence* evidence) const {
  const Impl& im = *impl_;
  internal::SentenceFeatures a = internal::ExtractFeatures(en, im.src);
  internal::SentenceFeatures b = internal::ExtractFeatures(ko, im.tgt);
  double p;
  double z = 0;
  double coverage = -1;
  if (a.chars == 0 || b.chars == 0) {
    p = 0.0;
  } else {
    internal::BeadParts parts = internal::ScorePair(a, b, im.length, im.weights);
    z = im.length.Z(a.chars, b.chars);
    if (im.src.dictionary != nullptr) {
      Coverage c = DictionaryCoverage(en, ko, im.src, im.tgt);
      if (c.known >= kCoverageMinWords) {
        coverage = static_cast<double>(c.matched) / c.known;
        parts.evidence += kCoverageWeight * (coverage - kCoverageExpected);
      }
    }
    p = internal::PairProbability(parts.length, parts.evidence);
  }
  if (evidence != nullptr) {
    *evidence = {};
    evidence->score = p;
    evidence->length_z = z;
    evidence->dictionary_coverage = coverage;
    internal::Evidence ev = internal::ExplainPair(en, ko, im.src, im.tgt);
    evidence->numbers = std::move(ev.numbers);
    evidence->latin = std::move(ev.latin);
    evidence->names = std::move(ev.names);
    evidence->glossary = std::move(ev.glossary);
  }
  return p;
}

}  // namespace kobi::align
