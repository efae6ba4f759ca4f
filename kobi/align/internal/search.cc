// Coarse-to-fine search; see search.h.
#include "kobi/align/internal/search.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

namespace kobi::align::internal {
namespace {

std::size_t Cells(std::size_t n, std::size_t m) { return (n + 1) * (m + 1); }

Band FullBand(int n, int m) {
  Band band;
  band.lo.assign(n + 1, 0);
  band.hi.assign(n + 1, m);
  return band;
}

std::size_t BandCells(const Band& band) {
  std::size_t cells = 0;
  for (std::size_t i = 0; i < band.lo.size(); ++i) {
    cells += static_cast<std::size_t>(std::max(0, band.hi[i] - band.lo[i] + 1));
  }
  return cells;
}

// A run of consecutive sentences at a coarse level.
struct Block {
  int chars = 0;
  int sentences = 0;
  double miss = 0;  // weighted penalty of all its items, were none matched
  std::array<KeyVec, kCategoryCount> items, targets;
  // One bit per key (see Signature): disjoint signatures prove that no key is shared.
  std::array<std::uint64_t, kCategoryCount> item_sig{}, target_sig{};
};

std::vector<int> ActiveCategories(const Weights& w) {
  std::vector<int> cats;
  for (int c = 0; c < kCategoryCount; ++c) {
    if (w.match[c] != 0 || w.miss_src[c] != 0 || w.miss_tgt[c] != 0) cats.push_back(c);
  }
  return cats;
}

// Appends a sorted run, keeping `into` sorted (duplicates are removed by FinishBlock).
void Union(KeyVec& into, const KeyVec& from) {
  if (from.empty()) return;
  std::size_t mid = into.size();
  into.insert(into.end(), from.begin(), from.end());
  if (mid > 0 && into[mid] < into[mid - 1]) {
    std::inplace_merge(into.begin(), into.begin() + static_cast<std::ptrdiff_t>(mid), into.end());
  }
}

// Sorted unique (the runs are normally sorted already, so this is a linear pass).
void Unique(KeyVec& v) {
  if (!std::is_sorted(v.begin(), v.end())) std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

void FinishBlock(Block& b, const std::vector<int>& cats, const Weights& w, bool source) {
  b.miss = 0;
  for (int c : cats) {
    Unique(b.items[c]);
    Unique(b.targets[c]);
    b.item_sig[c] = Signature(b.items[c]);
    b.target_sig[c] = Signature(b.targets[c]);
    b.miss += (source ? w.miss_src[c] : w.miss_tgt[c]) * static_cast<double>(b.items[c].size());
  }
}

std::vector<Block> SentenceBlocks(const std::vector<SentenceFeatures>& side, int factor,
                                  const std::vector<int>& cats, const Weights& w, bool source) {
  std::vector<Block> out((side.size() + factor - 1) / factor);
  for (std::size_t i = 0; i < side.size(); ++i) {
    Block& b = out[i / factor];
    b.chars += side[i].chars;
    ++b.sentences;
    for (int c : cats) {
      Union(b.items[c], side[i].keys[c].items);
      Union(b.targets[c], side[i].keys[c].targets);
    }
  }
  for (Block& b : out) FinishBlock(b, cats, w, source);
  return out;
}

std::vector<Block> MergeBlocks(const std::vector<Block>& side, int factor,
                               const std::vector<int>& cats, const Weights& w, bool source) {
  std::vector<Block> out((side.size() + factor - 1) / factor);
  for (std::size_t i = 0; i < side.size(); ++i) {
    Block& b = out[i / factor];
    b.chars += side[i].chars;
    b.sentences += side[i].sentences;
    for (int c : cats) {
      Union(b.items[c], side[i].items[c]);
      Union(b.targets[c], side[i].targets[c]);
    }
  }
  for (Block& b : out) FinishBlock(b, cats, w, source);
  return out;
}

int Intersection(const KeyVec& a, const KeyVec& b) {
  int n = 0;
  std::size_t i = 0, j = 0;
  const std::size_t na = a.size(), nb = b.size();
  while (i < na && j < nb) {  // branch-free merge: the comparisons are unpredictable
    std::uint32_t x = a[i], y = b[j];
    n += x == y;
    i += x <= y;
    j += y <= x;
  }
  return n;
}

// Scores beads of blocks: the bead scorer's terms on merged blocks. Matched keys are counted
// per block pair and summed, so a bead's evidence is a sum of cached cell gains minus the
// blocks' miss penalties.
class CoarseScorer {
 public:
  CoarseScorer(const std::vector<Block>& src, const std::vector<Block>& tgt,
               const LengthModel& length, const Weights& w, const std::vector<int>& cats)
      : src_(src), tgt_(tgt), length_(length), w_(w), cats_(cats) {}

  void PrepareBand(const Band& band) {
    int n = static_cast<int>(src_.size()), m = static_cast<int>(tgt_.size());
    lo_.assign(n, 0);
    hi_.assign(n, -1);
    offset_.assign(n + 1, 0);
    for (int i = 0; i < n; ++i) {
      lo_[i] = std::max(0, std::min(band.lo[i], band.lo[i + 1]) - 3);
      hi_[i] = std::min(m - 1, std::max(band.hi[i], band.hi[i + 1]) + 3);
      offset_[i + 1] = offset_[i] + static_cast<std::size_t>(std::max(0, hi_[i] - lo_[i] + 1));
    }
    // Computed when first used: the DP reaches only part of the cached area.
    gain_.assign(offset_[n], std::numeric_limits<float>::quiet_NaN());
  }

  double Total(int s0, int ns, int t0, int nt) const {
    if (ns == 0 || nt == 0) {
      const auto& side = ns == 0 ? tgt_ : src_;
      int first = ns == 0 ? t0 : s0, count = ns == 0 ? nt : ns, sentences = 0, chars = 0;
      for (int k = 0; k < count; ++k) {
        sentences += side[first + k].sentences;
        chars += side[first + k].chars;
      }
      // As BeadScorer: the flat prior per sentence plus the per-character cost.
      return w_.prior_del * sentences - w_.del_per_char * chars;
    }
    double score = w_.Prior(ns, nt);
    int s_chars = 0, t_chars = 0;
    for (int a = 0; a < ns; ++a) {
      s_chars += src_[s0 + a].chars;
      score -= src_[s0 + a].miss;
    }
    for (int b = 0; b < nt; ++b) {
      t_chars += tgt_[t0 + b].chars;
      score -= tgt_[t0 + b].miss;
    }
    score += w_.length * length_.LogScore(std::max(1, s_chars), std::max(1, t_chars));
    for (int a = 0; a < ns; ++a) {
      for (int b = 0; b < nt; ++b) score += CachedGain(s0 + a, t0 + b);
    }
    return score;
  }

 private:
  // Matched keys of a block pair, each weighted by its reward plus the miss penalty it avoids.
  double Gain(int i, int j) const {
    double g = 0;
    for (int c : cats_) {
      const Block& a = src_[i];
      const Block& b = tgt_[j];
      int ms = (a.item_sig[c] & b.target_sig[c]) != 0 ? Intersection(a.items[c], b.targets[c]) : 0;
      int mt = (b.item_sig[c] & a.target_sig[c]) != 0 ? Intersection(b.items[c], a.targets[c]) : 0;
      g += (0.5 * w_.match[c] + w_.miss_src[c]) * ms + (0.5 * w_.match[c] + w_.miss_tgt[c]) * mt;
    }
    return g;
  }
  double CachedGain(int i, int j) const {
    if (i < static_cast<int>(lo_.size()) && j >= lo_[i] && j <= hi_[i]) {
      float& g = gain_[offset_[i] + (j - lo_[i])];
      if (std::isnan(g)) g = static_cast<float>(Gain(i, j));
      return g;
    }
    return Gain(i, j);
  }

  const std::vector<Block>& src_;
  const std::vector<Block>& tgt_;
  const LengthModel& length_;
  const Weights& w_;
  const std::vector<int>& cats_;
  std::vector<int> lo_, hi_;
  std::vector<std::size_t> offset_;
  mutable std::vector<float> gain_;  // NaN: not computed yet
};

// Band DP around `guide` (scaled), widening the margin while the path touches the band's edge.
template <typename Prepare, typename Score, typename Bound>
std::vector<Step> Refine(int n, int m, const std::vector<Step>& guide, int scale, int margin,
                         int max_widenings, Prepare prepare, Score score, Bound bound,
                         Shapes shapes, int* used_margin, std::size_t* used_cells) {
  for (int attempt = 0;; ++attempt) {
    Band band = BandAroundPath(guide, scale, n, m, margin);
    prepare(band);
    DpResult r = BandDp(n, m, band, score, bound, shapes);
    if (r.reachable && (!r.touched_edge || attempt >= max_widenings)) {
      if (used_margin != nullptr) *used_margin = margin;
      if (used_cells != nullptr) *used_cells = BandCells(band);
      return r.path;
    }
    if (!r.reachable && attempt >= max_widenings) {
      // Cannot happen (the band always joins (0, 0) to (n, m)); never return a broken path.
      Band full = FullBand(n, m);
      prepare(full);
      return BandDp(n, m, full, score, bound, shapes).path;
    }
    margin *= 2;
  }
}

}  // namespace

Band BandAroundPath(const std::vector<Step>& guide, int scale, int n, int m, int margin) {
  constexpr int kNone = std::numeric_limits<int>::max();
  std::vector<int> raw_lo(n + 1, kNone), raw_hi(n + 1, -1);
  for (const Step& s : guide) {
    int r0 = std::min(n, s.s0 * scale), r1 = std::min(n, (s.s0 + s.ns) * scale);
    int c0 = std::min(m, s.t0 * scale), c1 = std::min(m, (s.t0 + s.nt) * scale);
    for (int r = r0; r <= r1; ++r) {
      raw_lo[r] = std::min(raw_lo[r], c0);
      raw_hi[r] = std::max(raw_hi[r], c1);
    }
  }
  // Rows the guide did not reach (it should reach all) take their neighbours' columns.
  for (int i = 1; i <= n; ++i) {
    if (raw_hi[i] < 0) raw_lo[i] = raw_hi[i] = raw_hi[i - 1] < 0 ? 0 : raw_hi[i - 1];
  }
  if (raw_hi[0] < 0) raw_lo[0] = raw_hi[0] = 0;
  Band band;
  band.lo.assign(n + 1, 0);
  band.hi.assign(n + 1, m);
  for (int i = 0; i <= n; ++i) {
    int lo = kNone, hi = -1;
    for (int r = std::max(0, i - margin); r <= std::min(n, i + margin); ++r) {
      lo = std::min(lo, raw_lo[r]);
      hi = std::max(hi, raw_hi[r]);
    }
    band.lo[i] = std::clamp(lo - margin, 0, m);
    band.hi[i] = std::clamp(hi + margin, 0, m);
  }
  for (int i = n - 1; i >= 0; --i) band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
  for (int i = 1; i <= n; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
  band.lo[0] = 0;
  band.hi[n] = m;
  return band;
}

std::vector<Step> Search(const std::vector<SentenceFeatures>& src,
                         const std::vector<SentenceFeatures>& tgt, BeadScorer& scorer,
                         const SearchOptions& options, SearchStats* stats) {
  const int n = static_cast<int>(src.size()), m = static_cast<int>(tgt.size());
  auto fine_score = [&](int s0, int ns, int t0, int nt) { return scorer.Total(s0, ns, t0, nt); };
  auto fine_bound = [&](int s0, int ns, int t0, int nt, float from, float best) {
    return scorer.Bound(s0, ns, t0, nt, from, best);
  };
  auto fine_prepare = [&](const Band& band) { scorer.PrepareBand(band.lo, band.hi); };
  SearchStats local;
  SearchStats& st = stats != nullptr ? *stats : local;
  st = SearchStats{};
  if (Cells(n, m) <= options.full_dp_cells) {
    Band band = FullBand(n, m);
    fine_prepare(band);
    st.cells = BandCells(band);
    st.margin = std::max(n, m);
    return BandDp(n, m, band, fine_score, fine_bound, scorer.weights().shapes).path;
  }
  const Weights& w = scorer.weights();
  const std::vector<int> cats = ActiveCategories(w);
  const int f = std::max(2, options.factor);
  // Levels 1, 2, ...: blocks of f, f^2, ... sentences, until the top fits a full DP.
  std::vector<std::vector<Block>> src_levels, tgt_levels;
  src_levels.push_back(SentenceBlocks(src, f, cats, w, true));
  tgt_levels.push_back(SentenceBlocks(tgt, f, cats, w, false));
  while (Cells(src_levels.back().size(), tgt_levels.back().size()) > options.coarse_full_cells &&
         std::max(src_levels.back().size(), tgt_levels.back().size()) > 1) {
    src_levels.push_back(MergeBlocks(src_levels.back(), f, cats, w, true));
    tgt_levels.push_back(MergeBlocks(tgt_levels.back(), f, cats, w, false));
  }
  st.levels = static_cast<int>(src_levels.size());
  std::vector<Step> guide;
  for (int level = st.levels - 1; level >= 0; --level) {
    const auto& s = src_levels[level];
    const auto& t = tgt_levels[level];
    int ln = static_cast<int>(s.size()), lm = static_cast<int>(t.size());
    CoarseScorer coarse(s, t, scorer.length_model(), w, cats);
    auto score = [&](int s0, int ns, int t0, int nt) { return coarse.Total(s0, ns, t0, nt); };
    auto prepare = [&](const Band& band) { coarse.PrepareBand(band); };
    if (level == st.levels - 1) {
      Band band = FullBand(ln, lm);
      prepare(band);
      guide = BandDp(ln, lm, band, score).path;
    } else {
      guide = Refine(ln, lm, guide, f, options.margin, options.max_widenings, prepare, score,
                     NoBound{}, kStandardShapes, nullptr, nullptr);
    }
    if (level + 1 < st.levels) {  // the finer levels no longer need the coarser one
      std::vector<Block>().swap(src_levels[level + 1]);
      std::vector<Block>().swap(tgt_levels[level + 1]);
    }
  }
  src_levels.clear();
  tgt_levels.clear();
  return Refine(n, m, guide, f, options.margin, options.max_widenings, fine_prepare, fine_score,
                fine_bound, w.shapes, &st.margin, &st.cells);
}

std::vector<Step> SearchAround(const std::vector<Step>& guide, int n, int m, BeadScorer& scorer,
                               int margin, int max_widenings, SearchStats* stats) {
  auto score = [&](int s0, int ns, int t0, int nt) { return scorer.Total(s0, ns, t0, nt); };
  auto bound = [&](int s0, int ns, int t0, int nt, float from, float best) {
    return scorer.Bound(s0, ns, t0, nt, from, best);
  };
  auto prepare = [&](const Band& band) { scorer.PrepareBand(band.lo, band.hi); };
  SearchStats local;
  SearchStats& st = stats != nullptr ? *stats : local;
  st = SearchStats{};
  return Refine(n, m, guide, 1, margin, max_widenings, prepare, score, bound,
                scorer.weights().shapes, &st.margin, &st.cells);
}

}  // namespace kobi::align::internal
