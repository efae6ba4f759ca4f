// UTF-8 decoding, validation, repair and script classification.
//
// All functions work on bytes; offsets are byte offsets. Decoding never reads past the end of
// the view and never throws: an ill-formed sequence decodes as kInvalid with length 1.
//
//   std::size_t pos = 0;
//   while (pos < s.size()) { auto d = kobi::utf8::Decode(s, pos); ...; pos += d.length; }
//   if (auto bad = kobi::utf8::FindInvalid(s)) { ... *bad is the byte offset ... }
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kobi::utf8 {

inline constexpr char32_t kInvalid = 0xFFFFFFFF;
inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp;         // code point, or kInvalid
  std::size_t length;  // bytes consumed, >= 1 when pos < size
};

// Decodes the code point at byte `pos` (pos < s.size()). Rejects overlongs, surrogates and
// values above U+10FFFF.
Decoded Decode(std::string_view s, std::size_t pos);

// Decodes the code point that ends just before byte `pos` (pos > 0).
Decoded DecodeBefore(std::string_view s, std::size_t pos);

// Appends the UTF-8 encoding of cp (must be a valid scalar value).
void Append(std::string& out, char32_t cp);
std::string Encode(char32_t cp);

// Byte offset of the first ill-formed sequence, or nullopt if s is valid UTF-8.
std::optional<std::size_t> FindInvalid(std::string_view s);
inline bool IsValid(std::string_view s) { return !FindInvalid(s).has_value(); }

// Replaces each maximal subpart of an ill-formed sequence with one U+FFFD (the Unicode
// Standard's recommended practice, §3.9 / Table 3-8, which WHATWG's decoder follows): a
// truncated sequence such as F0 9F 98 is one U+FFFD; a byte that can start no sequence (80..C1,
// F5..FF) or breaks one (ED A0: a surrogate, E0 80: overlong) is one U+FFFD each. Returns how
// many U+FFFD were written.
std::size_t Repair(std::string& s);

// Bytes at pos that one U+FFFD replaces when the sequence there is ill-formed: the longest
// prefix of a well-formed sequence (at least 1).
std::size_t MaximalSubpart(std::string_view s, std::size_t pos);

// Number of code points (ill-formed bytes count one each).
std::size_t Length(std::string_view s);

// The first `n` code points of s (all of s when it has fewer); never cuts a character.
std::string_view Prefix(std::string_view s, std::size_t n);

// True when `pos` is at a code point boundary of valid UTF-8 (or at the end).
bool IsBoundary(std::string_view s, std::size_t pos);

// ---- classification (Unicode blocks, no locale) ----
bool IsHangulSyllable(char32_t cp);  // U+AC00..U+D7A3
bool IsHangulJamo(char32_t cp);      // conjoining and compatibility jamo
inline bool IsHangul(char32_t cp) { return IsHangulSyllable(cp) || IsHangulJamo(cp); }
bool IsHan(char32_t cp);  // CJK unified ideographs (Hanja) and compatibility
bool IsKana(char32_t cp);
bool IsLatinLetter(char32_t cp);  // ASCII letters and Latin-1/Extended letters
bool IsAsciiDigit(char32_t cp);
bool IsWhitespace(char32_t cp);  // Unicode White_Space incl. NBSP and ideographic space

// Code point counts by script over a string.
struct ScriptCounts {
  std::size_t hangul = 0, latin = 0, han = 0, kana = 0, digit = 0, space = 0, other = 0;
  std::size_t letters() const { return hangul + latin + han + kana; }
};
ScriptCounts CountScripts(std::string_view s);
// True when `s` holds a Hangul syllable or jamo (IsHangul); ill-formed bytes are skipped.
bool ContainsHangul(std::string_view s);

// Trims Unicode whitespace at both ends; returns the trimmed span as [begin, end) offsets.
std::string_view Trim(std::string_view s);

}  // namespace kobi::utf8
