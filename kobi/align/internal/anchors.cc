// Anchors and bands; see anchors.h.
#include "kobi/align/internal/anchors.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace kobi::align::internal {

// Anchor candidates: keys that occur in exactly one sentence on each side.
std::vector<std::pair<int, int>> FindAnchors(const std::vector<SentenceFeatures>& src,
                                             const std::vector<SentenceFeatures>& tgt) {
  struct Count {
    int src_n = 0, src_at = -1, tgt_n = 0, tgt_at = -1;
  };
  std::unordered_map<std::uint32_t, Count> counts;
  const int cats[] = {internal::kNumber, internal::kLatin, internal::kName, internal::kGlossary};
  for (int i = 0; i < static_cast<int>(src.size()); ++i) {
    for (int c : cats) {
      for (auto k : src[i].keys[c].items) {
        Count& ct = counts[k];
        if (ct.src_at != i) {
          ++ct.src_n;
          ct.src_at = i;
        }
      }
    }
  }
  for (int j = 0; j < static_cast<int>(tgt.size()); ++j) {
    for (int c : cats) {
      for (auto k : tgt[j].keys[c].targets) {
        auto it = counts.find(k);
        if (it == counts.end()) continue;
        Count& ct = it->second;
        if (ct.tgt_at != j) {
          ++ct.tgt_n;
          ct.tgt_at = j;
        }
      }
    }
  }
  std::vector<std::pair<int, int>> cand;
  for (const auto& [k, ct] : counts) {
    if (ct.src_n == 1 && ct.tgt_n == 1) cand.emplace_back(ct.src_at, ct.tgt_at);
  }
  std::sort(cand.begin(), cand.end());
  cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
  // Longest chain increasing in both coordinates (patience sorting on j, i strictly increasing).
  std::vector<int> tails;  // indices into cand
  std::vector<int> prev(cand.size(), -1);
  for (int x = 0; x < static_cast<int>(cand.size()); ++x) {
    // Among equal i, process so that two anchors of the same row do not chain.
    auto pos = std::lower_bound(tails.begin(), tails.end(), x,
                                [&](int t, int v) { return cand[t].second < cand[v].second; });
    int p = static_cast<int>(pos - tails.begin());
    if (p > 0 && cand[tails[p - 1]].first == cand[x].first) continue;
    prev[x] = p > 0 ? tails[p - 1] : -1;
    if (pos == tails.end()) {
      tails.push_back(x);
    } else {
      *pos = x;
    }
  }
  std::vector<std::pair<int, int>> chain;
  for (int x = tails.empty() ? -1 : tails.back(); x >= 0; x = prev[x]) chain.push_back(cand[x]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

Band MakeBand(int n, int m, const std::vector<std::pair<int, int>>& anchors, int width,
              std::size_t full_cells) {
  Band band;
  band.lo.assign(n + 1, 0);
  band.hi.assign(n + 1, m);
  if (static_cast<std::size_t>(n + 1) * static_cast<std::size_t>(m + 1) <= full_cells ||
      width >= std::max(n, m)) {
    return band;
  }
  std::vector<std::pair<int, int>> pts;
  pts.emplace_back(0, 0);
  for (const auto& a : anchors) {
    if (a.first > pts.back().first && a.second >= pts.back().second && a.first < n) {
      pts.push_back(a);
    }
  }
  pts.emplace_back(n, m);
  std::vector<double> center(n + 1);
  std::size_t seg = 0;
  for (int i = 0; i <= n; ++i) {
    while (seg + 1 < pts.size() && pts[seg + 1].first < i) ++seg;
    const auto& a = pts[seg];
    const auto& b = pts[std::min(seg + 1, pts.size() - 1)];
    double t = b.first == a.first ? 0.0 : static_cast<double>(i - a.first) / (b.first - a.first);
    center[i] = a.second + t * (b.second - a.second);
  }
  for (int i = 0; i <= n; ++i) {
    double lo = center[std::max(0, i - 3)], hi = center[std::min(n, i + 3)];
    band.lo[i] = std::clamp(static_cast<int>(std::floor(lo)) - width, 0, m);
    band.hi[i] = std::clamp(static_cast<int>(std::ceil(hi)) + width, 0, m);
  }
  for (int i = n - 1; i >= 0; --i) band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
  for (int i = 1; i <= n; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
  band.lo[0] = 0;
  band.hi[n] = m;
  return band;
}

}  // namespace kobi::align::internal
