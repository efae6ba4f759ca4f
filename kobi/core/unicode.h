// kobi's one wrapper around ICU. No ICU type appears in any public header; ICU is linked
// PRIVATE to kobi::core. Everything takes and returns UTF-8 with byte offsets.
//
//   kobi::NormalizedText n = kobi::unicode::NormalizeNfc("Cafe\u0301");
//   // n.text == "Café"; n.map.ToOriginal(...) maps back to input bytes.
//
// NFC only. kobi never applies NFKC implicitly (it rewrites compatibility jamo and symbols);
// width folding is a separate, explicit, documented step (kobi/tokenize/normalizer.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/span.h"

namespace kobi {

struct NormalizedText {
  std::string text;
  OffsetMap map;  // derived (text) offsets -> input offsets
};

namespace unicode {

bool IsNfc(std::string_view utf8);
std::string ToNfc(std::string_view utf8);
NormalizedText NormalizeNfc(std::string_view utf8);

// Full Unicode case folding (for matching, not display).
std::string FoldCase(std::string_view utf8);
// Lowercase (root locale).
std::string ToLower(std::string_view utf8);

// Removes combining marks after NFD (é -> e, ŏ -> o); result is NFC.
std::string StripDiacritics(std::string_view utf8);

// ICU general category helpers by code point.
bool IsLetter(char32_t cp);
bool IsDigit(char32_t cp);
bool IsMark(char32_t cp);
bool IsSymbol(char32_t cp);
bool IsUpper(char32_t cp);
bool IsLower(char32_t cp);

// Baseline sentence segmentation with ICU's break iterator (`kobi split --engine icu`, and the
// reference in bench/). Returns byte offsets of boundaries, including 0 and size. (ICU word
// boundaries and transforms, used only as references, are in kobi/core/internal/icu_reference.h.)
std::vector<std::size_t> IcuSentenceBoundaries(std::string_view utf8, std::string_view locale);

}  // namespace unicode
}  // namespace kobi
