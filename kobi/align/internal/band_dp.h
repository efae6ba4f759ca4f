// Dynamic programme over a band of the alignment matrix. Private to kobi::align.
//
// Cell (i, j) is the best score of aligning source[0, i) with target[0, j). Row i may only use
// columns [lo[i], hi[i]]; memory and time are O(sum of row widths times the number of shapes).
// Bead shapes come from a table: kStandardShapes (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3; the
// default) or kWideShapes (those, then 1-4, 4-1, 2-3, 3-2, 1-5, 5-1, 2-4, 4-2, 3-3: every
// shape of at most kMaxBeadSide sentences a side and kMaxBeadSentences in all). Ties keep the
// earlier shape of the table, so the standard shapes come first in the same order in both.
//
// An optional `bound(s0, ns, t0, nt, from, best)` gives an upper bound of `score` (+infinity
// when it knows none; `from` is the predecessor cell's total and `best` the cell's best so far,
// so a bound may stop refining once `from + float(bound) <= best`): a bead whose bound cannot
// beat the cell's best so far is not scored. Rounding is monotone, so the result is the same
// as without the bound, only cheaper.
//
//   DpResult r = BandDp(n, m, band, score);   // or BandDp(n, m, band, score, bound, kWideShapes)
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace kobi::align::internal {

struct Step {
  int s0, ns, t0, nt;
};

struct Band {
  std::vector<int> lo, hi;  // per row 0..n, inclusive column bounds
};

struct DpResult {
  std::vector<Step> path;
  bool touched_edge = false;  // the path ran along the band's border (the band may be too narrow)
  bool reachable = true;
};

struct Shape {
  int ns, nt;  // sentences of the source and target side
};
using Shapes = std::span<const Shape>;

inline constexpr int kMaxBeadSide = 5;       // sentences a side, any table
inline constexpr int kMaxBeadSentences = 6;  // sentences of both sides, any table
inline constexpr Shape kStandardShapeTable[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1},
                                                {1, 2}, {2, 2}, {3, 1}, {1, 3}};
inline constexpr Shape kWideShapeTable[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2},
                                            {3, 1}, {1, 3}, {1, 4}, {4, 1}, {2, 3}, {3, 2},
                                            {1, 5}, {5, 1}, {2, 4}, {4, 2}, {3, 3}};
inline constexpr Shapes kStandardShapes{kStandardShapeTable};
inline constexpr Shapes kWideShapes{kWideShapeTable};

constexpr bool WithinBeadLimits(Shapes table) {
  for (const Shape& s : table) {
    if (s.ns > kMaxBeadSide || s.nt > kMaxBeadSide || s.ns + s.nt > kMaxBeadSentences) return false;
  }
  return true;
}
static_assert(WithinBeadLimits(kStandardShapes) && WithinBeadLimits(kWideShapes));

struct NoBound {
  double operator()(int, int, int, int, float, float) const {
    return std::numeric_limits<double>::infinity();
  }
};

template <typename ScoreFn, typename BoundFn = NoBound>
DpResult BandDp(int n, int m, const Band& band, ScoreFn score, BoundFn bound = {},
                Shapes shapes = kStandardShapes) {
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  std::vector<std::size_t> offset(n + 2, 0);
  for (int i = 0; i <= n; ++i) {
    offset[i + 1] = offset[i] + static_cast<std::size_t>(std::max(0, band.hi[i] - band.lo[i] + 1));
  }
  std::vector<float> best(offset[n + 1], kNeg);
  std::vector<std::uint8_t> back(offset[n + 1], 255);
  auto at = [&](int i, int j) -> std::size_t {
    return (j < band.lo[i] || j > band.hi[i]) ? SIZE_MAX : offset[i] + (j - band.lo[i]);
  };
  if (band.lo[0] == 0) best[at(0, 0)] = 0;
  for (int i = 0; i <= n; ++i) {
    for (int j = band.lo[i]; j <= band.hi[i]; ++j) {
      if (i == 0 && j == 0) continue;
      float b = kNeg;
      std::uint8_t bk = 255;
      const int count = static_cast<int>(shapes.size());
      for (int s = 0; s < count; ++s) {
        int a = shapes[s].ns, c = shapes[s].nt;
        int pi = i - a, pj = j - c;
        if (pi < 0 || pj < 0) continue;
        std::size_t p = at(pi, pj);
        if (p == SIZE_MAX || best[p] == kNeg) continue;
        if (b != kNeg && best[p] + static_cast<float>(bound(pi, a, pj, c, best[p], b)) <= b) {
          continue;
        }
        float v = best[p] + static_cast<float>(score(pi, a, pj, c));
        if (v > b) {
          b = v;
          bk = static_cast<std::uint8_t>(s);
        }
      }
      std::size_t here = at(i, j);
      best[here] = b;
      back[here] = bk;
    }
  }
  DpResult result;
  std::size_t end = at(n, m);
  if (end == SIZE_MAX || best[end] == kNeg) {
    result.reachable = false;
    return result;
  }
  int i = n, j = m;
  while (i > 0 || j > 0) {
    std::uint8_t s = back[at(i, j)];
    int a = shapes[s].ns, c = shapes[s].nt;
    result.path.push_back({i - a, a, j - c, c});
    if ((j == band.lo[i] && band.lo[i] > 0) || (j == band.hi[i] && band.hi[i] < m)) {
      result.touched_edge = true;
    }
    i -= a;
    j -= c;
  }
  std::reverse(result.path.begin(), result.path.end());
  return result;
}

}  // namespace kobi::align::internal
