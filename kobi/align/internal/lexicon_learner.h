// A translation lexicon learned from the document pair itself. Private to kobi::align.
//
// From confident 1-1 pairs of a first alignment, counts how often a source word unit and a
// target word unit occur in the same pair (units: SentenceFeatures::words, i.e. English 5-letter
// stems and Korean 2-syllable stems). Pairs seen together at least twice with a Dice
// coefficient of at least 0.6, each the other's best partner, become lexicon entries; every
// sentence then gets their ids as kLexicon keys, so the second pass rewards them.
// At most 5000 pairs (evenly spaced) are used, so memory stays linear and small.
#pragma once

#include <utility>
#include <vector>

#include "kobi/align/internal/features.h"

namespace kobi::align::internal {

// Returns the number of lexicon entries learned (and added to the sentences' keys).
int LearnLexicon(const std::vector<std::pair<int, int>>& pairs, std::vector<SentenceFeatures>& src,
                 std::vector<SentenceFeatures>& tgt);

}  // namespace kobi::align::internal
