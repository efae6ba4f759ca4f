// Document alignment: which English pages and which Korean pages translate each other.
//
// DocAlign() takes two collections of raw pages (a crawl's English and Korean pages, each with
// an id and optionally its URL) and returns one-to-one pairs with a calibrated score: a page is
// in at most one pair, and a page whose best counterpart scores below `min_score` stays
// unpaired. No machine translation is used. Method (docs/docalign.md):
//
//  1. Each page is segmented (kobi/tokenize/page_segmenter.h) and only its headline and body
//     sentences are kept, so bylines, share widgets and copyright lines do not count.
//  2. Per page, cross-lingual keys from the sentence aligner's own extractors
//     (kobi/align/internal/features.h): numbers, dates and amounts normalised across languages
//     (kobi/align/number_normalizer.h: "1조400억 원" = "1.04 trillion won"), phonetic keys of names
//     ("Michigan" = "미시간"), Latin tokens inside Korean text, glossary entries; and URL keys
//     (the URL without its language markers, article ids) when URLs are given.
//  3. Candidate pairs come from an inverted index over keys that few pages share; pages are
//     never compared all against all.
//  4. A pair's score is a logistic function of the share of each page's key weight (by inverse
//     page frequency) found in the other page, the length ratio and URL agreement.
//  5. Pairs are taken greedily from the highest score (competitive linking); a lexicon learned
//     from the confident pairs adds keys and steps 3-5 run again.
//  6. The confident pairs are sentence-aligned (kobi/align/aligner.h) to learn a word dictionary
//     (kobi/align/lexicon.h); with it, every pair scoring below `verify_below` must hold up
//     sentence by sentence (most sentences of both pages in adequate beads, the corpus build's
//     document verdict), and the pages still unpaired are linked among themselves with the
//     learned words as keys, each new pair checked the same way.
//
// Cost grows about linearly with the number of pages. Output does not depend on `threads`.
//
//   std::vector<kobi::align::DocPage> en = {{"en/a.txt", ReadAll("en/a.txt"), ""}, ...};
//   std::vector<kobi::align::DocPage> ko = {{"ko/x.txt", ReadAll("ko/x.txt"), ""}, ...};
//   kobi::align::DocAlignResult r = kobi::align::DocAlign(en, ko, {});
//   for (const auto& p : r.pairs) std::cout << en[p.en].id << '\t' << ko[p.ko].id << '\n';
//
// Page text is UTF-8 (not validated here; invalid bytes are skipped). Thread-safe: no shared
// mutable state.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kobi::glossary {
class Glossary;
}

namespace kobi::align {

class Dictionary;

struct DocPage {
  std::string id;    // what the caller calls the page (path or URL); not interpreted
  std::string text;  // the raw page, UTF-8, one paragraph a line
  std::string url;   // optional; "" = no URL evidence
};

struct DocPair {
  int en = 0;        // index into the English pages
  int ko = 0;        // index into the Korean pages
  double score = 0;  // calibrated confidence in [0, 1]
};

struct DocAlignOptions {
  double min_score = 0.5;  // pairs scoring below this are not output
  unsigned threads = 1;    // 0 = all cores; the output is the same for any value
  // Glossary of names and terms; nullptr = the bundled glossary (unless use_glossary = false).
  const glossary::Glossary* glossary = nullptr;
  bool use_glossary = true;
  // Optional bilingual word dictionary (kobi/align/dictionary.h); not owned. Adds word translations
  // to the keys, which helps pages with few names and numbers.
  const Dictionary* dictionary = nullptr;
  // Second pass with a lexicon learned from the first pass: confident pairs (doc_lexicon.h).
  bool learn_lexicon = true;
  // Sentence-level check and third pass (docs/docalign.md): a word dictionary is learned by
  // sentence-aligning the confident pairs (kobi/align/lexicon.h); pairs scoring below
  // `verify_below` must then hold up sentence by sentence (most sentences of both pages in
  // adequate beads), and the pages still unpaired are linked among themselves with the learned
  // words as extra keys, each new pair verified the same way.
  bool verify = true;
  double verify_below = 0.9;
  // Candidates scored per page (the pages sharing the most rare-key weight with it).
  int candidates = 24;
  // Keys found on more than this many pages of the other side are not indexed (still scored).
  int max_posting = 200;
};

struct DocAlignResult {
  std::vector<DocPair> pairs;  // sorted by English page index
  std::vector<std::string> warnings;
  long long candidates_scored = 0;  // page pairs whose score was computed
  std::size_t lexicon_entries = 0;  // word units learned for the check and third pass
  long long verified = 0;           // pairs checked sentence by sentence
};

DocAlignResult DocAlign(const std::vector<DocPage>& en, const std::vector<DocPage>& ko,
                        const DocAlignOptions& options);

}  // namespace kobi::align
