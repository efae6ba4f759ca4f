#include "kobi/corpora/dedup.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace kobi::corpora {
namespace {

TEST(DedupTest, ExactAndNormalisedDuplicates) {
  Deduper d;
  EXPECT_FALSE(d.Seen("Hello, world!", "안녕, 세상!"));
  EXPECT_TRUE(d.Seen("Hello, world!", "안녕, 세상!"));
  EXPECT_TRUE(d.Seen("hello world", "안녕 세상"));
  EXPECT_TRUE(d.Seen("HELLO  WORLD.", "안녕  세상."));
  EXPECT_FALSE(d.Seen("Hello, world!", "안녕하세요, 세상!"));
  // Both sides matter: the same English with another Korean is not a duplicate.
  EXPECT_FALSE(d.Seen("hello world", "세상아 안녕"));
  EXPECT_EQ(d.size(), 3u);
}

TEST(DedupTest, NormalisationIsNfcAndCaseFolding) {
  EXPECT_EQ(NormalizeForDedup("Cafe\xCC\x81!"), NormalizeForDedup("CAFÉ"));
  EXPECT_EQ(NormalizeForDedup(" a-b "), "ab");
  EXPECT_FALSE(DedupKey("a", "b") == DedupKey("b", "a"));
}

// The key table holds 16-byte keys at most 3/4 full (docs/corpora.md: 21 to 43 bytes a pair),
// and tells every key apart, the all-zero key and keys sharing their low word included.
TEST(DedupTest, KeyTableIsCompactAndExact) {
  Deduper d;
  std::uint64_t x = 0x9E3779B97F4A7C15ull;
  auto next = [&x] {  // splitmix64
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  std::vector<PairKey> keys;
  for (int i = 0; i < 50000; ++i) keys.push_back({next(), next()});
  keys.push_back({});                 // all zero
  keys.push_back({keys[0].low, 1});   // same low word as keys[0]
  keys.push_back({0, keys[1].high});  // zero low word
  for (const PairKey& k : keys) EXPECT_FALSE(d.Seen(k));
  for (const PairKey& k : keys) EXPECT_TRUE(d.Seen(k));
  EXPECT_EQ(d.size(), keys.size());
  double per_key = static_cast<double>(d.memory_bytes()) / static_cast<double>(d.size());
  EXPECT_GE(per_key, 16.0 * 4 / 3);
  EXPECT_LE(per_key, 16.0 * 8 / 3);
}

}  // namespace
}  // namespace kobi::corpora
