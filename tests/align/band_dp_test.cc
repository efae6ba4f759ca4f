// BandDp: exact optimum on small matrices (brute force), band limits, edge detection.
#include "kobi/align/internal/band_dp.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace kobi::align::internal {
namespace {

Band Full(int n, int m) { return {std::vector<int>(n + 1, 0), std::vector<int>(n + 1, m)}; }

// A deterministic pseudo-random score per bead (i, a, j, c).
double HashScore(int s0, int ns, int t0, int nt, std::uint32_t seed) {
  std::uint32_t h = seed * 2654435761u ^ (s0 * 73856093u) ^ (ns * 19349663u) ^ (t0 * 83492791u) ^
                    (nt * 2246822519u);
  h ^= h >> 13;
  h *= 0x5bd1e995u;
  h ^= h >> 15;
  return static_cast<double>(h % 2001) / 100.0 - 10.0;
}

// Best total over all paths, by exhaustive recursion.
double BruteBest(int i, int j, const std::function<double(int, int, int, int)>& score,
                 Shapes shapes = kStandardShapes) {
  if (i == 0 && j == 0) return 0;
  double best = -std::numeric_limits<double>::infinity();
  for (const Shape& s : shapes) {
    int pi = i - s.ns, pj = j - s.nt;
    if (pi < 0 || pj < 0) continue;
    best = std::max(
        best, BruteBest(pi, pj, score, shapes) + static_cast<float>(score(pi, s.ns, pj, s.nt)));
  }
  return best;
}

double PathScore(const std::vector<Step>& path,
                 const std::function<double(int, int, int, int)>& score) {
  double total = 0;
  for (const Step& s : path) total += static_cast<float>(score(s.s0, s.ns, s.t0, s.nt));
  return total;
}

void ExpectCovers(const std::vector<Step>& path, int n, int m) {
  int i = 0, j = 0;
  for (const Step& s : path) {
    EXPECT_EQ(s.s0, i);
    EXPECT_EQ(s.t0, j);
    EXPECT_GE(s.ns + s.nt, 1);
    i += s.ns;
    j += s.nt;
  }
  EXPECT_EQ(i, n);
  EXPECT_EQ(j, m);
}

TEST(BandDp, DiagonalWhenOneToOnePays) {
  auto score = [](int s0, int ns, int t0, int nt) {
    return ns == 1 && nt == 1 && s0 == t0 ? 1.0 : -1.0;
  };
  DpResult r = BandDp(5, 5, Full(5, 5), score);
  ASSERT_TRUE(r.reachable);
  ASSERT_EQ(r.path.size(), 5u);
  for (int k = 0; k < 5; ++k) {
    EXPECT_EQ(r.path[k].s0, k);
    EXPECT_EQ(r.path[k].t0, k);
    EXPECT_EQ(r.path[k].ns, 1);
    EXPECT_EQ(r.path[k].nt, 1);
  }
}

TEST(BandDp, PicksAMergeWhereItPays) {
  // Source 1 and 2 together translate target 1: 2-1 there, 1-1 elsewhere.
  auto score = [](int s0, int ns, int t0, int nt) {
    if (ns == 2 && nt == 1 && s0 == 1 && t0 == 1) return 3.0;
    if (ns == 1 && nt == 1 && (s0 == t0 || s0 == t0 + 1)) return 1.0;
    return -2.0;
  };
  DpResult r = BandDp(4, 3, Full(4, 3), score);
  ASSERT_TRUE(r.reachable);
  ASSERT_EQ(r.path.size(), 3u);
  EXPECT_EQ(r.path[1].s0, 1);
  EXPECT_EQ(r.path[1].ns, 2);
  EXPECT_EQ(r.path[1].nt, 1);
}

TEST(BandDp, FullBandEqualsBruteForce) {
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    int n = 1 + seed % 5, m = 1 + (seed / 5) % 5;
    auto score = [seed](int s0, int ns, int t0, int nt) { return HashScore(s0, ns, t0, nt, seed); };
    DpResult r = BandDp(n, m, Full(n, m), score);
    ASSERT_TRUE(r.reachable);
    ExpectCovers(r.path, n, m);
    EXPECT_FALSE(r.touched_edge);
    EXPECT_NEAR(PathScore(r.path, score), BruteBest(n, m, score), 1e-3) << "seed " << seed;
  }
}

TEST(BandDp, WideShapesEqualBruteForceAndAreUsed) {
  int wide_beads = 0;
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    int n = 1 + seed % 7, m = 1 + (seed / 7) % 7;
    auto score = [seed](int s0, int ns, int t0, int nt) { return HashScore(s0, ns, t0, nt, seed); };
    DpResult r = BandDp(n, m, Full(n, m), score, NoBound{}, kWideShapes);
    ASSERT_TRUE(r.reachable);
    ExpectCovers(r.path, n, m);
    EXPECT_NEAR(PathScore(r.path, score), BruteBest(n, m, score, kWideShapes), 1e-3)
        << "seed " << seed;
    for (const Step& s : r.path) {
      EXPECT_LE(std::max(s.ns, s.nt), kMaxBeadSide);
      EXPECT_LE(s.ns + s.nt, kMaxBeadSentences);
      wide_beads += s.ns + s.nt > 4;
    }
  }
  EXPECT_GT(wide_beads, 0);
}

TEST(BandDp, StandardShapesNeverMergeMoreThanFour) {
  // A score that rewards a 1-4 bead: the standard table cannot take it, the wide one does.
  auto score = [](int s0, int ns, int t0, int nt) {
    if (ns == 1 && nt == 4 && s0 == 0 && t0 == 0) return 10.0;
    return ns == 1 && nt == 1 ? 0.5 : -3.0;
  };
  DpResult standard = BandDp(2, 5, Full(2, 5), score);
  for (const Step& s : standard.path) EXPECT_LE(s.ns + s.nt, 4);
  DpResult wide = BandDp(2, 5, Full(2, 5), score, NoBound{}, kWideShapes);
  ASSERT_EQ(wide.path.size(), 2u);
  EXPECT_EQ(wide.path[0].ns, 1);
  EXPECT_EQ(wide.path[0].nt, 4);
}

TEST(BandDp, PathStaysInBandAndReportsTheEdge) {
  // The best path runs far above the diagonal (target 0..3 deleted first); a band of ±1 around
  // the diagonal cannot follow it, so the path hugs the band's edge.
  auto score = [](int s0, int ns, int t0, int nt) {
    if (ns == 0 && nt == 1 && t0 < 4) return 1.0;
    if (ns == 1 && nt == 1 && t0 == s0 + 4) return 1.0;
    return -1.0;
  };
  const int n = 8, m = 12;
  Band band{std::vector<int>(n + 1), std::vector<int>(n + 1)};
  for (int i = 0; i <= n; ++i) {
    band.lo[i] = std::max(0, i * m / n - 1);
    band.hi[i] = std::min(m, i * m / n + 1);
  }
  band.lo[0] = 0;
  band.hi[n] = m;
  DpResult narrow = BandDp(n, m, band, score);
  ASSERT_TRUE(narrow.reachable);
  ExpectCovers(narrow.path, n, m);
  for (const Step& s : narrow.path) {
    int i = s.s0 + s.ns, j = s.t0 + s.nt;
    EXPECT_GE(j, band.lo[i]);
    EXPECT_LE(j, band.hi[i]);
  }
  EXPECT_TRUE(narrow.touched_edge);
  DpResult full = BandDp(n, m, Full(n, m), score);
  EXPECT_FALSE(full.touched_edge);
  EXPECT_GT(PathScore(full.path, score), PathScore(narrow.path, score));
}

TEST(BandDp, ABoundSkipsBeadsWithoutChangingThePath) {
  // A bound at or above every score (tight on some beads, loose on others) gives the path and
  // scores of the DP without it, and scores fewer beads.
  for (std::uint32_t seed = 1; seed <= 20; ++seed) {
    const int n = 9 + static_cast<int>(seed % 5), m = 8 + static_cast<int>(seed % 7);
    int calls = 0;
    auto score = [&](int a, int b, int c, int d) {
      ++calls;
      return HashScore(a, b, c, d, seed);
    };
    DpResult plain = BandDp(n, m, Full(n, m), score);
    int plain_calls = calls;
    calls = 0;
    auto bound = [&](int a, int b, int c, int d, float, float) {
      double slack = (a + c) % 3 == 0 ? 0.0 : HashScore(c, d, a, b, seed + 7) + 10.0;
      return HashScore(a, b, c, d, seed) + slack;
    };
    DpResult bounded = BandDp(n, m, Full(n, m), score, bound);
    ASSERT_EQ(plain.path.size(), bounded.path.size()) << "seed " << seed;
    for (std::size_t k = 0; k < plain.path.size(); ++k) {
      EXPECT_EQ(plain.path[k].s0, bounded.path[k].s0);
      EXPECT_EQ(plain.path[k].ns, bounded.path[k].ns);
      EXPECT_EQ(plain.path[k].t0, bounded.path[k].t0);
      EXPECT_EQ(plain.path[k].nt, bounded.path[k].nt);
    }
    EXPECT_LT(calls, plain_calls) << "seed " << seed;
  }
}

TEST(BandDp, UnreachableEndIsReported) {
  Band band{{0, 0, 0}, {1, 1, 1}};  // row 2 never reaches column 3
  DpResult r = BandDp(2, 3, band, [](int, int, int, int) { return 0.0; });
  EXPECT_FALSE(r.reachable);
  EXPECT_TRUE(r.path.empty());
}

}  // namespace
}  // namespace kobi::align::internal
