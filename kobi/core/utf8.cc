#include "kobi/core/utf8.h"

namespace kobi::utf8 {

Decoded internal::DecodeMultibyte(std::string_view s, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  std::size_t avail = s.size() - pos;
  unsigned char c = p[0];
  std::size_t len;
  char32_t cp;
  char32_t min;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
    min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
    min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
    min = 0x10000;
  } else {
    return {kInvalid, 1};
  }
  if (avail < len) return {kInvalid, 1};
  for (std::size_t i = 1; i < len; ++i) {
    if ((p[i] & 0xC0) != 0x80) return {kInvalid, 1};
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kInvalid, 1};
  return {cp, len};
}

Decoded DecodeBefore(std::string_view s, std::size_t pos) {
  std::size_t start = pos - 1;
  std::size_t steps = 0;
  while (start > 0 && steps < 3 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
    ++steps;
  }
  Decoded d = Decode(s, start);
  if (d.cp != kInvalid && start + d.length == pos) return d;
  return {kInvalid, 1};
}

void Append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string Encode(char32_t cp) {
  std::string out;
  Append(out, cp);
  return out;
}

std::optional<std::size_t> FindInvalid(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    // Fast path over ASCII.
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    Decoded d = Decode(s, pos);
    if (d.cp == kInvalid) return pos;
    pos += d.length;
  }
  return std::nullopt;
}

std::size_t MaximalSubpart(std::string_view s, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  std::size_t avail = s.size() - pos;
  unsigned char c = p[0];
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode Table 3-7)
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;  // no overlong forms
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;  // no overlong forms
    if (c == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
  } else {
    return 1;
  }
  std::size_t i = 1;
  for (; i < len && i < avail; ++i) {
    unsigned char b = p[i];
    if (i == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) break;
  }
  return i;
}

std::size_t Repair(std::string& s) {
  if (IsValid(s)) return 0;
  std::string out;
  out.reserve(s.size() + 8);
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    Decoded d = Decode(s, pos);
    if (d.cp == kInvalid) {
      Append(out, kReplacement);
      ++count;
      pos += MaximalSubpart(s, pos);
    } else {
      out.append(s, pos, d.length);
      pos += d.length;
    }
  }
  s.swap(out);
  return count;
}

std::size_t Length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < s.size(); ++n) pos += Decode(s, pos).length;
  return n;
}

std::string_view Prefix(std::string_view s, std::size_t n) {
  std::size_t pos = 0;
  for (; pos < s.size() && n > 0; --n) pos += Decode(s, pos).length;
  return s.substr(0, pos);
}

bool IsBoundary(std::string_view s, std::size_t pos) {
  if (pos == 0 || pos >= s.size()) return pos <= s.size();
  return (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}

bool IsWhitespace(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

ScriptCounts CountScripts(std::string_view s) {
  ScriptCounts c;
  std::size_t pos = 0;
  while (pos < s.size()) {
    Decoded d = Decode(s, pos);
    pos += d.length;
    char32_t cp = d.cp;
    if (IsHangul(cp))
      ++c.hangul;
    else if (IsLatinLetter(cp))
      ++c.latin;
    else if (IsHan(cp))
      ++c.han;
    else if (IsKana(cp))
      ++c.kana;
    else if (IsAsciiDigit(cp))
      ++c.digit;
    else if (IsWhitespace(cp))
      ++c.space;
    else
      ++c.other;
  }
  return c;
}

bool ContainsHangul(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    Decoded d = Decode(s, pos);
    if (d.cp != kInvalid && IsHangul(d.cp)) return true;
    pos += d.length;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    Decoded d = Decode(s, b);
    if (!IsWhitespace(d.cp)) break;
    b += d.length;
  }
  std::size_t e = s.size();
  while (e > b) {
    Decoded d = DecodeBefore(s, e);
    if (d.cp == kInvalid || !IsWhitespace(d.cp)) break;
    e -= d.length;
  }
  return s.substr(b, e - b);
}

}  // namespace kobi::utf8
