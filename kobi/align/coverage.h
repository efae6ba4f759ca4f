// Document coverage: how much of an aligned page pair is made of adequate sentence pairs. The
// judgement the corpus build's document verdict (ok / unrelated, kobi/corpora/corpus_builder.h)
// and the sentence-level check of document alignment (kobi/align/docalign.h) share.
//
//   kobi::align::PageAlignment pa = kobi::align::AlignPages(en_page, ko_page, {});
//   kobi::align::PairScorer scorer;
//   double c = kobi::align::DocumentCoverage(pa, scorer);  // in [0, 1]
//   bool related = c >= kobi::align::kMinCoverage;
#pragma once

#include <cstdint>

#include "kobi/align/aligner.h"
#include "kobi/align/pair_scorer.h"

namespace kobi::align {

// A bead's sentence pair is adequate when PairScorer::Score (the pair judged on its own, without
// the document around it, unlike the bead score) is at least kAdequatePair; pages whose
// coverage is below kMinCoverage are judged unrelated. Calibrated on align-dev pages paired
// wrongly on purpose (scripts/eval_doc_verdict.sh; docs/corpora.md gives the figures).
inline constexpr double kAdequatePair = 0.5;
inline constexpr double kMinCoverage = 0.6;

// The share of the sentences of both sides of `pa` that lie in beads with both sides non-empty
// whose joined sides score at least kAdequatePair with `scorer`; 0 for pages without sentences.
// When `candidates` / `mean_score` are given they receive the number of such beads (both sides
// non-empty) and the mean of their bead scores (0 when there are none).
double DocumentCoverage(const PageAlignment& pa, const PairScorer& scorer,
                        std::uint64_t* candidates = nullptr, double* mean_score = nullptr);

}  // namespace kobi::align
