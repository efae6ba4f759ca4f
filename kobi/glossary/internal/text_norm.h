// Normalised views of English and Korean text for glossary matching, with a map from every
// normalised byte back to the original bytes. Private to kobi::glossary.
//
// English view: ASCII lower case, Unicode case fold and diacritics removed per code point
// (Pyŏngyang -> pyongyang), hyphens/dashes and apostrophes dropped (Jong-un -> jongun,
// O'Brien -> obrien), every whitespace run becomes one ' '. Other characters pass unchanged.
// Korean view: NFC, ASCII lower case, whitespace runs become one ' '.
//
//   NormalizedView v = NormalizeEnglish("Kim Jong-un's");
//   // v.text == "kim jonguns"; v.origin[4] == 4 ("j" of "Jong").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kobi::glossary::internal {

struct NormalizedView {
  std::string text;
  // origin[i] = byte offset in the original of the code point that produced text[i];
  // origin[text.size()] = size of the original.
  std::vector<std::uint32_t> origin;
  // Offsets in text where a word starts in the original (a letter, digit or Hangul syllable
  // whose preceding original character is none of these), ascending.
  std::vector<std::uint32_t> starts;
};

NormalizedView NormalizeEnglish(std::string_view text);
NormalizedView NormalizeKorean(std::string_view text);
// Same, into `out`, reusing its capacity (callers keep a scratch view per thread: fresh large
// buffers cost page faults that dominate the scan itself).
void NormalizeEnglishInto(std::string_view text, NormalizedView& out);
void NormalizeKoreanInto(std::string_view text, NormalizedView& out);

// Normalised pattern strings (no offsets needed).
std::string EnglishForm(std::string_view text);
std::string KoreanForm(std::string_view text);

// Looser keys used for equality (lookup, merge, duplicate detection): the normalised form
// with every space removed as well ("Kim Jong Un" and "Kim Jong-un" -> "kimjongun").
std::string LooseEnglishKey(std::string_view text);
std::string LooseKoreanKey(std::string_view text);

// True for letters and digits of any script (used for word boundaries).
bool IsWordChar(char32_t cp);

}  // namespace kobi::glossary::internal
