// Per-page keys for document alignment. Private to kobi::align.
//
// A page's keys are the union of the sentence aligner's keys (features.h) over its headline and
// body sentences, for the categories that carry across scripts: numbers, Latin tokens, names
// glossary entries and dictionary entries (when a dictionary is given); plus URL keys. As in
// features.h, each category has `items` (evidence that wants a counterpart) and `targets` (what the
// other page's items may match).
//
//   SideInfo en{Lang::kEn, true, &matcher, nullptr};
//   PageKeys k = ExtractPageKeys(page_text, "https://x.com/en/news/1234", en);
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/align/internal/features.h"

namespace kobi::align::internal {

enum DocCategory : int {
  kDocNumber = 0,
  kDocLatin,
  kDocName,
  kDocGlossary,
  kDocLexicon,
  kDocUrl,
  kDocCategoryCount
};

struct PageKeys {
  int chars = 0;                                  // non-space code points of the kept sentences
  int sentences = 0;                              // kept sentences
  std::array<KeyVec, kDocCategoryCount> items;    // sorted, unique
  std::array<KeyVec, kDocCategoryCount> targets;  // sorted, unique
  KeyVec words;  // lexicon units (SentenceFeatures::words), for a lexicon learned across pages
};

// Keys of a URL with its language markers removed: "u:" + the remaining host/path/query tokens
// joined by '/', and "id:" + every digit run of 4 or more digits. Empty for an empty URL.
// "https://www.x.com/en/news/1234.html" and "http://x.com/ko/news/1234.html" share both keys.
std::vector<std::string> UrlKeys(std::string_view url);

// Segments the page (kobi/tokenize/page_segmenter.h) in side.lang, keeps headline and body
// sentences, and collects their keys. side.lang must be kEn or kKo.
PageKeys ExtractPageKeys(std::string_view text, std::string_view url, const SideInfo& side);

}  // namespace kobi::align::internal
