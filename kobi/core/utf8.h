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

namespace internal {
Decoded DecodeMultibyte(std::string_view s, std::size_t pos);  // s[pos] >= 0x80
}  // namespace internal

// Decodes the code point at byte `pos` (pos < s.size()). Rejects overlongs, surrogates and
// values above U+10FFFF. Inline for ASCII and for well-formed three-byte sequences other than
// those of lead E0 (Hangul, Hanja, kana, CJK punctuation), which the scanners meet most.
inline Decoded Decode(std::string_view s, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const unsigned c = p[0];
  if (c < 0x80) return {c, 1};
  // Lead E1..EF: U+1000..U+FFFF, never overlong; after ED only 80..9F (no surrogates).
  if (c >= 0xE1 && c <= 0xEF && s.size() - pos >= 3 && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80 && (c != 0xED || p[1] < 0xA0)) {
    return {static_cast<char32_t>(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)), 3};
  }
  return internal::DecodeMultibyte(s, pos);
}

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
// (Inline: the scanners call them once a character.)
inline bool IsHangulSyllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
// Conjoining and compatibility jamo.
inline bool IsHangulJamo(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ||
         (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF);
}
inline bool IsHangul(char32_t cp) { return IsHangulSyllable(cp) || IsHangulJamo(cp); }
// CJK unified ideographs (Hanja) and compatibility.
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}
inline bool IsKana(char32_t cp) { return cp >= 0x3040 && cp <= 0x30FF; }
// ASCII letters and Latin-1/Extended letters.
inline bool IsLatinLetter(char32_t cp) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return true;
  if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return true;
  return cp >= 0x1E00 && cp <= 0x1EFF;
}
inline bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
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
