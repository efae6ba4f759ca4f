// Scores candidate beads (groups of consecutive sentences on each side) for the alignment DP.
// Private to kobi::align.
//
// A bead's score is a log-linear sum: a prior per bead shape, the length model on the merged
// character counts, a penalty for differing internal sentence counts, and per evidence category
// a reward for matched keys and a penalty for unmatched items (see features.h). Merged
// sentences are scored as a whole, with set semantics: the items of a merged side are the union
// of its sentences' items (a key repeated in neighbouring sentences counts once) and an item is
// matched when any sentence of the other side has it among its targets. To make that cheap,
// each sentence pair (i, j) gets per category a bit mask of which of i's items occur in j's
// targets (and vice versa); masks of the cells of a DP band are cached (PrepareBand; cells are
// computed when first used, rows kept in a ring of the last kMaxBeadSide + 1, since a bead spans
// at most kMaxBeadSide rows and the DP moves forward row by row, so the cache is O(band width)),
// and a bead's matches are ORs and popcounts of the masks of its cells. Items past the 32nd of a
// sentence share the last bit. A repeated item is counted once when it recurs within two
// sentences of a merged side (beads of up to three sentences a side are exact; in wider beads an
// item repeated three or more sentences later counts again).
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

#include "kobi/align/internal/band_dp.h"
#include "kobi/align/internal/features.h"
#include "kobi/align/length_model.h"

namespace kobi::align::internal {

struct Weights {
  double prior_11 = 0.0;
  double prior_12 = -2.2;     // 1-2 and 2-1
  double prior_22 = -4.5;     // 2-2
  double prior_13 = -4.5;     // 1-3 and 3-1
  double prior_step = -2.25;  // each sentence of a bead past four (2-3, 1-4, 1-5, ...)
  double prior_del = -3.0;    // 1-0 and 0-1 (plus del_per_char per character)
  double del_per_char = 0.0;
  Shapes shapes = kStandardShapes;  // bead shapes the search considers
  double length = 1.0;
  double segments = 1.2;
  std::array<double, kCategoryCount> match{};
  std::array<double, kCategoryCount> miss_src{};
  std::array<double, kCategoryCount> miss_tgt{};

  // Defaults for English–Korean, or for language-independent signals only.
  static Weights ForPair(bool korean);

  // Shape prior of a bead of ns x nt sentences (ns + nt >= 1).
  double Prior(int ns, int nt) const {
    if (ns == 0 || nt == 0) return prior_del;
    const int n = ns + nt;
    if (n == 2) return prior_11;
    if (n == 3) return prior_12;
    if (n == 4) return ns == 2 ? prior_22 : prior_13;
    return prior_13 + prior_step * (n - 4);
  }
};

struct BeadParts {
  double length = 0;    // length model term (already weighted)
  double evidence = 0;  // category terms and segment term (weighted)
  double prior = 0;
  double total() const { return length + evidence + prior; }
};

class BeadScorer {
 public:
  BeadScorer(const std::vector<SentenceFeatures>& src, const std::vector<SentenceFeatures>& tgt,
             const LengthModel& length, const Weights& weights)
      : src_(src),
        tgt_(tgt),
        length_(length),
        w_(weights),
        slots_(ActiveSlots(weights)),
        src_dup_(Duplicates(src, true)),
        tgt_dup_(Duplicates(tgt, false)),
        src_lite_(Lite(src, src_dup_)),
        tgt_lite_(Lite(tgt, tgt_dup_)) {}

  // Caches sentence-pair counts for rows 0..n-1 and columns [lo[i]-k, hi[i+1]+k] (clamped; k the
  // widest side of the weights' shapes plus one).
  // Not thread-safe: one scorer per thread (the cache is filled as rows are scored).
  void PrepareBand(const std::vector<int>& lo, const std::vector<int>& hi);

  // Bead src[s0, s0+ns) x tgt[t0, t0+nt); ns + nt >= 1.
  BeadParts Score(int s0, int ns, int t0, int nt) const;
  double Total(int s0, int ns, int t0, int nt) const { return Score(s0, ns, t0, nt).total(); }
  // An upper bound of Total() without key matching (every item counted as matched, but no more
  // per side than the other side's target keys; the length and segment terms exact); +infinity
  // for deletions. For BandDp: when `from` plus the bound
  // without the length term (which is <= 0) is already <= `best`, that coarser bound is
  // returned and the length model is not evaluated (the defaults: always the full bound).
  double Bound(int s0, int ns, int t0, int nt, float from = 0,
               float best = -std::numeric_limits<float>::infinity()) const;

  // Evidence terms only (no prior, no length) of a 1-1 pair.
  const LengthModel& length_model() const { return length_; }
  const Weights& weights() const { return w_; }

 private:
  static constexpr int kSlots = 6;  // categories with a non-zero weight, at most
  struct PairCounts {
    std::array<std::uint32_t, kSlots> src{};  // bit k: item k of src i is in targets of tgt j
    std::array<std::uint32_t, kSlots> tgt{};  // bit k: item k of tgt j is in targets of src i
    double evidence11 = 0;        // category terms of the 1-1 bead (i, j), the commonest bead
    std::uint32_t hit_slots = 0;  // bit s: src[s] or tgt[s] is non-zero
    bool ready = false;           // in the band cache: computed
  };
  // Per sentence and slot: all item bits, and the bits of items that also occur in the previous
  // sentence (prev1) or the one before it (prev2), so merged sides count a repeated item once.
  // `count[p][s]`: items the sentence adds to a merged side where it comes at position p
  // (0, 1, 2 and later), i.e. the popcount of `all` minus the repeats; `slots`: bit s when it has
  // items in slot s. `item_sig`/`target_sig`: 64-bit signatures (one bit per key) of its items and
  // targets per slot, so most sentence pairs without a shared key are told apart at once.
  struct Dup {
    std::array<std::uint32_t, kSlots> all{}, prev1{}, prev2{};
    std::array<std::array<std::uint8_t, kSlots>, 3> count{};
    std::array<std::uint64_t, kSlots> item_sig{}, target_sig{};
    std::uint32_t slots = 0;
    // Weighted penalty of its unmatched items at position p of a merged side, all slots.
    std::array<double, 3> miss{};
    double gain = 0;  // the most its items can add: half the match weight of each, all slots
    // The most the other side's items can add by matching its targets: half the match weight
    // of each target key, all slots (an item is matched only by a distinct target key).
    double target_gain = 0;
  };
  std::vector<Dup> Duplicates(const std::vector<SentenceFeatures>& side, bool source) const;
  PairCounts Counts(int i, int j) const;
  double CategoryEvidence(int s0, int ns, int t0, int nt,
                          const PairCounts* const cells[kMaxBeadSide][kMaxBeadSide]) const;
  const PairCounts& CachedCounts(int i, int j, PairCounts& scratch) const;

  const std::vector<SentenceFeatures>& src_;
  const std::vector<SentenceFeatures>& tgt_;
  LengthModel length_;
  Weights w_;
  static std::vector<int> ActiveSlots(const Weights& w);
  std::vector<int> slots_;  // slot -> category
  std::vector<Dup> src_dup_, tgt_dup_;
  // What Score() and Bound() read of every sentence, packed (features and Dup are large, and
  // the DP reads these for every bead).
  struct LiteSentence {
    int chars = 0;
    int segments = 0;
    double gain = 0;         // Dup::gain
    double target_gain = 0;  // Dup::target_gain
  };
  static std::vector<LiteSentence> Lite(const std::vector<SentenceFeatures>& side,
                                        const std::vector<Dup>& dup);
  std::vector<LiteSentence> src_lite_, tgt_lite_;
  // Band cache.
  static constexpr int kRing = kMaxBeadSide + 1;
  std::vector<int> cache_lo_, cache_hi_;
  mutable std::array<int, kRing> ring_row_{-1, -1, -1, -1, -1, -1};  // row in each slot, or -1
  mutable std::array<std::vector<PairCounts>, kRing> ring_;
};

// Evidence and length score of one sentence pair against a fixed length model, for PairScorer.
BeadParts ScorePair(const SentenceFeatures& src, const SentenceFeatures& tgt,
                    const LengthModel& length, const Weights& weights);

}  // namespace kobi::align::internal
