#include "kobi/align/coverage.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace kobi::align {
namespace {

// Sentences written for this test.
PageAlignment Pages() {
  PageAlignment pa;
  pa.en = {"Sales rose 3.5% in 2013.", "The plant opened in 1998 with 240 workers.",
           "A note the other side does not have."};
  pa.ko = {"2013년 매출은 3.5% 늘었다.", "공장은 1998년에 노동자 240명으로 문을 열었다."};
  return pa;
}

TEST(DocumentCoverage, CountsTheSentencesOfAdequateBeadsOnBothSides) {
  PageAlignment pa = Pages();
  pa.alignment.beads = {{{0}, {0}, 0.9}, {{1}, {1}, 0.7}, {{2}, {}, 0.0}};
  PairScorer scorer;
  std::uint64_t candidates = 0;
  double mean = 0;
  // Both pairs are translations (numbers agree): 4 of the 5 sentences are covered.
  EXPECT_DOUBLE_EQ(DocumentCoverage(pa, scorer, &candidates, &mean), 4.0 / 5.0);
  EXPECT_EQ(candidates, 2u);  // the deletion bead is not a candidate
  EXPECT_DOUBLE_EQ(mean, 0.8);
  EXPECT_GE(DocumentCoverage(pa, scorer), kMinCoverage);
}

TEST(DocumentCoverage, MismatchedPairsCoverNothing) {
  PageAlignment pa = Pages();
  // Each English sentence against the other's translation: the numbers disagree.
  pa.alignment.beads = {{{0}, {1}, 0.4}, {{1}, {0}, 0.4}, {{2}, {}, 0.0}};
  EXPECT_LT(DocumentCoverage(pa, PairScorer()), kMinCoverage);
}

TEST(DocumentCoverage, EmptyPagesHaveNone) {
  std::uint64_t candidates = 7;
  double mean = 7;
  EXPECT_EQ(DocumentCoverage(PageAlignment{}, PairScorer(), &candidates, &mean), 0.0);
  EXPECT_EQ(candidates, 0u);
  EXPECT_EQ(mean, 0.0);
}

}  // namespace
}  // namespace kobi::align
