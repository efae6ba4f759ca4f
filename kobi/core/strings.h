// ASCII string helpers, the one home for them: ASCII case folding and splitting a line into
// fields or a buffer into lines. Nothing here consults the process locale (std::tolower and
// friends do), so a host that sets a locale never changes kobi's results.
//
//   kobi::AsciiLower("Seoul-2 KM")              // "seoul-2 km"
//   kobi::AsciiToLower('Q')                     // 'q'
//   kobi::SplitFields("en\tko\t0.9", '\t')      // {"en", "ko", "0.9"}
//   kobi::SplitLines("a\r\nb\n")                // {"a", "b"}
//
// Only the 26 ASCII letters change case; every other byte (UTF-8 included) passes through.
// Returned string_views point into the argument, which must outlive them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kobi {

constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr char AsciiToLower(char c) {
  return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// `s` with A-Z replaced by a-z.
std::string AsciiLower(std::string_view s);
// Lowercases A-Z in place.
void AsciiLowerInPlace(std::string& s);

// The fields of `line` between `sep` bytes: n separators give n+1 fields (an empty line gives
// one empty field).
std::vector<std::string_view> SplitFields(std::string_view line, char sep);

// The lines of `text`, split at '\n', each without its '\n' and a '\r' before it; a final
// line without '\n' counts, a trailing '\n' does not start another line ("" gives none).
std::vector<std::string_view> SplitLines(std::string_view text);

}  // namespace kobi
