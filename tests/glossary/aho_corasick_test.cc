// Aho–Corasick automaton: every occurrence of every pattern, checked against a naive search.
#include "glossary/internal/aho_corasick.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace kobi::glossary::internal {
namespace {

using Hit = std::pair<std::uint32_t, std::size_t>;  // pattern, end

std::set<Hit> Naive(const std::vector<std::string>& patterns, const std::string& text) {
  std::set<Hit> out;
  for (std::uint32_t i = 0; i < patterns.size(); ++i) {
    for (std::size_t p = text.find(patterns[i]); p != std::string::npos;
         p = text.find(patterns[i], p + 1)) {
      out.emplace(i, p + patterns[i].size());
    }
  }
  return out;
}

std::set<Hit> Scan(const AhoCorasick& ac, const std::string& text) {
  std::set<Hit> out;
  ac.Scan(text, [&](std::uint32_t id, std::size_t end) { out.emplace(id, end); });
  return out;
}

TEST(AhoCorasickTest, ClassicExample) {
  AhoCorasick ac;
  std::vector<std::string> patterns = {"he", "she", "his", "hers"};
  for (const auto& p : patterns) ac.Add(p);
  ac.Build();
  std::set<Hit> want = {{1, 4}, {0, 4}, {3, 6}};
  EXPECT_EQ(Scan(ac, "ushers"), want);
}

TEST(AhoCorasickTest, DuplicatePatternSharesId) {
  AhoCorasick ac;
  EXPECT_EQ(ac.Add("seoul"), 0u);
  EXPECT_EQ(ac.Add("busan"), 1u);
  EXPECT_EQ(ac.Add("seoul"), 0u);
  EXPECT_EQ(ac.pattern_count(), 2u);
}

TEST(AhoCorasickTest, NothingBeforeBuild) {
  AhoCorasick ac;
  ac.Add("a");
  EXPECT_TRUE(Scan(ac, "aaa").empty());
  ac.Build();
  EXPECT_EQ(Scan(ac, "aaa").size(), 3u);
}

TEST(AhoCorasickTest, RandomAgreesWithNaive) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    std::uniform_int_distribution<int> len(1, 5), ch(0, 3 + round % 20);
    std::vector<std::string> patterns;
    AhoCorasick ac;
    std::set<std::string> seen;
    for (int i = 0; i < 30; ++i) {
      std::string p;
      for (int k = len(rng); k > 0; --k) p.push_back(static_cast<char>('a' + ch(rng)));
      if (!seen.insert(p).second) continue;
      EXPECT_EQ(ac.Add(p), patterns.size());
      patterns.push_back(p);
    }
    // A multi-byte pattern too (UTF-8 Hangul).
    patterns.push_back("\xEA\xB9\x80");
    ac.Add(patterns.back());
    ac.Build();
    std::string text;
    for (int k = 0; k < 400; ++k) {
      text.push_back(static_cast<char>('a' + ch(rng)));
      if (k % 50 == 0) text += "\xEA\xB9\x80 ";
    }
    EXPECT_EQ(Scan(ac, text), Naive(patterns, text)) << "round " << round;
  }
}

}  // namespace
}  // namespace kobi::glossary::internal
