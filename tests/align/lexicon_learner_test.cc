// LearnLexicon: pairs of word units that keep co-occurring become shared kLexicon keys.
#include "kobi/align/internal/lexicon_learner.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace kobi::align::internal {
namespace {

SentenceFeatures Words(const std::vector<std::string>& words) {
  SentenceFeatures f;
  f.chars = 30;
  for (const auto& w : words) f.words.push_back(HashKey(w, kLexicon));
  return f;
}

bool Shares(const SentenceFeatures& a, const SentenceFeatures& b) {
  for (auto k : a.keys[kLexicon].items) {
    for (auto t : b.keys[kLexicon].targets) {
      if (k == t) return true;
    }
  }
  return false;
}

std::vector<std::pair<int, int>> Diagonal(int n) {
  std::vector<std::pair<int, int>> p;
  for (int i = 0; i < n; ++i) p.emplace_back(i, i);
  return p;
}

TEST(LearnLexicon, LearnsWordsThatKeepCoOccurring) {
  // "presi" always with "대통", "budge" always with "예산"; fillers differ in every pair.
  std::vector<SentenceFeatures> src = {Words({"presi", "a1"}),    Words({"presi", "a2"}),
                                       Words({"budge", "a3"}),    Words({"budge", "a4"}),
                                       Words({"presi", "budge"}), Words({"other"})};
  std::vector<SentenceFeatures> tgt = {Words({"대통", "b1"}),   Words({"대통", "b2"}),
                                       Words({"예산", "b3"}),   Words({"예산", "b4"}),
                                       Words({"대통", "예산"}), Words({"다른"})};
  // A sentence outside the training pairs gets the keys too.
  src.push_back(Words({"presi"}));
  tgt.push_back(Words({"대통"}));
  int learned = LearnLexicon(Diagonal(6), src, tgt);
  EXPECT_EQ(learned, 2);
  EXPECT_TRUE(Shares(src[0], tgt[1]));   // presi ~ 대통
  EXPECT_TRUE(Shares(src[2], tgt[4]));   // budge ~ 예산
  EXPECT_FALSE(Shares(src[0], tgt[2]));  // presi !~ 예산
  EXPECT_TRUE(Shares(src[6], tgt[6]));
  EXPECT_TRUE(src[5].keys[kLexicon].items.empty());  // "other" was seen once only
}

TEST(LearnLexicon, TooFewPairsLearnNothing) {
  std::vector<SentenceFeatures> src = {Words({"presi"}), Words({"presi"}), Words({"presi"})};
  std::vector<SentenceFeatures> tgt = {Words({"대통"}), Words({"대통"}), Words({"대통"})};
  EXPECT_EQ(LearnLexicon(Diagonal(3), src, tgt), 0);
  EXPECT_TRUE(src[0].keys[kLexicon].items.empty());
}

TEST(LearnLexicon, UnreliablePartnersAreRejected) {
  // "house" co-occurs twice with "집" but "집" appears in 6 pairs: Dice 2*2/(2+6) = 0.5 < 0.6.
  std::vector<SentenceFeatures> src, tgt;
  for (int i = 0; i < 6; ++i) {
    src.push_back(Words({i < 2 ? "house" : "w" + std::to_string(i)}));
    tgt.push_back(Words({"집"}));
  }
  EXPECT_EQ(LearnLexicon(Diagonal(6), src, tgt), 0);
}

}  // namespace
}  // namespace kobi::align::internal
