// Coarse-to-fine alignment search, linear in time and memory in the worst case. Private to
// kobi::align.
//
// Small documents (at most SearchOptions::full_dp_cells cells) get the dynamic programme over
// the full matrix. Larger ones are first aligned at coarser levels: consecutive sentences are
// grouped into blocks of `factor` (then blocks of blocks, ...) until the block matrix is small
// enough for a full DP; each level's best path, projected onto the next finer level and widened
// by `margin` cells, is the band the finer level searches (in the manner of vecalign's
// recursive downsampling). A block carries the summed character counts and the union of its
// sentences' keys; a block pair scores the length model on the sums plus matched keys minus
// unmatched ones, with the weights of the sentence-level scorer. No level needs anchors or a
// band grown over the whole length: each level costs O(rows × band width), the levels shrink
// geometrically, and a path that touches its band's edge widens the margin at most
// `max_widenings` times. Total: O(n + m) time and memory for fixed options.
//
//   SearchStats stats;
//   std::vector<Step> path = Search(src, tgt, scorer, {}, &stats);
//   // path covers src [0, n) and tgt [0, m) in order; stats.levels coarse levels were used
#pragma once

#include <cstddef>
#include <vector>

#include "kobi/align/internal/band_dp.h"
#include "kobi/align/internal/bead_scorer.h"
#include "kobi/align/internal/features.h"

namespace kobi::align::internal {

struct SearchOptions {
  std::size_t full_dp_cells = 200'000;    // sentence level: the full matrix up to this many cells
  std::size_t coarse_full_cells = 2'500;  // coarsest level: full matrix up to this many cells
  int factor = 4;                         // units of one level per block of the next coarser level
  int margin = 4;                         // cells added around the projected coarser path
  int max_widenings = 2;  // margin doublings allowed when a path touches its band's edge
};

struct SearchStats {
  int levels = 0;         // coarse levels used (0: full matrix)
  int margin = 0;         // sentence-level margin finally used
  std::size_t cells = 0;  // DP cells of the sentence-level band
};

// Best path over src × tgt (both non-empty) under `scorer` (whose weights and length model
// also score the coarse levels).
std::vector<Step> Search(const std::vector<SentenceFeatures>& src,
                         const std::vector<SentenceFeatures>& tgt, BeadScorer& scorer,
                         const SearchOptions& options, SearchStats* stats = nullptr);

// Best path within `margin` cells of `guide` (a path over src × tgt), widened at most
// `max_widenings` times while the result touches the band's edge. The second pass uses it.
std::vector<Step> SearchAround(const std::vector<Step>& guide, int n, int m, BeadScorer& scorer,
                               int margin, int max_widenings, SearchStats* stats = nullptr);

// The band of a coarser path `guide` (in units of `scale` rows/columns) on an n × m matrix,
// widened by `margin`. Rows 0..n; lo and hi non-decreasing; (0, 0) and (n, m) inside.
Band BandAroundPath(const std::vector<Step>& guide, int scale, int n, int m, int margin);

}  // namespace kobi::align::internal
