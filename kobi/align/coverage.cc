// Document coverage (coverage.h).
#include "kobi/align/coverage.h"

#include <cstdint>

#include "kobi/align/writers.h"

namespace kobi::align {

double DocumentCoverage(const PageAlignment& pa, const PairScorer& scorer,
                        std::uint64_t* candidates, double* mean_score) {
  std::uint64_t covered = 0, beads = 0;
  double score_sum = 0;
  for (const Bead& b : pa.alignment.beads) {
    if (b.en.empty() || b.ko.empty()) continue;
    ++beads;
    score_sum += b.score;
    if (scorer.Score(JoinSide(pa.en, b.en), JoinSide(pa.ko, b.ko)) >= kAdequatePair) {
      covered += b.en.size() + b.ko.size();
    }
  }
  if (candidates != nullptr) *candidates = beads;
  if (mean_score != nullptr) *mean_score = beads > 0 ? score_sum / static_cast<double>(beads) : 0;
  std::uint64_t sentences = pa.en.size() + pa.ko.size();
  return sentences == 0 ? 0.0 : static_cast<double>(covered) / static_cast<double>(sentences);
}

}  // namespace kobi::align
