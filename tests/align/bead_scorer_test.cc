// BeadScorer: priors, length term, evidence with set semantics, cache equals direct scoring.
#include "kobi/align/internal/bead_scorer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "kobi/align/length_model.h"

namespace kobi::align::internal {
namespace {

// A sentence of `chars` characters whose numbers are `numbers` (as items and targets).
SentenceFeatures Sent(int chars, const std::vector<std::string>& numbers = {}) {
  SentenceFeatures f;
  f.chars = chars;
  for (const auto& x : numbers) {
    f.keys[kNumber].items.push_back(HashKey(x, kNumber));
    f.keys[kNumber].targets.push_back(HashKey(x, kNumber));
  }
  Normalize(f.keys[kNumber].items);
  Normalize(f.keys[kNumber].targets);
  return f;
}

const LengthModel kLength(0.0, 0.02, 1.2);  // equal lengths expected

TEST(BeadScorer, ShapePriorsAndDeletions) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s = {Sent(50), Sent(50), Sent(50)};
  std::vector<SentenceFeatures> t = {Sent(50), Sent(50), Sent(50)};
  BeadScorer scorer(s, t, kLength, w);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 0).prior, w.prior_del);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 0, 2, 1).total(), w.prior_del);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 1).prior, w.prior_11);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 2, 0, 1).prior, w.prior_12);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 2).prior, w.prior_12);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 2, 0, 2).prior, w.prior_22);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 3, 0, 1).prior, w.prior_13);
  // Equal lengths at an expected ratio of 1: no length penalty, no evidence.
  EXPECT_NEAR(scorer.Score(0, 1, 0, 1).length, 0.0, 1e-12);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 1).evidence, 0.0);
}

TEST(BeadScorer, LengthTermPrefersTheExpectedRatio) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s = {Sent(100)};
  std::vector<SentenceFeatures> t = {Sent(100), Sent(40), Sent(60)};
  BeadScorer scorer(s, t, kLength, w);
  EXPECT_GT(scorer.Score(0, 1, 0, 1).length, scorer.Score(0, 1, 1, 1).length);
  // 40 + 60 characters merged fit 100 as well as a single 100.
  EXPECT_NEAR(scorer.Score(0, 1, 1, 2).length, scorer.Score(0, 1, 0, 1).length, 1e-12);
  EXPECT_NEAR(scorer.Score(0, 1, 1, 1).length,
              w.length * kLength.LogScore(100, 40), 1e-12);
}

TEST(BeadScorer, MatchedNumbersRewardAndUnmatchedOnesCost) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s = {Sent(50, {"2030"})};
  std::vector<SentenceFeatures> t = {Sent(50, {"2030"}), Sent(50, {"1999"}), Sent(50)};
  BeadScorer scorer(s, t, kLength, w);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 1).evidence, w.match[kNumber]);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 1, 1).evidence,
                   -w.miss_src[kNumber] - w.miss_tgt[kNumber]);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 2, 1).evidence, -w.miss_src[kNumber]);
}

TEST(BeadScorer, MergedSidesCountARepeatedKeyOnce) {
  Weights w = Weights::ForPair(true);
  // "7" twice in consecutive source sentences, once in the target (a segment of two
  // sentences): merged, one item, matched.
  std::vector<SentenceFeatures> s = {Sent(30, {"7"}), Sent(30, {"7"})};
  std::vector<SentenceFeatures> t = {Sent(60, {"7"})};
  t[0].segments = 2;
  BeadScorer scorer(s, t, kLength, w);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 2, 0, 1).evidence, w.match[kNumber]);
}

TEST(BeadScorer, DifferentInternalSentenceCountsCost) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s = {Sent(60)};
  std::vector<SentenceFeatures> t = {Sent(60)};
  t[0].segments = 2;
  BeadScorer scorer(s, t, kLength, w);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 1).evidence, -w.segments);
}

TEST(BeadScorer, CachedBandGivesTheSameScores) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s, t;
  for (int i = 0; i < 12; ++i) {
    s.push_back(Sent(20 + i * 7 % 50, {std::to_string(i % 5), std::to_string(i * 3 % 7 + 10)}));
    t.push_back(Sent(25 + i * 11 % 40, {std::to_string(i % 4), std::to_string(i * 5 % 9 + 10)}));
  }
  BeadScorer direct(s, t, kLength, w);
  BeadScorer cached(s, t, kLength, w);
  std::vector<int> lo(13), hi(13);
  for (int i = 0; i <= 12; ++i) {
    lo[i] = std::max(0, i - 2);
    hi[i] = std::min(12, i + 2);
  }
  cached.PrepareBand(lo, hi);
  for (const auto& shape : {std::pair{1, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}) {
    for (int i = 0; i + shape.first <= 12; ++i) {
      for (int j = 0; j + shape.second <= 12; ++j) {
        EXPECT_DOUBLE_EQ(cached.Total(i, shape.first, j, shape.second),
                         direct.Total(i, shape.first, j, shape.second))
            << i << " " << j;
      }
    }
  }
}

TEST(BeadScorer, ScorePairMatchesTheScorer) {
  Weights w = Weights::ForPair(false);
  SentenceFeatures a = Sent(80, {"12", "2020"}), b = Sent(75, {"12"});
  std::vector<SentenceFeatures> s = {a}, t = {b};
  BeadScorer scorer(s, t, kLength, w);
  EXPECT_DOUBLE_EQ(ScorePair(a, b, kLength, w).total(), scorer.Total(0, 1, 0, 1));
  EXPECT_LT(ScorePair(a, b, kLength, w).evidence, ScorePair(a, a, kLength, w).evidence);
}

}  // namespace
}  // namespace kobi::align::internal
