// Sentence alignment: features, anchors, banded DP, second pass; see aligner.h.
#include "kobi/align/aligner.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <utility>

#include "kobi/align/internal/band_dp.h"
#include "kobi/align/internal/bead_scorer.h"
#include "kobi/align/internal/calibration.h"
#include "kobi/align/internal/features.h"
#include "kobi/align/internal/lexicon_learner.h"
#include "kobi/align/length_model.h"
#include "kobi/tokenize/page_segmenter.h"
#include "kobi/tokenize/sentence_splitter.h"

namespace kobi::align {
namespace {

using internal::Band;
using internal::BeadScorer;
using internal::SentenceFeatures;
using internal::Step;

constexpr std::size_t kFullDpCells = 200'000;  // below this, no band at all
constexpr std::size_t kMaxBandCells = 60'000'000;

bool IsKoreanPair(const AlignOptions& o) { return o.source == Lang::kEn && o.target == Lang::kKo; }

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
    auto pos = std::lower_bound(tails.begin(), tails.end(), x, [&](int t, int v) {
      return cand[t].second < cand[v].second;
    });
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

Band MakeBand(int n, int m, const std::vector<std::pair<int, int>>& anchors, int width) {
  Band band;
  band.lo.assign(n + 1, 0);
  band.hi.assign(n + 1, m);
  if (static_cast<std::size_t>(n + 1) * static_cast<std::size_t>(m + 1) <= kFullDpCells ||
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

std::vector<Step> RunDp(const std::vector<SentenceFeatures>& src,
                        const std::vector<SentenceFeatures>& tgt, BeadScorer& scorer,
                        const std::vector<std::pair<int, int>>& anchors, int requested_band,
                        int initial_band, int& used_band) {
  int n = static_cast<int>(src.size()), m = static_cast<int>(tgt.size());
  int width = requested_band > 0 ? requested_band : initial_band;
  while (true) {
    Band band = MakeBand(n, m, anchors, width);
    scorer.PrepareBand(band.lo, band.hi);
    auto result = internal::BandDp(n, m, band, [&](int s0, int ns, int t0, int nt) {
      return scorer.Total(s0, ns, t0, nt);
    });
    bool full = band.hi[0] == m && band.lo[n] == 0;
    std::size_t cells = static_cast<std::size_t>(n + 1) * static_cast<std::size_t>(2 * width + 1);
    bool can_grow = requested_band == 0 && !full && cells * 2 <= kMaxBandCells;
    if (std::getenv("KOBI_ALIGN_DEBUG") != nullptr) {
      std::fprintf(stderr, "align: band %d touched=%d reachable=%d anchors=%zu\n", width,
                   result.touched_edge, result.reachable, anchors.size());
    }
    if ((result.reachable && !result.touched_edge) || !can_grow) {
      used_band = full ? std::max(n, m) : width;
      if (!result.reachable) {
        // Cannot happen with a connected band; fall back to the full matrix width.
        width = std::max(n, m);
        continue;
      }
      return result.path;
    }
    width *= 2;
  }
}

double Clamp01(double x) { return std::clamp(x, 0.0, 1.0); }

}  // namespace

Alignment AlignSentences(const std::vector<std::string>& en, const std::vector<std::string>& ko,
                         const AlignOptions& options) {
  Alignment out;
  const int n = static_cast<int>(en.size()), m = static_cast<int>(ko.size());
  if (n == 0 || m == 0) {
    if (n == 0 && m == 0) {
      out.warnings.push_back("both sides are empty: nothing to align");
    } else {
      out.warnings.push_back(std::string(n == 0 ? "the English" : "the Korean") +
                             " side is empty: every sentence of the other side is unaligned");
    }
    for (int i = 0; i < n; ++i) out.beads.push_back({{i}, {}, 1.0});
    for (int j = 0; j < m; ++j) out.beads.push_back({{}, {j}, 1.0});
    return out;
  }
  if (n > 5 * m || m > 5 * n) {
    out.warnings.push_back("sides differ a lot in size (" + std::to_string(n) + " vs " +
                           std::to_string(m) + " segments): expect many unaligned sentences");
  }
  for (int side = 0; side < 2; ++side) {
    const auto& v = side == 0 ? en : ko;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (v[i].size() > 20000) {
        out.warnings.push_back(std::string(side == 0 ? "English" : "Korean") + " segment " +
                               std::to_string(i + 1) + " is " + std::to_string(v[i].size()) +
                               " bytes long: not split into sentences (use raw mode?)");
      }
    }
  }

  const bool korean = IsKoreanPair(options);
  internal::SideInfo src_side{korean ? Lang::kEn : Lang::kOther, true,
                              korean ? options.glossary : nullptr, options.dictionary};
  internal::SideInfo tgt_side{korean ? Lang::kKo : Lang::kOther, false,
                              korean ? options.glossary : nullptr, options.dictionary};
  std::vector<SentenceFeatures> src(n), tgt(m);
  for (int i = 0; i < n; ++i) src[i] = internal::ExtractFeatures(en[i], src_side);
  for (int j = 0; j < m; ++j) tgt[j] = internal::ExtractFeatures(ko[j], tgt_side);

  LengthModel prior = LengthModel::ForLanguages(options.source, options.target);
  LengthModel length = prior;
  {
    double se = 0, sk = 0;
    for (const auto& f : src) se += f.chars;
    for (const auto& f : tgt) sk += f.chars;
    if (se > 0 && sk > 0) {
      double doc = std::log(sk / se);
      length.set_mean(std::clamp(0.5 * prior.mean() + 0.5 * doc, prior.mean() - 0.4,
                                 prior.mean() + 0.4));
    }
  }
  internal::Weights weights = internal::Weights::ForPair(korean);
  auto anchors = FindAnchors(src, tgt);

  // Pass 1.
  BeadScorer scorer1(src, tgt, length, weights);
  int used_band = 0;
  std::vector<Step> path = RunDp(src, tgt, scorer1, anchors, options.band, 32, used_band);

  // Pass 2: the document's own length ratio and lexicon.
  std::vector<std::pair<int, int>> confident_lengths;
  std::vector<std::pair<int, int>> confident_pairs;
  for (const Step& s : path) {
    if (s.ns != 1 || s.nt != 1) continue;
    internal::BeadParts parts = scorer1.Score(s.s0, 1, s.t0, 1);
    if (parts.evidence + parts.length >= -0.5) {
      confident_lengths.emplace_back(src[s.s0].chars, tgt[s.t0].chars);
      confident_pairs.emplace_back(s.s0, s.t0);
    }
  }
  LengthModel length2 = length;
  length2.Reestimate(confident_lengths, prior.mean(), 3.0);
  bool learned = false;
  if (options.learn_lexicon) {
    learned = internal::LearnLexicon(confident_pairs, src, tgt) > 0;
  }
  if (learned || std::fabs(length2.mean() - length.mean()) > 0.02) {
    BeadScorer scorer2(src, tgt, length2, weights);
    // The first path is a good centre: a narrower band suffices (it still grows if touched).
    std::vector<std::pair<int, int>> centre;
    centre.reserve(path.size());
    for (const Step& s : path) centre.emplace_back(s.s0 + s.ns, s.t0 + s.nt);
    path = RunDp(src, tgt, scorer2, centre, options.band, 12, used_band);
    length = length2;
  }
  out.band = used_band;

  // Calibrated scores.
  BeadScorer final_scorer(src, tgt, length, weights);  // uncached: scores only the path
  for (const Step& s : path) {
    Bead b;
    for (int k = 0; k < s.ns; ++k) b.en.push_back(s.s0 + k);
    for (int k = 0; k < s.nt; ++k) b.ko.push_back(s.t0 + k);
    internal::BeadParts parts = final_scorer.Score(s.s0, s.ns, s.t0, s.nt);
    if (s.ns == 0 || s.nt == 0) {
      b.score = internal::DeletionProbability(parts.length);
    } else {
      b.score = internal::BeadProbability(parts.length, parts.evidence, parts.prior);
    }
    b.score = Clamp01(b.score);
    out.beads.push_back(std::move(b));
  }
  return out;
}

PageAlignment AlignPages(std::string_view en_page, std::string_view ko_page,
                         const AlignOptions& options) {
  PageAlignment out;
  bool korean = IsKoreanPair(options);
  auto segment = [&](std::string_view page, Lang lang, std::vector<std::string>& sentences) {
    if (korean && options.segment_pages) {
      tokenize::SegmentOptions so;
      so.page_lang = lang;
      for (const auto& seg : tokenize::SegmentPage(page, so)) {
        if (seg.zone == tokenize::Zone::kBody || seg.zone == tokenize::Zone::kHeadline) {
          sentences.push_back(seg.text);
        }
      }
      return;
    }
    // One paragraph a line, split into sentences (Latin rules for other languages).
    Lang split_lang = lang == Lang::kKo ? Lang::kKo : Lang::kEn;
    std::size_t pos = 0;
    while (pos < page.size()) {
      std::size_t nl = page.find('\n', pos);
      if (nl == std::string_view::npos) nl = page.size();
      std::string_view line = page.substr(pos, nl - pos);
      pos = nl + 1;
      for (const Span& s : tokenize::SplitSentences(line, split_lang)) {
        sentences.emplace_back(s.In(line));
      }
    }
  };
  segment(en_page, korean ? Lang::kEn : options.source, out.en);
  segment(ko_page, korean ? Lang::kKo : options.target, out.ko);
  out.alignment = AlignSentences(out.en, out.ko, options);
  return out;
}

BeadEvidence ExplainBead(std::string_view en, std::string_view ko, const AlignOptions& options) {
  bool korean = IsKoreanPair(options);
  internal::SideInfo a{korean ? Lang::kEn : Lang::kOther, true, korean ? options.glossary : nullptr,
                       options.dictionary};
  internal::SideInfo b{korean ? Lang::kKo : Lang::kOther, false,
                       korean ? options.glossary : nullptr, options.dictionary};
  internal::Evidence ev = internal::ExplainPair(en, ko, a, b);
  return {std::move(ev.numbers), std::move(ev.latin), std::move(ev.names), std::move(ev.glossary)};
}

}  // namespace kobi::align
