// PrefixTrie: anchored walks agree with a naive prefix test, including chains longer than one
// node can hold, dense (range) child tables and non-ASCII bytes.
#include "kobi/glossary/internal/prefix_trie.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "kobi/core/error.h"

namespace kobi::glossary::internal {
namespace {

using Hit = std::pair<std::uint32_t, std::size_t>;  // pattern id, end offset

std::vector<Hit> Walk(const PrefixTrie& t, std::string_view text, std::size_t start) {
  std::vector<Hit> out;
  t.WalkFrom(text, start, [&](std::uint32_t id, std::size_t begin, std::size_t end) {
    EXPECT_EQ(begin, start);
    out.emplace_back(id, end);
  });
  return out;
}

// Every pattern that is a prefix of text[start...], in increasing length (ids are positions in
// `patterns`, which holds no duplicates).
std::vector<Hit> Naive(const std::vector<std::string>& patterns, std::string_view text,
                       std::size_t start) {
  std::set<std::pair<std::size_t, std::uint32_t>> by_end;
  for (std::uint32_t id = 0; id < patterns.size(); ++id) {
    if (text.substr(start).substr(0, patterns[id].size()) == patterns[id]) {
      by_end.emplace(start + patterns[id].size(), id);
    }
  }
  std::vector<Hit> out;
  for (const auto& [end, id] : by_end) out.emplace_back(id, end);
  return out;
}

TEST(PrefixTrieTest, ReportsEveryPatternStartingThere) {
  PrefixTrie t;
  const std::uint32_t he = t.Add("he"), she = t.Add("she"), hers = t.Add("hers");
  t.Add("his");
  t.Build();
  EXPECT_EQ(Walk(t, "hers", 0), (std::vector<Hit>{{he, 2}, {hers, 4}}));
  EXPECT_EQ(Walk(t, "ushers", 1), (std::vector<Hit>{{she, 4}}));
  EXPECT_EQ(Walk(t, "ushers", 2), (std::vector<Hit>{{he, 4}, {hers, 6}}));
  EXPECT_TRUE(Walk(t, "ushers", 0).empty());
  EXPECT_TRUE(Walk(t, "her", 3).empty());  // start at the end
  EXPECT_TRUE(Walk(t, "her", 9).empty());  // start past the end
}

TEST(PrefixTrieTest, DuplicatePatternSharesId) {
  PrefixTrie t;
  EXPECT_EQ(t.Add("seoul"), 0u);
  EXPECT_EQ(t.Add("busan"), 1u);
  EXPECT_EQ(t.Add("seoul"), 0u);
  EXPECT_EQ(t.pattern_count(), 2u);
  EXPECT_EQ(t.pattern_length(1), 5u);
}

TEST(PrefixTrieTest, NothingBeforeBuildAndNothingAddedAfter) {
  PrefixTrie t;
  t.Add("a");
  EXPECT_TRUE(Walk(t, "a", 0).empty());
  t.Build();
  EXPECT_EQ(Walk(t, "a", 0).size(), 1u);
  EXPECT_THROW(t.Add("b"), std::logic_error);
  PrefixTrie u;
  EXPECT_THROW(u.Add(""), std::invalid_argument);
}

// A glossary too large for 32-bit offsets is bad input (kobi::Error, exit 1), not a bug
// (std::length_error, exit 3): shown with a trie limited to a few hundred words.
TEST(PrefixTrieTest, LayoutPastTheLimitIsAnInputProblem) {
  PrefixTrie t(/*max_words=*/200);
  for (int i = 0; i < 100; ++i) t.Add("name" + std::to_string(i * 7919));
  try {
    t.Build();
    FAIL() << "no error";
  } catch (const kobi::Error& e) {
    EXPECT_EQ(e.exit_code(), kobi::ExitCode::kBadInput);
    EXPECT_NE(std::string(e.what()).find("too large"), std::string::npos);
  }
  PrefixTrie roomy(/*max_words=*/100000);
  for (int i = 0; i < 100; ++i) roomy.Add("name" + std::to_string(i * 7919));
  roomy.Build();
  EXPECT_EQ(roomy.pattern_count(), 100u);
}

TEST(PrefixTrieTest, EmptyTrieMatchesNothing) {
  PrefixTrie t;
  t.Build();
  EXPECT_TRUE(Walk(t, "anything", 0).empty());
  EXPECT_EQ(t.node_count(), 1u);
}

TEST(PrefixTrieTest, SingleChildPathsAreOneNode) {
  PrefixTrie t;
  t.Add("kimjongun");
  t.Add("kimjongil");
  t.Add("kimjong");
  t.Build();
  // root chain "kimjong" ending a pattern, then two leaves ("un", "il" after their labels).
  EXPECT_EQ(t.node_count(), 3u);
  EXPECT_EQ(Walk(t, "kimjongunx", 0), (std::vector<Hit>{{2, 7}, {0, 9}}));
  EXPECT_TRUE(Walk(t, "kimjon", 0).empty());  // text ends inside the chain
  EXPECT_TRUE(Walk(t, "kimjxng", 0).empty());
}

TEST(PrefixTrieTest, ChainLongerThanOneNodeHolds) {
  PrefixTrie t;
  const std::string long_pattern(40000, 'x');
  const std::uint32_t id = t.Add(long_pattern);
  const std::uint32_t shorter = t.Add(long_pattern.substr(0, 20000) + "y");
  t.Build();
  EXPECT_GT(t.node_count(), 2u);
  EXPECT_EQ(Walk(t, long_pattern + "z", 0), (std::vector<Hit>{{id, 40000}}));
  std::string other = long_pattern.substr(0, 20000) + "y";
  EXPECT_EQ(Walk(t, other, 0), (std::vector<Hit>{{shorter, 20001}}));
  std::string broken = long_pattern;
  broken[39999] = 'w';
  EXPECT_TRUE(Walk(t, broken, 0).empty());
}

TEST(PrefixTrieTest, DenseChildTablesAndHighBytes) {
  // 200 patterns differing in their second byte (a range node) plus Hangul (UTF-8 lead and
  // continuation bytes) and a byte below the lowest label.
  PrefixTrie t;
  std::vector<std::string> patterns;
  for (int c = 40; c < 240; ++c) patterns.push_back(std::string("q") + static_cast<char>(c));
  patterns.push_back("\xEA\xB9\x80");              // 김
  patterns.push_back("\xEA\xB9\x80\xEC\xA0\x95");  // 김정
  for (const auto& p : patterns) t.Add(p);
  t.Build();
  for (int c = 0; c < 256; ++c) {
    const std::string text = std::string("q") + static_cast<char>(c) + "rest";
    EXPECT_EQ(Walk(t, text, 0), Naive(patterns, text, 0)) << "byte " << c;
  }
  const std::string hangul = "\xEA\xB9\x80\xEC\xA0\x95\xEC\x9D\x80";  // 김정은
  EXPECT_EQ(Walk(t, hangul, 0), Naive(patterns, hangul, 0));
  EXPECT_EQ(Walk(t, hangul, 0).size(), 2u);
}

TEST(PrefixTrieTest, RandomAgreesWithNaive) {
  std::mt19937 rng(7);
  for (int round = 0; round < 60; ++round) {
    // Alphabets from 2 letters (deep, narrow tries) to 200 byte values (wide nodes).
    const int alphabet = 2 + (round * 37) % 199;
    std::uniform_int_distribution<int> len(1, 1 + round % 12), ch(0, alphabet - 1);
    std::vector<std::string> patterns;
    std::set<std::string> seen;
    PrefixTrie t;
    const int wanted = 1 + round * 7;
    for (int i = 0; i < wanted; ++i) {
      std::string p;
      for (int k = len(rng); k > 0; --k) p.push_back(static_cast<char>(40 + ch(rng)));
      if (!seen.insert(p).second) {
        EXPECT_LT(t.Add(p), patterns.size());
        continue;
      }
      EXPECT_EQ(t.Add(p), patterns.size());
      patterns.push_back(p);
    }
    t.Build();
    std::string text;
    for (int k = 0; k < 300; ++k) text.push_back(static_cast<char>(40 + ch(rng)));
    for (std::size_t start = 0; start <= text.size(); ++start) {
      ASSERT_EQ(Walk(t, text, start), Naive(patterns, text, start))
          << "round " << round << " start " << start;
    }
  }
}

}  // namespace
}  // namespace kobi::glossary::internal
