#include "kobi/tokenize/internal/split_words.h"

#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/abbreviations.h"
#include "kobi/tokenize/internal/char_class.h"

namespace kobi::tokenize::internal {

bool IsBullet(char32_t c) { return c == 0x2022 || c == 0x2043; }

bool ContainsHangul(std::string_view w) {
  for (std::size_t p = 0; p < w.size();) {
    unsigned char c = static_cast<unsigned char>(w[p]);
    if (c < 0x80) {
      ++p;
      continue;
    }
    utf8::Decoded d = utf8::Decode(w, p);
    if (utf8::IsHangulSyllable(d.cp)) return true;
    p += d.length;
  }
  return false;
}

bool OnlyFootnotes(std::string_view t, std::size_t b, std::size_t e) {
  return b == e || (t[b] == '[' && t[e - 1] == ']' &&
                    t.substr(b, e - b).find_first_of("\"'") == std::string_view::npos);
}

bool IsDottedAbbreviation(std::string_view w) {
  if (w.find('.') == std::string_view::npos) return false;
  std::size_t part = 0;
  for (char c : w) {
    if (c == '.') {
      if (part == 0) return false;
      part = 0;
    } else if (IsAsciiAlpha(static_cast<unsigned char>(c))) {
      if (++part > 2) return false;
    } else {
      return false;
    }
  }
  return part > 0;
}

bool IsNumberWord(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    unsigned char u = static_cast<unsigned char>(c);
    if (IsAsciiAlpha(u)) return false;
    if (IsAsciiDigit(u)) digit = true;
  }
  return digit;
}

std::size_t FootnoteNumbersEnd(std::string_view t, std::size_t p) {
  std::size_t q = p;
  for (int group = 0; group < 3; ++group) {
    std::size_t start = q;
    while (q < t.size() && IsAsciiDigit(static_cast<unsigned char>(t[q]))) ++q;
    if (q == start || q - start > 3) return std::string_view::npos;
    if (q >= t.size() || !IsSpaceAt(t, q)) return std::string_view::npos;
    std::size_t next = q;
    while (next < t.size() && IsSpaceAt(t, next)) next += LenAt(t, next);
    if (next < t.size() && IsAsciiUpper(static_cast<unsigned char>(t[next]))) return q;
    if (next - q != 1 || next >= t.size()) return std::string_view::npos;
    q = next;  // one space, then maybe another group: "11 12 Take"
  }
  return std::string_view::npos;
}

bool IsGluedSentenceBoundary(std::string_view t, std::size_t word_begin, std::size_t dot) {
  std::string_view word = t.substr(word_begin, dot - word_begin);
  while (!word.empty() && IsOpener(static_cast<unsigned char>(word.front()))) word.remove_prefix(1);
  // A number with optional thousands commas ("bought 1,000.That") or a word of letters.
  bool number = !word.empty() && IsAsciiDigit(static_cast<unsigned char>(word.back())) &&
                word.find_first_not_of("0123456789,") == std::string_view::npos;
  if (word.size() < 2 && !number) return false;
  for (std::size_t k = 0; k < word.size() && !number; ++k) {
    unsigned char c = static_cast<unsigned char>(word[k]);
    if (!(k == 0 ? IsAsciiAlpha(c) : IsAsciiLower(c))) return false;
  }
  if (IsTitle(word) || IsNumberPrefix(word) || IsMonthAbbreviation(word) ||
      IsGeneralAbbreviation(word)) {
    return false;
  }
  // The next word: a capital, then lower-case letters to a space or punctuation.
  std::size_t p = dot + 1;
  if (p >= t.size() || !IsAsciiUpper(static_cast<unsigned char>(t[p]))) return false;
  std::size_t q = p + 1;
  while (q < t.size() && IsAsciiLower(static_cast<unsigned char>(t[q]))) ++q;
  if (q - p < 3) return false;  // "node.Js" is a name, not two sentences
  if (q == t.size()) return true;
  unsigned char after = static_cast<unsigned char>(t[q]);
  // "example.Com/page", "file.Name.txt", "user.Name@" are not prose.
  return after != '.' && after != '/' && after != '@' && after != ':' && after != '_' &&
         !IsAsciiAlpha(after) && !IsAsciiDigit(after);
}

std::size_t SkipDashes(std::string_view t, std::size_t p) {
  while (p < t.size()) {
    char32_t c = CpAt(t, p);
    if (c == '-' || c == 0x2014 || c == 0x2013 || IsSpaceAt(t, p)) {
      p += LenAt(t, p);
    } else {
      break;
    }
  }
  return p;
}

}  // namespace kobi::tokenize::internal
