#include <gtest/gtest.h>

#include "kobi/corpora/dedup.h"

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

}  // namespace
}  // namespace kobi::corpora
