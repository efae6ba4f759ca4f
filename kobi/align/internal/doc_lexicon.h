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
//
// LearnSentenceLexicon goes one step further for the pages still unpaired after that: it
// sentence-aligns the confident pairs (kobi/align/aligner.h) and trains align::LexiconTrainer
// (kobi/align/lexicon.h) on their confident 1-1 beads, as `corpus build` does across its
// documents. Co-occurrence within aligned sentences is far sharper than within whole pages, so
// a small collection yields a usable word dictionary.
//
//   auto dict = LearnSentenceLexicon(pairs, en_docs, ko_docs, align_options, threads);
#pragma once

#include <memory>
#include <vector>

#include "kobi/align/aligner.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/docalign.h"
#include "kobi/align/internal/doc_keys.h"

namespace kobi::align::internal {

// Returns the number of entries learned (0: too few confident pairs; pages unchanged).
int LearnPageLexicon(const std::vector<DocPair>& pairs, std::vector<PageKeys>& en,
                     std::vector<PageKeys>& ko);

// Sentence-aligns the confident pairs (score >= 0.9, at most 200, evenly spaced) with
// `align_options` and returns its dictionary (align_options.dictionary, if any) plus the units
// learned from their confident 1-1 beads; nullptr when fewer than 8 pairs are confident or
// nothing is learned. *entries (if given) gets the number learned. Same result for any threads.
std::unique_ptr<Dictionary> LearnSentenceLexicon(const std::vector<DocPair>& pairs,
                                                 const std::vector<DocPage>& en,
                                                 const std::vector<DocPage>& ko,
                                                 const AlignOptions& align_options,
                                                 unsigned threads, std::size_t* entries);

}  // namespace kobi::align::internal
