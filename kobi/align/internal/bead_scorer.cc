// Bead scoring; see bead_scorer.h.
#include "kobi/align/internal/bead_scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace kobi::align::internal {
namespace {

// Bit k set when a[k] is in b (k capped at 31); both sorted unique.
std::uint32_t MatchMask(const KeyVec& a, const KeyVec& b) {
  if (a.empty() || b.empty()) return 0;
  std::uint32_t mask = 0;
  std::size_t i = 0, j = 0;
  const std::size_t na = a.size(), nb = b.size();
  while (i < na && j < nb) {  // branch-free merge: the comparisons are unpredictable
    std::uint32_t x = a[i], y = b[j];
    mask |= static_cast<std::uint32_t>(x == y) << std::min<std::size_t>(i, 31);
    i += x <= y;
    j += y <= x;
  }
  return mask;
}

// Portable popcount (no -mpopcnt in the baseline ISA); masks have few bits set, so clearing
// the lowest one at a time is fastest.
inline int Pop(std::uint32_t x) {
  int n = 0;
  for (; x != 0; x &= x - 1) ++n;
  return n;
}

std::uint32_t AllBits(std::size_t n) { return n >= 32 ? 0xFFFFFFFFu : ((1u << n) - 1u); }

}  // namespace

Weights Weights::ForPair(bool korean) {
  Weights w;
  if (korean) {
    // Lexical evidence is plentiful for EN–KO news: the length term weighs less (tuned on the
    // align-dev sets: 0.4–0.7 all within 0.01 F1; 1.0 costs 0.03).
    w.length = 0.5;
    w.match[kNumber] = 2.0;
    w.miss_src[kNumber] = 1.0;
    w.miss_tgt[kNumber] = 1.0;
    w.match[kLatin] = 1.5;
    w.miss_src[kLatin] = 0.3;
    w.miss_tgt[kLatin] = 1.0;
    w.match[kName] = 1.2;
    w.miss_src[kName] = 0.1;
    w.miss_tgt[kName] = 0.0;
    w.match[kPunct] = 0.5;
    w.miss_src[kPunct] = 0.4;
    w.miss_tgt[kPunct] = 0.4;
    w.match[kGlossary] = 2.0;
    w.miss_src[kGlossary] = 0.5;
    w.miss_tgt[kGlossary] = 0.5;
    w.match[kLexicon] = 0.8;
  } else {
    w.match[kNumber] = 2.0;
    w.miss_src[kNumber] = 1.0;
    w.miss_tgt[kNumber] = 1.0;
    w.match[kLatin] = 1.0;
    w.miss_src[kLatin] = 0.1;
    w.miss_tgt[kLatin] = 0.1;
    w.match[kPunct] = 0.5;
    w.miss_src[kPunct] = 0.4;
    w.miss_tgt[kPunct] = 0.4;
    w.match[kCognate] = 0.5;
    w.match[kLexicon] = 0.8;
    // Without lexical evidence between the languages, translations of literary text merge and
    // split sentences more freely: wider beads, and a deletion costs as much as the length
    // model's term for a sentence against nothing (Gale and Church: l / (2 * 6.8) for l
    // characters) on top of the flat prior (tuned on the Text+Berg de-fr dev set, see
    // docs/align.md).
    w.shapes = kWideShapes;
    w.del_per_char = 1.0 / (2.0 * 6.8);
  }
  return w;
}

std::vector<int> BeadScorer::ActiveSlots(const Weights& w) {
  std::vector<int> slots;
  for (int c = 0; c < kCategoryCount; ++c) {
    if ((w.match[c] != 0 || w.miss_src[c] != 0 || w.miss_tgt[c] != 0) &&
        static_cast<int>(slots.size()) < kSlots) {
      slots.push_back(c);
    }
  }
  return slots;
}

std::vector<BeadScorer::Dup> BeadScorer::Duplicates(const std::vector<SentenceFeatures>& side,
                                                    bool source) const {
  const auto& miss = source ? w_.miss_src : w_.miss_tgt;
  std::vector<Dup> out(side.size());
  for (std::size_t i = 0; i < side.size(); ++i) {
    for (std::size_t s = 0; s < slots_.size(); ++s) {
      int c = slots_[s];
      Dup& d = out[i];
      d.all[s] = AllBits(side[i].keys[c].items.size());
      if (i >= 1) d.prev1[s] = MatchMask(side[i].keys[c].items, side[i - 1].keys[c].items);
      if (i >= 2) d.prev2[s] = MatchMask(side[i].keys[c].items, side[i - 2].keys[c].items);
      d.count[0][s] = static_cast<std::uint8_t>(Pop(d.all[s]));
      d.count[1][s] = static_cast<std::uint8_t>(Pop(d.all[s] & ~d.prev1[s]));
      d.count[2][s] = static_cast<std::uint8_t>(Pop(d.all[s] & ~d.prev1[s] & ~d.prev2[s]));
      if (d.all[s] != 0) d.slots |= 1u << s;
      d.item_sig[s] = Signature(side[i].keys[c].items);
      d.target_sig[s] = Signature(side[i].keys[c].targets);
      for (int p = 0; p < 3; ++p) d.miss[p] += miss[c] * d.count[p][s];
      d.gain += 0.5 * w_.match[c] * d.count[0][s];
      d.target_gain += 0.5 * w_.match[c] * static_cast<double>(side[i].keys[c].targets.size());
    }
  }
  return out;
}

std::vector<BeadScorer::LiteSentence> BeadScorer::Lite(const std::vector<SentenceFeatures>& side,
                                                       const std::vector<Dup>& dup) {
  std::vector<LiteSentence> out(side.size());
  for (std::size_t i = 0; i < side.size(); ++i) {
    out[i] = {side[i].chars, side[i].segments, dup[i].gain, dup[i].target_gain};
  }
  return out;
}

BeadScorer::PairCounts BeadScorer::Counts(int i, int j) const {
  PairCounts c;
  const SentenceFeatures& a = src_[i];
  const SentenceFeatures& b = tgt_[j];
  const Dup& da = src_dup_[i];
  const Dup& db = tgt_dup_[j];
  for (std::size_t s = 0; s < slots_.size(); ++s) {
    int k = slots_[s];
    if ((da.item_sig[s] & db.target_sig[s]) != 0) {
      c.src[s] = MatchMask(a.keys[k].items, b.keys[k].targets);
    }
    if ((db.item_sig[s] & da.target_sig[s]) != 0) {
      c.tgt[s] = MatchMask(b.keys[k].items, a.keys[k].targets);
    }
    if ((c.src[s] | c.tgt[s]) != 0) c.hit_slots |= 1u << s;
  }
  const PairCounts* cells[kMaxBeadSide][kMaxBeadSide] = {{&c}};
  c.evidence11 = CategoryEvidence(i, 1, j, 1, cells);
  return c;
}

void BeadScorer::PrepareBand(const std::vector<int>& lo, const std::vector<int>& hi) {
  int n = static_cast<int>(src_.size()), m = static_cast<int>(tgt_.size());
  cache_lo_.assign(n, 0);
  cache_hi_.assign(n, -1);
  int side = 0;
  for (const Shape& s : w_.shapes) side = std::max({side, s.ns, s.nt});
  for (int i = 0; i < n; ++i) {
    // Row i of the DP band bounds beads that end in rows i+1..i+side as well.
    int l = std::min(lo[i], lo[std::min(n, i + 1)]);
    int h = std::max(hi[i], hi[std::min(n, i + 1)]);
    cache_lo_[i] = std::max(0, l - (side + 1));
    cache_hi_[i] = std::min(m - 1, h + (side + 1));
  }
  ring_row_.fill(-1);
}

const BeadScorer::PairCounts& BeadScorer::CachedCounts(int i, int j, PairCounts& scratch) const {
  if (i < static_cast<int>(cache_lo_.size()) && j >= cache_lo_[i] && j <= cache_hi_[i]) {
    int slot = i % kRing;
    std::vector<PairCounts>& row = ring_[slot];
    if (ring_row_[slot] != i) {  // a new row: its cells are computed when first used
      row.resize(static_cast<std::size_t>(cache_hi_[i] - cache_lo_[i] + 1));
      for (PairCounts& c : row) c.ready = false;
      ring_row_[slot] = i;
    }
    PairCounts& cell = row[j - cache_lo_[i]];
    if (!cell.ready) {
      cell = Counts(i, j);
      cell.ready = true;
    }
    return cell;
  }
  scratch = Counts(i, j);
  return scratch;
}

// Matched items per category, capped per sentence by its item count.
double BeadScorer::CategoryEvidence(
    int s0, int ns, int t0, int nt,
    const PairCounts* const cells[kMaxBeadSide][kMaxBeadSide]) const {
  std::uint32_t hits = 0;
  for (int a = 0; a < ns; ++a) {
    for (int b = 0; b < nt; ++b) hits |= cells[a][b]->hit_slots;
  }
  double evidence = 0;
  if (hits == 0) {  // the commonest case in a band: nothing matched, only items count
    for (int a = 0; a < ns; ++a) evidence -= src_dup_[s0 + a].miss[std::min(a, 2)];
    for (int b = 0; b < nt; ++b) evidence -= tgt_dup_[t0 + b].miss[std::min(b, 2)];
    return evidence;
  }
  std::uint32_t present = 0;
  for (int a = 0; a < ns; ++a) present |= src_dup_[s0 + a].slots;
  for (int b = 0; b < nt; ++b) present |= tgt_dup_[t0 + b].slots;
  for (std::size_t slot = 0; slot < slots_.size(); ++slot) {
    if ((present >> slot & 1u) == 0) continue;
    int c = slots_[slot];
    int items_s = 0, items_t = 0, ms = 0, mt = 0;
    if ((hits >> slot & 1u) == 0) {  // nothing matched: only the items count
      for (int a = 0; a < ns; ++a) items_s += src_dup_[s0 + a].count[std::min(a, 2)][slot];
      for (int b = 0; b < nt; ++b) items_t += tgt_dup_[t0 + b].count[std::min(b, 2)][slot];
      evidence += w_.match[c] * 0.5 * (ms + mt) - w_.miss_src[c] * (items_s - ms) -
                  w_.miss_tgt[c] * (items_t - mt);
      continue;
    }
    for (int a = 0; a < ns; ++a) {
      const Dup& d = src_dup_[s0 + a];
      std::uint32_t keep = d.all[slot];
      if (a >= 1) keep &= ~d.prev1[slot];
      if (a >= 2) keep &= ~d.prev2[slot];
      std::uint32_t hit = 0;
      for (int b = 0; b < nt; ++b) hit |= cells[a][b]->src[slot];
      items_s += Pop(keep);
      ms += Pop(hit & keep);
    }
    for (int b = 0; b < nt; ++b) {
      const Dup& d = tgt_dup_[t0 + b];
      std::uint32_t keep = d.all[slot];
      if (b >= 1) keep &= ~d.prev1[slot];
      if (b >= 2) keep &= ~d.prev2[slot];
      std::uint32_t hit = 0;
      for (int a = 0; a < ns; ++a) hit |= cells[a][b]->tgt[slot];
      items_t += Pop(keep);
      mt += Pop(hit & keep);
    }
    evidence += w_.match[c] * 0.5 * (ms + mt) - w_.miss_src[c] * (items_s - ms) -
                w_.miss_tgt[c] * (items_t - mt);
  }
  return evidence;
}

BeadParts BeadScorer::Score(int s0, int ns, int t0, int nt) const {
  BeadParts p;
  p.prior = w_.Prior(ns, nt);
  if (ns == 0 || nt == 0) {
    const auto& side = ns == 0 ? tgt_lite_ : src_lite_;
    int first = ns == 0 ? t0 : s0;
    int n = ns == 0 ? nt : ns;
    int chars = 0;
    for (int k = 0; k < n; ++k) chars += side[first + k].chars;
    p.length = -w_.del_per_char * chars;
    return p;
  }
  int s_chars = 0, t_chars = 0, s_segs = 0, t_segs = 0;
  for (int k = 0; k < ns; ++k) {
    s_chars += src_lite_[s0 + k].chars;
    s_segs += src_lite_[s0 + k].segments;
  }
  for (int k = 0; k < nt; ++k) {
    t_chars += tgt_lite_[t0 + k].chars;
    t_segs += tgt_lite_[t0 + k].segments;
  }
  p.length = w_.length * length_.LogScore(std::max(1, s_chars), std::max(1, t_chars));

  const PairCounts* cells[kMaxBeadSide][kMaxBeadSide];
  thread_local PairCounts scratch_cells[kMaxBeadSide][kMaxBeadSide];
  for (int a = 0; a < ns; ++a) {
    for (int b = 0; b < nt; ++b) {
      cells[a][b] = &CachedCounts(s0 + a, t0 + b, scratch_cells[a][b]);
    }
  }
  double evidence =
      ns == 1 && nt == 1 ? cells[0][0]->evidence11 : CategoryEvidence(s0, ns, t0, nt, cells);
  p.evidence = evidence - w_.segments * std::abs(s_segs - t_segs);
  return p;
}

double BeadScorer::Bound(int s0, int ns, int t0, int nt, float from, float best) const {
  if (ns == 0 || nt == 0) return std::numeric_limits<double>::infinity();
  // Score(): evidence = sum over slots of match/2 * matched - miss * unmatched - the segment
  // term, where matched <= the items of the merged sides <= the sentences' own item counts,
  // and a side's matched items are distinct keys among the other side's targets, so no more
  // than those (summed over slots, the weighted minimum is at most the minimum of the weighted
  // sums); the length term as in Score(). The slack covers the different order of the
  // additions.
  constexpr double kSlack = 1e-6;
  double s_gain = 0, s_target_gain = 0, t_gain = 0, t_target_gain = 0;
  int s_chars = 0, t_chars = 0, s_segs = 0, t_segs = 0;
  for (int k = 0; k < ns; ++k) {
    const LiteSentence& x = src_lite_[s0 + k];
    s_gain += x.gain;
    s_target_gain += x.target_gain;
    s_chars += x.chars;
    s_segs += x.segments;
  }
  for (int k = 0; k < nt; ++k) {
    const LiteSentence& x = tgt_lite_[t0 + k];
    t_gain += x.gain;
    t_target_gain += x.target_gain;
    t_chars += x.chars;
    t_segs += x.segments;
  }
  double bound = w_.Prior(ns, nt) + std::min(s_gain, t_target_gain) +
                 std::min(t_gain, s_target_gain) + kSlack - w_.segments * std::abs(s_segs - t_segs);
  if (from + static_cast<float>(bound) <= best) return bound;
  return bound + w_.length * length_.LogScore(std::max(1, s_chars), std::max(1, t_chars));
}

BeadParts ScorePair(const SentenceFeatures& src, const SentenceFeatures& tgt,
                    const LengthModel& length, const Weights& weights) {
  std::vector<SentenceFeatures> s{src}, t{tgt};
  BeadScorer scorer(s, t, length, weights);
  return scorer.Score(0, 1, 0, 1);
}

}  // namespace kobi::align::internal
