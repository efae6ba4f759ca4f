// Sentence alignment: features, anchors, banded DP, second pass; see aligner.h.
#include "kobi/align/aligner.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "kobi/align/internal/anchors.h"
#include "kobi/align/internal/band_dp.h"
#include "kobi/align/internal/bead_scorer.h"
#include "kobi/align/internal/calibration.h"
#include "kobi/align/internal/features.h"
#include "kobi/align/internal/lexicon_learner.h"
#include "kobi/align/internal/search.h"
#include "kobi/align/length_model.h"
#include "kobi/core/error.h"
#include "kobi/glossary/matcher.h"
#include "kobi/tokenize/page_segmenter.h"
#include "kobi/tokenize/sentence_splitter.h"

namespace kobi::align {
namespace {

using internal::Band;
using internal::BeadScorer;
using internal::SentenceFeatures;
using internal::Step;

bool IsKoreanPair(const AlignOptions& o) { return o.source == Lang::kEn && o.target == Lang::kKo; }

constexpr int kSecondPassMargin = 4;  // band around the first path (widened if touched)

// KOBI_ALIGN_DEBUG, read once per process (not on every call).
bool Debug() {
  static const bool on = std::getenv("KOBI_ALIGN_DEBUG") != nullptr;
  return on;
}

// `--band N`: a fixed band of half-width N around the anchor path (no search levels).
std::vector<Step> FixedBandDp(const std::vector<SentenceFeatures>& src,
                              const std::vector<SentenceFeatures>& tgt, BeadScorer& scorer,
                              const std::vector<std::pair<int, int>>& anchors, int width) {
  int n = static_cast<int>(src.size()), m = static_cast<int>(tgt.size());
  Band band = internal::MakeBand(n, m, anchors, width);
  scorer.PrepareBand(band.lo, band.hi);
  auto result = internal::BandDp(
      n, m, band, [&](int s0, int ns, int t0, int nt) { return scorer.Total(s0, ns, t0, nt); },
      [&](int s0, int ns, int t0, int nt, float from, float best) {
        return scorer.Bound(s0, ns, t0, nt, from, best);
      },
      scorer.weights().shapes);
  if (Debug()) {
    std::fprintf(stderr, "align: fixed band %d touched=%d anchors=%zu\n", width,
                 result.touched_edge, anchors.size());
  }
  if (!result.reachable) return internal::Search(src, tgt, scorer, {});  // cannot happen
  return result.path;
}

void DebugSearch(const char* pass, const internal::SearchStats& st) {
  if (Debug()) {
    std::fprintf(stderr, "align: %s levels=%d margin=%d cells=%zu\n", pass, st.levels, st.margin,
                 st.cells);
  }
}

double Clamp01(double x) { return std::clamp(x, 0.0, 1.0); }

}  // namespace

void SetLanguagePair(std::string_view pair, AlignOptions& options) {
  const std::string quoted = "'" + std::string(pair) + "'";
  std::size_t comma = pair.find(',');
  if (comma == std::string_view::npos || pair.find(',', comma + 1) != std::string_view::npos) {
    throw UsageError("language pair " + quoted + ": expected SRC,TGT, e.g. en,ko or de,fr");
  }
  // The primary subtag of a BCP 47 tag, lowercased ("en-US" -> "en").
  auto primary = [&](std::string_view tag) {
    std::string out(tag.substr(0, tag.find_first_of("-_")));
    bool letters = out.size() >= 2 && out.size() <= 3;
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      letters = letters && c >= 'a' && c <= 'z';
    }
    if (!letters) {
      throw UsageError("language pair " + quoted + ": '" + std::string(tag) +
                       "' is not a language code (en, ko, de-AT, ...)");
    }
    return out;
  };
  std::string src = primary(pair.substr(0, comma)), tgt = primary(pair.substr(comma + 1));
  if (src == tgt) throw UsageError("language pair " + quoted + ": the two languages are the same");
  if (src == "ko" && tgt == "en") {
    throw UsageError("language pair " + quoted +
                     ": kobi aligns English (first) with Korean (second); pass the English "
                     "document first with en,ko");
  }
  bool korean = src == "en" && tgt == "ko";
  options.source = korean ? Lang::kEn : Lang::kOther;
  options.target = korean ? Lang::kKo : Lang::kOther;
}

const glossary::Matcher* SelectedGlossary(const AlignOptions& options) {
  if (!IsKoreanPair(options) || !options.use_glossary) return nullptr;
  return options.glossary != nullptr ? options.glossary : &glossary::Matcher::Default();
}

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
                               " bytes long: no sentence end in it (with --presplit: is the "
                               "input one segment a line?)");
      }
    }
  }

  const bool korean = IsKoreanPair(options);
  const glossary::Matcher* gloss = SelectedGlossary(options);
  internal::SideInfo src_side{korean ? Lang::kEn : Lang::kOther, true, gloss, options.dictionary};
  internal::SideInfo tgt_side{korean ? Lang::kKo : Lang::kOther, false, gloss, options.dictionary};
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
      length.set_mean(
          std::clamp(0.5 * prior.mean() + 0.5 * doc, prior.mean() - 0.4, prior.mean() + 0.4));
    }
  }
  internal::Weights weights = internal::Weights::ForPair(korean);
  const bool fixed_band = options.band > 0;
  std::vector<std::pair<int, int>> anchors;
  if (fixed_band) anchors = internal::FindAnchors(src, tgt);

  // Pass 1; then the confident 1-1 beads give the document's own length ratio and lexicon.
  int used_band = options.band;
  internal::SearchStats stats;
  std::vector<Step> path;
  std::vector<std::pair<int, int>> confident_lengths;
  std::vector<std::pair<int, int>> confident_pairs;
  // The scorer of the last pass also gives the final scores (its features and length model are
  // those of the path); a new one replaces it when pass 2 runs.
  std::optional<BeadScorer> scorer;
  scorer.emplace(src, tgt, length, weights);
  if (fixed_band) {
    path = FixedBandDp(src, tgt, *scorer, anchors, options.band);
  } else {
    path = internal::Search(src, tgt, *scorer, {}, &stats);
    DebugSearch("pass 1", stats);
    used_band = stats.margin;
  }
  for (const Step& s : path) {
    if (s.ns != 1 || s.nt != 1) continue;
    internal::BeadParts parts = scorer->Score(s.s0, 1, s.t0, 1);
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
    // Replaces pass 1's scorer (emplace destroys it first), which no longer matches the features
    // (the learned lexicon) or the length model.
    scorer.emplace(src, tgt, length2, weights);
    BeadScorer& scorer2 = *scorer;
    if (fixed_band) {
      std::vector<std::pair<int, int>> centre;
      centre.reserve(path.size());
      for (const Step& s : path) centre.emplace_back(s.s0 + s.ns, s.t0 + s.nt);
      path = FixedBandDp(src, tgt, scorer2, centre, options.band);
    } else if (internal::SearchOptions{}.full_dp_cells >=
               static_cast<std::size_t>(n + 1) * static_cast<std::size_t>(m + 1)) {
      path = internal::Search(src, tgt, scorer2, {}, &stats);  // the full matrix
      DebugSearch("pass 2", stats);
    } else {
      // The first path is a good centre: a narrow band around it suffices.
      path = internal::SearchAround(path, n, m, scorer2, kSecondPassMargin, 2, &stats);
      DebugSearch("pass 2", stats);
      used_band = stats.margin;
    }
    length = length2;
  }
  out.band = used_band;

  // Calibrated scores.
  const BeadScorer& final_scorer = *scorer;
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
  auto segment = [&](std::string_view page, Lang lang, std::vector<std::string>& sentences,
                     std::vector<CutSegment>& cut) {
    if (korean && options.segment_pages) {
      tokenize::SegmentOptions so;
      so.page_lang = lang;
      for (auto& seg : tokenize::SegmentPage(page, so)) {
        if (seg.zone == tokenize::Zone::kBody || seg.zone == tokenize::Zone::kHeadline) {
          sentences.push_back(std::move(seg.text));
        } else {
          cut.push_back({std::string(tokenize::ZoneName(seg.zone)), std::move(seg.text),
                         static_cast<int>(sentences.size())});
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
  segment(en_page, korean ? Lang::kEn : options.source, out.en, out.en_cut);
  segment(ko_page, korean ? Lang::kKo : options.target, out.ko, out.ko_cut);
  out.alignment = AlignSentences(out.en, out.ko, options);
  return out;
}

BeadEvidence ExplainBead(std::string_view en, std::string_view ko, const AlignOptions& options) {
  bool korean = IsKoreanPair(options);
  const glossary::Matcher* gloss = SelectedGlossary(options);
  internal::SideInfo a{korean ? Lang::kEn : Lang::kOther, true, gloss, options.dictionary};
  internal::SideInfo b{korean ? Lang::kKo : Lang::kOther, false, gloss, options.dictionary};
  internal::Evidence ev = internal::ExplainPair(en, ko, a, b);
  return {std::move(ev.numbers), std::move(ev.latin), std::move(ev.names), std::move(ev.glossary),
          std::move(ev.dictionary)};
}

}  // namespace kobi::align
