// PairScorer; see pair_scorer.h.
#include "kobi/align/pair_scorer.h"

#include <cmath>
#include <optional>

#include "kobi/align/internal/bead_scorer.h"
#include "kobi/align/internal/calibration.h"
#include "kobi/align/internal/features.h"
#include "kobi/align/length_model.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::align {

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
  if (a.chars == 0 || b.chars == 0) {
    p = 0.0;
  } else {
    internal::BeadParts parts = internal::ScorePair(a, b, im.length, im.weights);
    z = im.length.Z(a.chars, b.chars);
    p = internal::PairProbability(parts.length, parts.evidence);
  }
  if (evidence != nullptr) {
    *evidence = {};
    evidence->score = p;
    evidence->length_z = z;
    internal::Evidence ev = internal::ExplainPair(en, ko, im.src, im.tgt);
    evidence->numbers = std::move(ev.numbers);
    evidence->latin = std::move(ev.latin);
    evidence->names = std::move(ev.names);
    evidence->glossary = std::move(ev.glossary);
  }
  return p;
}

}  // namespace kobi::align
