// Anchor paths and bands for the fixed-width search (`kobi align --band N`). Private to
// kobi::align.
//
// FindAnchors() returns the longest chain, increasing in both coordinates, of sentence pairs
// that share a key (number, Latin token, name, glossary entry) occurring in exactly one sentence
// on each side. MakeBand() puts a band of half-width `width` around the piecewise-linear path
// through those anchors (the full matrix when it has at most `full_cells` cells).
//
//   auto anchors = FindAnchors(src, tgt);         // e.g. {{0, 0}, {7, 6}, {20, 18}}
//   Band band = MakeBand(n, m, anchors, 32);       // rows 0..n, columns within ±32 of the path
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "kobi/align/internal/band_dp.h"
#include "kobi/align/internal/features.h"

namespace kobi::align::internal {

std::vector<std::pair<int, int>> FindAnchors(const std::vector<SentenceFeatures>& src,
                                             const std::vector<SentenceFeatures>& tgt);

Band MakeBand(int n, int m, const std::vector<std::pair<int, int>>& anchors, int width,
              std::size_t full_cells = 200'000);

}  // namespace kobi::align::internal
