// Character classes shared by the splitter and the tokenizer. Header-only, no ICU: the
// classes needed on the hot path are decided by code point ranges (ASCII fast paths first).
#pragma once

#include <string_view>

#include "kobi/core/utf8.h"

namespace kobi::tokenize::internal {

inline bool IsAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char32_t c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char32_t c) { return IsAsciiUpper(c) || IsAsciiLower(c); }

// Latin lower-case letters (ASCII and Latin-1/Extended-A lower-case forms).
inline bool IsLatinLower(char32_t c) {
  if (c < 0x80) return IsAsciiLower(c);
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return true;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 1;  // approximate: odd = lower in Ext-A
  return false;
}
inline bool IsLatinUpper(char32_t c) {
  if (c < 0x80) return IsAsciiUpper(c);
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 0;
  return false;
}

// Sentence-terminal punctuation.
inline bool IsTerminal(char32_t c) {
  switch (c) {
    case '.':
    case '?':
    case '!':
    case 0x2026:
    case 0x3002:
    case 0xFF1F:
    case 0xFF01:
    case 0xFF0E:
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:
      return true;
    default:
      return false;
  }
}

// Punctuation that closes a quotation or bracket and stays with the preceding sentence.
inline bool IsCloser(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x201D:
    case 0x2019:
    case 0x00BB:
    case 0x203A:
    case 0x300D:
    case 0x300F:
    case 0x300B:
    case 0x3009:
    case 0xFF09:
    case 0xFF3D:
    case 0x3011:
    case 0x3015:
    case 0xFF02:
    case 0xFF07:
      return true;
    default:
      return false;
  }
}

// Punctuation that opens a quotation or bracket.
inline bool IsOpener(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case '{':
    case 0x201C:
    case 0x2018:
    case 0x00AB:
    case 0x2039:
    case 0x300C:
    case 0x300E:
    case 0x300A:
    case 0x3008:
    case 0xFF08:
    case 0xFF3B:
    case 0x3010:
    case 0x3014:
    case 0x201E:
      return true;
    default:
      return false;
  }
}

inline bool IsQuoteOpener(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x300C ||
         c == 0x300E || c == 0x201E;
}

// Decodes the code point at pos, or returns 0 at/after the end.
inline char32_t CpAt(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return c;
  return utf8::Decode(s, pos).cp;
}
inline std::size_t LenAt(std::string_view s, std::size_t pos) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return 1;
  return utf8::Decode(s, pos).length;
}
// The code point ending just before pos, or 0 at the start.
inline char32_t CpBefore(std::string_view s, std::size_t pos) {
  if (pos == 0) return 0;
  unsigned char c = static_cast<unsigned char>(s[pos - 1]);
  if (c < 0x80) return c;
  return utf8::DecodeBefore(s, pos).cp;
}
inline bool IsSpaceAt(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  return utf8::IsWhitespace(utf8::Decode(s, pos).cp);
}

}  // namespace kobi::tokenize::internal
