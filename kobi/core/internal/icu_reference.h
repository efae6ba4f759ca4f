// ICU used as a reference, not as kobi behaviour: the tests and benchmarks compare kobi's own
// romanization and word segmentation against these. Not installed; no module calls them.
//
//   kobi::unicode::internal::Transliterate("Hangul-Latin", "한국")      // "hangug"
//   kobi::unicode::internal::IcuWordBoundaries("Hi there.", "en")      // {0, 2, 3, 8, 9}
//
// (ICU sentence boundaries stay public in kobi/core/unicode.h: `kobi split --engine icu` uses
// them.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kobi::unicode::internal {

// Runs an ICU transform by id (e.g. "Hangul-Latin"). Throws kobi::Error for an unknown id.
std::string Transliterate(std::string_view id, std::string_view utf8);

// Byte offsets of ICU word-break boundaries, including 0 and size.
std::vector<std::size_t> IcuWordBoundaries(std::string_view utf8, std::string_view locale);

}  // namespace kobi::unicode::internal
