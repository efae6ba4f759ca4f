// A translation lexicon learned across page pairs, for document alignment's second pass.
// Private to kobi::align.
//
// From the confident pairs of a first linking (score >= 0.9, at most 400, evenly spaced), the
// sentence aligner's lexicon learner (lexicon_learner.h) finds word units (English 5-letter
// stems, Korean 2-syllable stems) that keep occurring in the same page pairs; every page then
// gets the learned entries as kDocLexicon keys. Only units found on at least two confident
// pages (and on at most half of them) take part, which keeps the co-occurrence table small.
// This gives pages with few names and numbers (encyclopaedic text) evidence of their own.
//
//   int learned = LearnPageLexicon(first_pass_pairs, en_pages, ko_pages);
#pragma once

#include <vector>

#include "kobi/align/docalign.h"
#include "kobi/align/internal/doc_keys.h"

namespace kobi::align::internal {

// Returns the number of entries learned (0: too few confident pairs; pages unchanged).
int LearnPageLexicon(const std::vector<DocPair>& pairs, std::vector<PageKeys>& en,
                     std::vector<PageKeys>& ko);

}  // namespace kobi::align::internal
