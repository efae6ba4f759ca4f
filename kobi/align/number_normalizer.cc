// Number extraction for English and Korean; see number_normalizer.h.
#include "kobi/align/number_normalizer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <system_error>

#include "kobi/core/korean.h"
#include "kobi/core/numbers.h"
#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"

namespace kobi::align {
namespace {

struct Token {
  std::string text;  // ASCII-lowercased for Latin words; raw otherwise
  Span span;
  bool digits = false;  // a digit group token ("1,040.5")
  double value = 0;
  std::string suffix;  // letters glued after digits ("th", "m") or Hangul after digits ("년")
};

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Word equality, first byte first: the word tables below are compared against every word.
[[gnu::always_inline]] inline bool SameWord(std::string_view w, std::string_view table_word) {
  return w.size() == table_word.size() && !w.empty() && w[0] == table_word[0] && w == table_word;
}

// Parses a digit group at pos: digits, optional ","-groups of three, optional "." decimals.
// Returns the end position and the value.
std::size_t ParseDigits(std::string_view s, std::size_t pos, double& value, bool en_style) {
  std::string clean;
  std::size_t i = pos;
  while (i < s.size() && IsDigit(s[i])) clean += s[i++];
  if (en_style) {
    // Thousands groups.
    while (i + 3 < s.size() + 0 && s[i] == ',' && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) &&
           IsDigit(s[i + 3]) && (i + 4 >= s.size() || !IsDigit(s[i + 4]))) {
      clean.append(s.substr(i + 1, 3));
      i += 4;
    }
    if (i + 1 < s.size() && s[i] == '.' && IsDigit(s[i + 1])) {
      clean += '.';
      ++i;
      while (i < s.size() && IsDigit(s[i])) clean += s[i++];
    }
  }
  value = ParseDouble(clean).value_or(0);
  return i;
}

// Splits text into tokens: digit groups (with glued letter suffix) and words (runs of letters,
// ASCII or Hangul). Other characters separate tokens.
std::vector<Token> Tokenize(std::string_view s, bool en_style) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (IsDigit(c)) {
      Token t;
      t.digits = true;
      std::size_t end = ParseDigits(s, i, t.value, en_style);
      t.text = std::string(s.substr(i, end - i));
      std::size_t suf = end;
      while (suf < s.size()) {
        if (IsAsciiAlpha(s[suf])) {
          t.suffix += AsciiToLower(s[suf]);
          ++suf;
          continue;
        }
        auto d = utf8::Decode(s, suf);
        if (d.cp != utf8::kInvalid && utf8::IsHangulSyllable(d.cp)) {
          t.suffix.append(s.substr(suf, d.length));
          suf += d.length;
          continue;
        }
        break;
      }
      t.span = {i, suf};
      out.push_back(std::move(t));
      i = suf;
      continue;
    }
    if (IsAsciiAlpha(c)) {
      Token t;
      std::size_t end = i;
      while (end < s.size() && (IsAsciiAlpha(s[end]) || s[end] == '-'))
        t.text += AsciiToLower(s[end++]);
      // Keep a trailing "." on short words for abbreviations ("feb.").
      if (end < s.size() && s[end] == '.' && end - i <= 4) t.text += '.';
      t.span = {i, end};
      out.push_back(std::move(t));
      i = end;
      continue;
    }
    auto d = utf8::Decode(s, i);
    if (d.cp != utf8::kInvalid && utf8::IsHangulSyllable(d.cp)) {
      Token t;
      std::size_t end = i;
      while (end < s.size()) {
        auto e = utf8::Decode(s, end);
        if (e.cp == utf8::kInvalid || !utf8::IsHangulSyllable(e.cp)) break;
        end += e.length;
      }
      t.text = std::string(s.substr(i, end - i));
      t.span = {i, end};
      out.push_back(std::move(t));
      i = end;
      continue;
    }
    i += d.length == 0 ? 1 : d.length;
  }
  return out;
}

std::string MonthKey(int month) {
  std::string key = "m";
  key += std::to_string(month);
  return key;
}

int EnglishMonth(std::string_view w, bool capitalised) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kAbbr = {"jan.", "feb.", "mar.", "apr.",
                                                             "may.", "jun.", "jul.", "aug.",
                                                             "sep.", "oct.", "nov.", "dec."};
  if (!capitalised) return 0;
  for (int m = 0; m < 12; ++m) {
    if (SameWord(w, kFull[m]) || SameWord(w, kAbbr[m])) return m + 1;
  }
  if (SameWord(w, "sept.")) return 9;
  return 0;
}

int EnglishNumberWord(std::string_view w) {
  static constexpr std::array<std::string_view, 21> kSmall = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  static constexpr std::array<std::string_view, 8> kTens = {
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  static constexpr std::array<std::string_view, 11> kOrd = {"",       "first", "second", "third",
                                                            "fourth", "fifth", "sixth",  "seventh",
                                                            "eighth", "ninth", "tenth"};
  for (int n = 2; n < 21; ++n) {  // "one" and "zero" are pronouns/idioms too often
    if (SameWord(w, kSmall[n])) return n;
  }
  for (int n = 2; n < 11; ++n) {
    if (SameWord(w, kOrd[n])) return n;
  }
  for (int t = 0; t < 8; ++t) {
    if (SameWord(w, kTens[t])) return (t + 2) * 10;
    std::string_view tens = kTens[t];
    if (w.size() > tens.size() + 1 && w.substr(0, tens.size()) == tens && w[tens.size()] == '-') {
      std::string_view unit = w.substr(tens.size() + 1);
      for (int n = 1; n < 10; ++n) {
        if (SameWord(unit, kSmall[n])) return (t + 2) * 10 + n;
      }
    }
  }
  if (SameWord(w, "hundred")) return 100;
  if (SameWord(w, "dozen")) return 12;
  return 0;
}

double EnglishScale(std::string_view w) {
  if (SameWord(w, "thousand")) return 1e3;
  if (SameWord(w, "million") || SameWord(w, "millions") || SameWord(w, "mln")) return 1e6;
  if (SameWord(w, "billion") || SameWord(w, "billions") || SameWord(w, "bn")) return 1e9;
  if (SameWord(w, "trillion") || SameWord(w, "trillions")) return 1e12;
  return 0;
}

void ExtractEnglish(std::string_view text, std::vector<NumberMention>& out) {
  std::vector<Token> toks = Tokenize(text, true);
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (t.digits) {
      double v = t.value;
      std::size_t end = t.span.end;
      double scale = 0;
      if (t.suffix == "m" || t.suffix == "bn" || t.suffix == "k") {
        scale = t.suffix == "m" ? 1e6 : t.suffix == "bn" ? 1e9 : 1e3;
      } else if (k + 1 < toks.size() && (scale = EnglishScale(toks[k + 1].text)) != 0) {
        end = toks[k + 1].span.end;
        ++k;
      }
      if (scale != 0) v *= scale;
      out.push_back({NumberKey(v), false, {t.span.begin, end}});
      continue;
    }
    bool capitalised = text[t.span.begin] >= 'A' && text[t.span.begin] <= 'Z';
    if (int m = EnglishMonth(t.text, capitalised)) {
      // "May" at the start of a sentence is as likely the verb.
      bool weak = m == 5 && t.span.begin == 0;
      out.push_back({MonthKey(m), weak, t.span});
      continue;
    }
    if (int n = EnglishNumberWord(t.text)) {
      double v = n;
      Span span = t.span;
      if (k + 1 < toks.size()) {
        if (double scale = EnglishScale(toks[k + 1].text)) {
          v *= scale;
          span.end = toks[++k].span.end;
        }
      }
      out.push_back({NumberKey(v), true, span});
    }
  }
}

// Korean numerals (kobi/core/korean.h): units 십 백 천 inside a 만-group, 만 억 조 between groups.
using korean::BigUnit;
using korean::SmallUnit;

// A native number in the form used before a counter (세 명, 스무 살); 0 for other words.
int NativeNumber(std::string_view w) {
  for (const korean::Numeral& n : korean::kNativeNumerals) {
    if (n.before_counter && w == n.word) return n.value;
  }
  return 0;
}

bool IsCounter(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kCounters = {
      "명", "개",   "번", "가지", "살", "시간", "달",   "마리",
      "곳", "차례", "권", "대",   "척", "채",   "번째", "명이"};
  for (std::string_view cs : kCounters) {
    if (w.substr(0, cs.size()) == cs) return true;
  }
  return false;
}

// First syllable (3 bytes for Hangul) of a Hangul string.
std::string_view FirstSyllable(std::string_view s) {
  return s.substr(0, std::min<std::size_t>(3, s.size()));
}

void ExtractKorean(std::string_view text, std::vector<NumberMention>& out) {
  std::vector<Token> toks = Tokenize(text, true);
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (!t.digits) {
      if (int n = NativeNumber(t.text)) {
        if (k + 1 < toks.size() && !toks[k + 1].digits && IsCounter(toks[k + 1].text)) {
          out.push_back({NumberKey(n), true, {t.span.begin, toks[k + 1].span.end}});
          ++k;
        }
      }
      continue;
    }
    // Composite numeral: digits followed by units, possibly continued by more digit groups.
    double total = 0, group = 0, current = t.value;
    std::string suffix = t.suffix;
    std::size_t end = t.span.end;
    bool more = true;
    while (more) {
      more = false;
      std::size_t pos = 0;
      // Consume unit syllables from the suffix.
      while (pos < suffix.size()) {
        std::string_view syl = std::string_view(suffix).substr(pos, 3);
        if (double u = SmallUnit(syl)) {
          group += (current == 0 ? 1 : current) * u;
          current = 0;
          pos += 3;
        } else if (double b = BigUnit(syl)) {
          total += (group + current) * b;
          group = current = 0;
          pos += 3;
        } else {
          break;
        }
      }
      // "3만 5천", "2천300억", "1조400억": a unit ends this token and the next token (glued or
      // after one space) is digits with a unit of its own: one numeral.
      if (pos > 0 && pos == suffix.size() && k + 1 < toks.size() && toks[k + 1].digits &&
          !toks[k + 1].suffix.empty() &&
          (SmallUnit(FirstSyllable(toks[k + 1].suffix)) != 0 ||
           BigUnit(FirstSyllable(toks[k + 1].suffix)) != 0) &&
          toks[k + 1].span.begin <= end + 1) {
        ++k;
        current = toks[k].value;
        suffix = toks[k].suffix;
        end = toks[k].span.end;
        more = true;
      }
      if (!more) suffix = suffix.substr(pos);
    }
    double value = total + group + current;
    if (suffix.substr(0, 3) == "월" && value >= 1 && value <= 12 && value == std::floor(value) &&
        total == 0) {
      out.push_back({MonthKey(static_cast<int>(value)), false, {t.span.begin, end}});
      continue;
    }
    out.push_back({NumberKey(value), false, {t.span.begin, end}});
  }
}

// The value of a key NumberKey or ExtractDigitsOnly wrote.
double KeyValue(const std::string& key) { return ParseDouble(key).value_or(0); }

// Merges "1조" + "400억" written without a space: the tokenizer splits them at the digit.
void MergeGluedKorean(std::string_view text, std::vector<NumberMention>& mentions) {
  (void)text;
  std::vector<NumberMention> out;
  for (auto& m : mentions) {
    if (!out.empty() && !m.weak && !out.back().weak && out.back().span.end == m.span.begin &&
        m.key[0] != 'm' && out.back().key[0] != 'm') {
      double a = KeyValue(out.back().key);
      double b = KeyValue(m.key);
      // Only when the earlier part is a larger unit than the later one (1조 + 400억).
      if (a >= 1e4 && b < a && std::fmod(a, 1e4) == 0) {
        out.back().key = NumberKey(a + b);
        out.back().span.end = m.span.end;
        continue;
      }
    }
    out.push_back(std::move(m));
  }
  mentions = std::move(out);
}

void ExtractDigitsOnly(std::string_view text, std::vector<NumberMention>& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    std::string digits;
    while (i < text.size() && IsDigit(text[i])) digits += text[i++];
    std::size_t nz = digits.find_first_not_of('0');
    digits = nz == std::string::npos ? "0" : digits.substr(nz);
    out.push_back({digits, false, {b, i}});
  }
}

}  // namespace

std::string NumberKey(double value) {
  if (!std::isfinite(value)) return "inf";
  if (value == std::floor(value) && std::fabs(value) < 1e18) {
    return FormatFixed(value, 0);
  }
  return FormatGeneral(value, 6);
}

std::vector<NumberMention> ExtractNumbers(std::string_view text, Lang lang) {
  std::vector<NumberMention> out;
  switch (lang) {
    case Lang::kEn:
      ExtractEnglish(text, out);
      break;
    case Lang::kKo:
    case Lang::kMixed:
      ExtractKorean(text, out);
      MergeGluedKorean(text, out);
      break;
    default:
      ExtractDigitsOnly(text, out);
      break;
  }
  return out;
}

}  // namespace kobi::align
