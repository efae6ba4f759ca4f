// FindAnchors and MakeBand (the fixed-band search of `--band N`).
#include "kobi/align/internal/anchors.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace kobi::align::internal {
namespace {

using Anchors = std::vector<std::pair<int, int>>;

// Sentences with the given Latin-token keys (items on the source side, targets on the target).
std::vector<SentenceFeatures> Side(const std::vector<std::vector<std::string>>& keys, bool source) {
  std::vector<SentenceFeatures> out(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    out[i].chars = 40;
    for (const auto& k : keys[i]) {
      (source ? out[i].keys[kLatin].items : out[i].keys[kLatin].targets)
          .push_back(HashKey(k, kLatin));
    }
    Normalize(out[i].keys[kLatin].items);
    Normalize(out[i].keys[kLatin].targets);
  }
  return out;
}

TEST(FindAnchors, KeysUniqueOnBothSides) {
  auto src = Side({{"IMF"}, {}, {"NATO"}, {"UN"}}, true);
  auto tgt = Side({{"IMF"}, {"NATO"}, {}, {"UN"}, {"UN"}}, false);
  // UN occurs twice on the target side: not an anchor.
  EXPECT_EQ(FindAnchors(src, tgt), (Anchors{{0, 0}, {2, 1}}));
}

TEST(FindAnchors, KeepsTheLongestIncreasingChain) {
  // A crossing pair (3, 0) contradicts the chain (0, 0)...; the longest chain wins.
  auto src = Side({{"A"}, {"B"}, {"C"}, {"D"}}, true);
  auto tgt = Side({{"A", "D"}, {"B"}, {"C"}}, false);
  EXPECT_EQ(FindAnchors(src, tgt), (Anchors{{0, 0}, {1, 1}, {2, 2}}));
}

TEST(FindAnchors, OneAnchorPerRow) {
  // Two keys of one source sentence in different target sentences: the chain keeps one.
  auto src = Side({{"X", "Y"}, {"Z"}}, true);
  auto tgt = Side({{"X"}, {"Y"}, {"Z"}}, false);
  Anchors a = FindAnchors(src, tgt);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].first, 0);
  EXPECT_EQ(a[1], (std::pair{1, 2}));
}

TEST(FindAnchors, NoSharedKeysNoAnchors) {
  auto src = Side({{"A"}, {"B"}}, true);
  auto tgt = Side({{"C"}, {"D"}}, false);
  EXPECT_TRUE(FindAnchors(src, tgt).empty());
}

TEST(MakeBand, SmallMatrixIsFull) {
  Band b = MakeBand(10, 12, {}, 2);
  for (int i = 0; i <= 10; ++i) {
    EXPECT_EQ(b.lo[i], 0);
    EXPECT_EQ(b.hi[i], 12);
  }
}

TEST(MakeBand, BandFollowsTheAnchors) {
  const int n = 1000, m = 1000;
  Anchors anchors = {{200, 400}, {600, 700}};
  Band b = MakeBand(n, m, anchors, 8, /*full_cells=*/0);
  EXPECT_EQ(b.lo[0], 0);
  EXPECT_EQ(b.hi[n], m);
  for (const auto& [i, j] : anchors) {
    EXPECT_LE(b.lo[i], j);
    EXPECT_GE(b.hi[i], j);
    EXPECT_LE(b.hi[i] - b.lo[i], 2 * 8 + 12);  // narrow: width plus the slope over ±3 rows
  }
  for (int i = 1; i <= n; ++i) {
    EXPECT_LE(b.lo[i - 1], b.lo[i]);
    EXPECT_LE(b.hi[i - 1], b.hi[i]);
    EXPECT_LE(b.lo[i], b.hi[i - 1]);  // connected
  }
}

}  // namespace
}  // namespace kobi::align::internal
