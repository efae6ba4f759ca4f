#include "kobi/tokenize/internal/zone_words.h"

#include <array>

#include "kobi/core/strings.h"
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"

namespace kobi::tokenize::internal {
namespace {

bool IsAlnum(char32_t cp) {
  if (cp == utf8::kInvalid) return false;
  if (utf8::IsLatinLetter(cp) || utf8::IsHangul(cp) || utf8::IsHan(cp) || utf8::IsKana(cp) ||
      utf8::IsAsciiDigit(cp)) {
    return true;
  }
  return cp >= 0x370 && (unicode::IsLetter(cp) || unicode::IsDigit(cp));
}

bool IsLetterCp(char32_t cp) { return IsAlnum(cp) && !utf8::IsAsciiDigit(cp); }

bool IsClosing(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case '>':
    case 0x201D:
    case 0x2019:
    case 0x00BB:
    case 0x300D:
    case 0x300F:
    case 0x300B:
    case 0x3009:
    case 0x3011:
    case 0xFF02:
    case 0xFF09:
    case 0x201C:
    case 0x2018:
      return true;
    default:
      return false;
  }
}

bool IsTerminal(char32_t cp) {
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case 0x2026:
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF0E:
      return true;
    default:
      return false;
  }
}

template <typename Pred>
bool AnyCp(std::string_view s, Pred pred) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    utf8::Decoded d = utf8::Decode(s, pos);
    if (pred(d.cp)) return true;
    pos += d.length;
  }
  return false;
}

// First letter of the word, or 0.
char32_t FirstLetter(std::string_view word) {
  std::size_t pos = 0;
  while (pos < word.size()) {
    utf8::Decoded d = utf8::Decode(word, pos);
    if (IsLetterCp(d.cp)) return d.cp;
    if (utf8::IsAsciiDigit(d.cp)) return 0;
    pos += d.length;
  }
  return 0;
}

}  // namespace

std::vector<Span> SplitWords(std::string_view text) {
  std::vector<Span> words;
  std::size_t pos = 0;
  std::size_t start = std::string_view::npos;
  while (pos < text.size()) {
    utf8::Decoded d = utf8::Decode(text, pos);
    bool space = d.cp != utf8::kInvalid && utf8::IsWhitespace(d.cp);
    if (space && start != std::string_view::npos) {
      words.push_back({start, pos});
      start = std::string_view::npos;
    } else if (!space && start == std::string_view::npos) {
      start = pos;
    }
    pos += d.length;
  }
  if (start != std::string_view::npos) words.push_back({start, text.size()});
  return words;
}

std::string_view StripPunct(std::string_view word) {
  std::size_t b = 0;
  while (b < word.size()) {
    utf8::Decoded d = utf8::Decode(word, b);
    if (IsAlnum(d.cp)) break;
    b += d.length;
  }
  std::size_t e = word.size();
  while (e > b) {
    utf8::Decoded d = utf8::DecodeBefore(word, e);
    if (IsAlnum(d.cp)) break;
    e -= d.length;
  }
  return word.substr(b, e - b);
}

bool HasHangul(std::string_view s) { return utf8::ContainsHangul(s); }
bool HasLatin(std::string_view s) { return AnyCp(s, utf8::IsLatinLetter); }
bool HasDigit(std::string_view s) { return AnyCp(s, utf8::IsAsciiDigit); }
bool HasLetter(std::string_view s) { return AnyCp(s, IsLetterCp); }

bool IsHangulOnly(std::string_view s) {
  return HasHangul(s) &&
         !AnyCp(s, [](char32_t cp) { return IsLetterCp(cp) && !utf8::IsHangul(cp); });
}

bool IsLatinOnly(std::string_view s) {
  return HasLatin(s) &&
         !AnyCp(s, [](char32_t cp) { return IsLetterCp(cp) && !utf8::IsLatinLetter(cp); });
}

bool IsCapitalized(std::string_view word) {
  char32_t cp = FirstLetter(word);
  return cp >= 'A' && cp <= 'Z';
}

bool StartsLowercase(std::string_view word) {
  char32_t cp = FirstLetter(word);
  return cp != 0 && utf8::IsLatinLetter(cp) && unicode::IsLower(cp);
}

bool IsAllCaps(std::string_view word) {
  int letters = 0;
  std::size_t pos = 0;
  while (pos < word.size()) {
    utf8::Decoded d = utf8::Decode(word, pos);
    if (utf8::IsLatinLetter(d.cp)) {
      if (unicode::IsLower(d.cp)) return false;
      ++letters;
    } else if (IsLetterCp(d.cp)) {
      return false;
    }
    pos += d.length;
  }
  return letters >= 2;
}

bool IsHyphenatedGivenName(std::string_view word) {
  std::string_view w = StripPunct(word);
  std::size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash < 2 || dash + 2 > w.size()) return false;
  if (!(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (i == dash) continue;
    char c = w[i];
    bool ok = (c >= 'a' && c <= 'z') || (i == dash + 1 && c >= 'A' && c <= 'Z');
    if (!ok) return false;
  }
  return w.size() - dash - 1 <= 6 && dash <= 6;
}

bool IsEmail(std::string_view word) {
  std::string_view w = StripPunct(word);
  std::size_t at = w.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  std::size_t dot = w.find('.', at);
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < w.size() &&
         w.find(' ') == std::string_view::npos;
}

bool IsUrl(std::string_view word) {
  std::string lower = AsciiLower(StripPunct(word));
  return lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.");
}

bool IsDash(std::string_view word) {
  return word == "-" || word == "--" || word == "---" || word == "\u2014" || word == "\u2013" ||
         word == "\u2015" || word == "\u2014\u2014";
}

bool IsSymbolWord(std::string_view word) { return !word.empty() && !AnyCp(word, IsAlnum); }

bool IsMonthName(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kMonths = {
      "jan",  "january",   "feb",  "february", "mar",  "march",    "apr",    "april",
      "may",  "jun",       "june", "jul",      "july", "aug",      "august", "sep",
      "sept", "september", "oct",  "october",  "nov",  "november", "dec",    "december"};
  std::string lower = AsciiLower(StripPunct(word));
  for (std::string_view m : kMonths) {
    if (lower == m) return true;
  }
  return false;
}

bool IsDateTimeWord(std::string_view word) {
  std::string_view w = StripPunct(word);
  if (w.empty()) return IsSymbolWord(word);
  if (IsMonthName(w)) return true;
  std::string lower = AsciiLower(w);
  static constexpr std::array<std::string_view, 22> kWords = {
      "am",  "pm",     "a.m",     "p.m",       "kst",      "gmt",    "utc",      "et",
      "est", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue",    "wed",     "thu",       "fri",      "sat"};
  for (std::string_view k : kWords) {
    if (lower == k) return true;
  }
  // Korean date units and weekdays: 2015년 1월 9일 오후 12시 26분 (금) 금요일.
  static constexpr std::array<std::string_view, 17> kKo = {
      "년",     "월",     "일",     "시",     "분",     "초",     "오전", "오후", "월요일",
      "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "금",   "토"};
  bool digits_then_unit = false;
  std::size_t i = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') ++i;
  if (i > 0 && i < w.size()) {
    std::string_view unit = w.substr(i);
    for (std::string_view k : kKo) {
      if (unit == k) digits_then_unit = true;
    }
  }
  if (digits_then_unit) return true;
  for (std::string_view k : kKo) {
    if (w == k && k.size() > 3) return true;  // 오전, 오후, 금요일 (not bare 일/월)
  }
  if ((word.starts_with("(") || word.starts_with("[")) && w.size() == 3 && HasHangul(w)) {
    return true;  // (금)
  }
  // Digits with date/time separators only.
  bool digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != '.' && c != ':' && c != '-' && c != '/' && c != ',') {
      return false;
    }
  }
  return digit;
}

bool HasYearOrTime(std::string_view word) {
  std::string_view w = word;
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] == ':' && i > 0 && w[i - 1] >= '0' && w[i - 1] <= '9' && w[i + 1] >= '0' &&
        w[i + 1] <= '9') {
      return true;
    }
  }
  for (std::size_t i = 0; i + 4 <= w.size(); ++i) {
    bool four = true;
    for (std::size_t k = 0; k < 4; ++k) four = four && w[i + k] >= '0' && w[i + k] <= '9';
    bool bounded = (i == 0 || !(w[i - 1] >= '0' && w[i - 1] <= '9')) &&
                   (i + 4 == w.size() || !(w[i + 4] >= '0' && w[i + 4] <= '9'));
    if (four && bounded && (w.substr(i, 2) == "19" || w.substr(i, 2) == "20")) return true;
  }
  return false;
}

char32_t LastSignificant(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0) {
    utf8::Decoded d = utf8::DecodeBefore(s, e);
    if (d.cp != utf8::kInvalid && !utf8::IsWhitespace(d.cp) && !IsClosing(d.cp)) return d.cp;
    e -= d.length;
  }
  return 0;
}

bool EndsWithTerminalPunct(std::string_view s) { return IsTerminal(LastSignificant(s)); }

bool EndsLikeSentence(std::string_view s) {
  std::size_t e = s.size();
  bool punct = false;
  while (e > 0) {
    utf8::Decoded d = utf8::DecodeBefore(s, e);
    if (d.cp == utf8::kInvalid) return false;
    if (utf8::IsWhitespace(d.cp) || IsClosing(d.cp)) {
      e -= d.length;
    } else if (IsTerminal(d.cp)) {
      punct = true;
      e -= d.length;
    } else if (punct) {
      return true;
    } else {
      // Korean final endings without punctuation.
      return d.cp == U'다' || d.cp == U'요' || d.cp == U'까' || d.cp == U'죠';
    }
  }
  return punct;
}

}  // namespace kobi::tokenize::internal
