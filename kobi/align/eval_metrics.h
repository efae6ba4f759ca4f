// Alignment evaluation: strict and lax precision/recall/F1 of Thompson & Koehn (2019), as in
// vecalign's score.py (reimplemented here), and precision among the top-scored pairs.
//
// Strict: a predicted bead is right when the gold has exactly the same bead. Lax: a predicted
// bead is also right when some gold bead shares a link with it (one of its source sentences and
// one of its target sentences are in that gold bead together). Precision is over all predicted
// beads (1-0/0-1 included, which are only ever right strictly); recall is over the gold beads
// with both sides non-empty, judged against the predicted beads with both sides non-empty.
// Counts add up over documents (micro average).
//
//   auto c = kobi::align::CountBeads(gold, test);
//   kobi::align::AlignmentScores s = kobi::align::Summarize(c);   // s.strict.f1 ...
//
// Raw mode compares text pairs instead of indices (CountPairs): each pair side is located in
// its raw document (whitespace-insensitively, searching forward), giving a character interval;
// "strict" means equal intervals on both sides, "lax" means overlapping intervals on both sides
// (a shared character link). A side that cannot be located only matches a gold side of equal
// text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/align/aligner.h"

namespace kobi::align {

struct SideCounts {
  std::int64_t tp_strict = 0, fp_strict = 0, tp_lax = 0, fp_lax = 0;
};

struct AlignmentCounts {
  SideCounts precision;  // over predicted beads
  SideCounts recall;     // over gold beads with both sides
  void Add(const AlignmentCounts& o);
};

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};
struct AlignmentScores {
  Prf strict, lax;
};

AlignmentCounts CountBeads(const std::vector<Bead>& gold, const std::vector<Bead>& test);
AlignmentScores Summarize(const AlignmentCounts& counts);

// One predicted pair (both sides non-empty) with its score and whether it was right.
struct ScoredOutcome {
  double score = 0;
  bool strict = false;
  bool lax = false;
};
// Outcomes of test's pairs against gold.
std::vector<ScoredOutcome> PairOutcomes(const std::vector<Bead>& gold,
                                        const std::vector<Bead>& test);
// Strict (or lax) precision among the `fraction` (0, 1] highest-scored outcomes; ties broken by
// input order. 0 when there are none.
double PrecisionAtTop(std::vector<ScoredOutcome> outcomes, double fraction, bool strict = true);

// Raw mode.
struct TextPair {
  std::string en, ko;
  double score = 1;
};
AlignmentCounts CountPairs(const std::vector<TextPair>& gold, const std::vector<TextPair>& test,
                           std::string_view en_raw, std::string_view ko_raw,
                           std::vector<ScoredOutcome>* outcomes = nullptr);

}  // namespace kobi::align
