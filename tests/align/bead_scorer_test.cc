// BeadScorer: priors, length term, evidence with set semantics, cache equals direct scoring.
#include "kobi/align/internal/bead_scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "kobi/align/length_model.h"
#include "tests/align/test_util.h"

namespace kobi::align::internal {
namespace {

using align::testing::Sent;

const LengthModel kEqualLengths(0.0, 0.02, 1.2);  // equal lengths expected

TEST(BeadScorer, ShapePriorsAndDeletions) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s = {Sent(50), Sent(50), Sent(50)};
  std::vector<SentenceFeatures> t = {Sent(50), Sent(50), Sent(50)};
  BeadScorer scorer(s, t, kEqualLengths, w);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 0).prior, w.prior_del);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 0, 2, 1).total(), w.prior_del);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 1).prior, w.prior_11);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 2, 0, 1).prior, w.prior_12);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 2).prior, w.prior_12);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 2, 0, 2).prior, w.prior_22);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 3, 0, 1).prior, w.prior_13);
  // Beads past four sentences (wide shapes): prior_step per further sentence.
  EXPECT_DOUBLE_EQ(scorer.Score(0, 2, 0, 3).prior, w.prior_13 + w.prior_step);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 3, 0, 3).prior, w.prior_13 + 2 * w.prior_step);
  EXPECT_DOUBLE_EQ(w.Prior(1, 5), w.prior_13 + 2 * w.prior_step);
  EXPECT_DOUBLE_EQ(w.Prior(0, 1), w.prior_del);
  // Equal lengths at an expected ratio of 1: no length penalty, no evidence.
  EXPECT_NEAR(scorer.Score(0, 1, 0, 1).length, 0.0, 1e-12);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 1).evidence, 0.0);
}

TEST(BeadScorer, LanguageIndependentModeUsesWideShapesAndDeletionLength) {
  Weights ko = Weights::ForPair(true), other = Weights::ForPair(false);
  EXPECT_EQ(ko.shapes.data(), kStandardShapes.data());
  EXPECT_EQ(other.shapes.data(), kWideShapes.data());
  EXPECT_EQ(ko.del_per_char, 0.0);
  std::vector<SentenceFeatures> s = {Sent(68)}, t = {Sent(34)};
  BeadScorer scorer(s, t, kEqualLengths, other);
  // A deletion costs the flat prior plus l / (2 * 6.8) for its l characters.
  EXPECT_NEAR(scorer.Score(0, 1, 0, 0).total(), other.prior_del - 68 / 13.6, 1e-12);
  EXPECT_NEAR(scorer.Score(0, 0, 0, 1).total(), other.prior_del - 34 / 13.6, 1e-12);
}

TEST(BeadScorer, LengthTermPrefersTheExpectedRatio) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s = {Sent(100)};
  std::vector<SentenceFeatures> t = {Sent(100), Sent(40), Sent(60)};
  BeadScorer scorer(s, t, kEqualLengths, w);
  EXPECT_GT(scorer.Score(0, 1, 0, 1).length, scorer.Score(0, 1, 1, 1).length);
  // 40 + 60 characters merged fit 100 as well as a single 100.
  EXPECT_NEAR(scorer.Score(0, 1, 1, 2).length, scorer.Score(0, 1, 0, 1).length, 1e-12);
  EXPECT_NEAR(scorer.Score(0, 1, 1, 1).length, w.length * kEqualLengths.LogScore(100, 40), 1e-12);
}

TEST(BeadScorer, MatchedNumbersRewardAndUnmatchedOnesCost) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s = {Sent(50, {"2030"})};
  std::vector<SentenceFeatures> t = {Sent(50, {"2030"}), Sent(50, {"1999"}), Sent(50)};
  BeadScorer scorer(s, t, kEqualLengths, w);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 1).evidence, w.match[kNumber]);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 1, 1).evidence, -w.miss_src[kNumber] - w.miss_tgt[kNumber]);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 2, 1).evidence, -w.miss_src[kNumber]);
}

TEST(BeadScorer, MergedSidesCountARepeatedKeyOnce) {
  Weights w = Weights::ForPair(true);
  // "7" twice in consecutive source sentences, once in the target (a segment of two
  // sentences): merged, one item, matched.
  std::vector<SentenceFeatures> s = {Sent(30, {"7"}), Sent(30, {"7"})};
  std::vector<SentenceFeatures> t = {Sent(60, {"7"})};
  t[0].segments = 2;
  BeadScorer scorer(s, t, kEqualLengths, w);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 2, 0, 1).evidence, w.match[kNumber]);
}

TEST(BeadScorer, DifferentInternalSentenceCountsCost) {
  Weights w = Weights::ForPair(true);
  std::vector<SentenceFeatures> s = {Sent(60)};
  std::vector<SentenceFeatures> t = {Sent(60)};
  t[0].segments = 2;
  BeadScorer scorer(s, t, kEqualLengths, w);
  EXPECT_DOUBLE_EQ(scorer.Score(0, 1, 0, 1).evidence, -w.segments);
}

// Both modes: EN–KO caches for beads of up to three sentences a side, the language-independent
// mode (wide shapes) for up to five, in a ring of rows that a five-row bead must not overrun.
class CachedBand : public ::testing::TestWithParam<bool> {};

TEST_P(CachedBand, GivesTheSameScores) {
  Weights w = Weights::ForPair(GetParam());
  std::vector<SentenceFeatures> s, t;
  for (int i = 0; i < 12; ++i) {
    s.push_back(Sent(20 + i * 7 % 50, {std::to_string(i % 5), std::to_string(i * 3 % 7 + 10)}));
    t.push_back(Sent(25 + i * 11 % 40, {std::to_string(i % 4), std::to_string(i * 5 % 9 + 10)}));
  }
  BeadScorer direct(s, t, kEqualLengths, w);
  BeadScorer cached(s, t, kEqualLengths, w);
  std::vector<int> lo(13), hi(13);
  for (int i = 0; i <= 12; ++i) {
    lo[i] = std::max(0, i - 2);
    hi[i] = std::min(12, i + 2);
  }
  cached.PrepareBand(lo, hi);
  for (const Shape& x : kWideShapes) {
    if (x.ns == 0 || x.nt == 0) continue;
    const std::pair shape{x.ns, x.nt};
    for (int i = 0; i + shape.first <= 12; ++i) {
      for (int j = 0; j + shape.second <= 12; ++j) {
        EXPECT_DOUBLE_EQ(cached.Total(i, shape.first, j, shape.second),
                         direct.Total(i, shape.first, j, shape.second))
            << i << " " << j;
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(BeadScorer, CachedBand, ::testing::Bool());

// Evidence of every bead shape equals a direct set computation (the union of a merged side's
// items, matched when any sentence of the other side has the key among its targets), on
// random sentences with keys in several categories: beads without any match (the
// precomputed-penalty path) and with matches alike.
TEST(BeadScorer, EvidenceEqualsTheSetDefinitionOnRandomBeads) {
  Weights w = Weights::ForPair(true);
  const int cats[] = {kNumber, kLatin, kName, kPunct};
  unsigned seed = 7;
  auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  std::vector<SentenceFeatures> s(14), t(14);
  for (auto* side : {&s, &t}) {
    for (SentenceFeatures& f : *side) {
      f.chars = 40;
      for (int c : cats) {
        for (int k = next() % 4; k > 0; --k) {
          std::uint32_t key = HashKey(std::to_string(next() % 9), c);
          f.keys[c].items.push_back(key);
          f.keys[c].targets.push_back(key);
        }
        if (next() % 3 == 0) f.keys[c].targets.push_back(HashKey(std::to_string(next() % 9), c));
        Normalize(f.keys[c].items);
        Normalize(f.keys[c].targets);
      }
    }
  }
  auto expected = [&](int s0, int ns, int t0, int nt) {
    double e = -w.segments * std::abs(ns - nt);  // one sentence per segment
    for (int c : cats) {
      KeyVec is, it, ts, tt;
      for (int a = 0; a < ns; ++a) {
        is.insert(is.end(), s[s0 + a].keys[c].items.begin(), s[s0 + a].keys[c].items.end());
        ts.insert(ts.end(), s[s0 + a].keys[c].targets.begin(), s[s0 + a].keys[c].targets.end());
      }
      for (int b = 0; b < nt; ++b) {
        it.insert(it.end(), t[t0 + b].keys[c].items.begin(), t[t0 + b].keys[c].items.end());
        tt.insert(tt.end(), t[t0 + b].keys[c].targets.begin(), t[t0 + b].keys[c].targets.end());
      }
      Normalize(is), Normalize(it), Normalize(ts), Normalize(tt);
      int ms = 0, mt = 0;
      for (auto k : is) ms += std::binary_search(tt.begin(), tt.end(), k);
      for (auto k : it) mt += std::binary_search(ts.begin(), ts.end(), k);
      e += w.match[c] * 0.5 * (ms + mt) - w.miss_src[c] * (static_cast<int>(is.size()) - ms) -
           w.miss_tgt[c] * (static_cast<int>(it.size()) - mt);
    }
    return e;
  };
  BeadScorer scorer(s, t, kEqualLengths, w);
  std::vector<int> lo(15, 0), hi(15, 14);
  scorer.PrepareBand(lo, hi);
  int without_match = 0;
  for (const auto& shape : {std::pair{1, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}) {
    for (int i = 0; i + shape.first <= 14; ++i) {
      for (int j = 0; j + shape.second <= 14; ++j) {
        double want = expected(i, shape.first, j, shape.second);
        EXPECT_NEAR(scorer.Score(i, shape.first, j, shape.second).evidence, want, 1e-9)
            << i << " " << shape.first << " " << j << " " << shape.second;
        BeadScorer plain(s, t, kEqualLengths, w);  // uncached path
        EXPECT_NEAR(plain.Score(i, shape.first, j, shape.second).evidence, want, 1e-9);
        without_match += want <= -w.segments * std::abs(shape.first - shape.second);
      }
    }
  }
  EXPECT_GT(without_match, 0);
}

TEST(BeadScorer, BoundIsAtLeastTheScoreAndTightWhenAllMatch) {
  // Random items over several categories, lengths and internal sentence counts: Bound() is
  // never below Total() (BandDp skips beads on it), and equals it (up to the slack) for a bead
  // whose every item is matched once.
  Weights w = Weights::ForPair(true);
  const int cats[] = {kNumber, kLatin, kName, kPunct, kGlossary, kLexicon};
  unsigned seed = 11;
  auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  std::vector<SentenceFeatures> s(12), t(12);
  for (auto* side : {&s, &t}) {
    for (SentenceFeatures& f : *side) {
      f.chars = 5 + static_cast<int>(next() % 120);
      f.segments = static_cast<int>(next() % 3);
      for (int c : cats) {
        for (int k = next() % 3; k > 0; --k) {
          std::uint32_t key = HashKey(std::to_string(next() % 6), c);
          f.keys[c].items.push_back(key);
          f.keys[c].targets.push_back(key);
        }
        Normalize(f.keys[c].items);
        Normalize(f.keys[c].targets);
      }
    }
  }
  BeadScorer scorer(s, t, kEqualLengths, w);
  for (const Shape& x : kWideShapes) {
    if (x.ns == 0 || x.nt == 0) continue;
    const std::pair shape{x.ns, x.nt};
    for (int i = 0; i + shape.first <= 12; ++i) {
      for (int j = 0; j + shape.second <= 12; ++j) {
        EXPECT_GE(scorer.Bound(i, shape.first, j, shape.second),
                  scorer.Total(i, shape.first, j, shape.second))
            << i << " " << shape.first << " " << j << " " << shape.second;
      }
    }
  }
  EXPECT_TRUE(std::isinf(scorer.Bound(0, 1, 0, 0)));
  // Given a cell's best that the coarse bound (no length term) cannot beat, that is returned:
  // still at least the score, and at least the full bound.
  const float best = 100.0f;
  EXPECT_GE(scorer.Bound(0, 2, 0, 1, 0.0f, best), scorer.Bound(0, 2, 0, 1));
  EXPECT_LE(0.0f + static_cast<float>(scorer.Bound(0, 2, 0, 1, 0.0f, best)), best);
  std::vector<SentenceFeatures> a = {Sent(60, {"7", "2020"})}, b = {Sent(30, {"7", "2020"})};
  BeadScorer same(a, b, kEqualLengths, w);
  EXPECT_NEAR(same.Bound(0, 1, 0, 1), same.Total(0, 1, 0, 1), 1e-5);
}

TEST(BeadScorer, ScorePairMatchesTheScorer) {
  Weights w = Weights::ForPair(false);
  SentenceFeatures a = Sent(80, {"12", "2020"}), b = Sent(75, {"12"});
  std::vector<SentenceFeatures> s = {a}, t = {b};
  BeadScorer scorer(s, t, kEqualLengths, w);
  EXPECT_DOUBLE_EQ(ScorePair(a, b, kEqualLengths, w).total(), scorer.Total(0, 1, 0, 1));
  EXPECT_LT(ScorePair(a, b, kEqualLengths, w).evidence, ScorePair(a, a, kEqualLengths, w).evidence);
}

}  // namespace
}  // namespace kobi::align::internal
