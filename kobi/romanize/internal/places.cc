// Place names (RR 제3장 제5항, 제6항): administrative units after a hyphen, without sound
// change across it (충청북도 Chungcheongbuk-do, 삼죽면 Samjuk-myeon, 인왕리 Inwang-ri); a
// number before a unit keeps its digits with the reading in parentheses (봉천1동 Bongcheon
// 1(il)-dong, 종로 2가 Jongno 2(i)-ga); other names are one word with sound rules inside
// (속리산 Songnisan) and ㅎ kept after ㄱ ㄷ ㅂ (묵호 Mukho).
#include <array>
#include <string>

#include "kobi/core/utf8.h"
#include "kobi/romanize/internal/letters.h"
#include "kobi/romanize/internal/lexicon.h"
#include "kobi/romanize/internal/word.h"

namespace kobi::romanize::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string Cap(std::string s, const RomanizeOptions&) { return CapitalizeFirst(std::move(s)); }

// A Hangul word in place mode: province, stem + unit, or a plain name.
std::string PlaceWord(const std::vector<Syllable>& word, const RomanizeOptions& options) {
  const Lexicon& lex = GetLexicon();
  std::string hangul = FromSyllables(word);
  if (lex.whole_units.count(hangul) > 0 && word.size() >= 2) {
    std::vector<Syllable> stem(word.begin(), word.end() - 1);
    std::string out = Cap(RomanizeWord(stem, options, true), options);
    out += '-';
    out += RomanizeWord({word.back()}, options, true);
    return out;
  }
  for (const std::string& ending : lex.lexical_endings) {
    if (hangul.size() >= ending.size() &&
        hangul.compare(hangul.size() - ending.size(), ending.size(), ending) == 0) {
      return Cap(RomanizeWord(word, options, true), options);
    }
  }
  for (const PlaceUnit& unit : lex.units) {
    if (word.size() <= unit.syllables) continue;
    std::size_t stem_size = word.size() - unit.syllables;
    if (stem_size < unit.min_stem) continue;
    std::vector<Syllable> tail(word.begin() + static_cast<std::ptrdiff_t>(stem_size), word.end());
    if (FromSyllables(tail) != unit.hangul) continue;
    std::vector<Syllable> stem(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(stem_size));
    std::string out = Cap(RomanizeWord(stem, options, true), options);
    if (!(options.omit_unit && unit.omittable)) {
      out += '-';
      out += RomanizeWord(tail, options, true);
    }
    return out;
  }
  return Cap(RomanizeWord(word, options, true), options);
}

bool IsNumberedUnit(const std::vector<Syllable>& word) {
  if (word.size() != 1) return false;
  char32_t cp = Compose(word[0]);
  return cp == U'가' || cp == U'동' || cp == U'리' || cp == U'로' || cp == U'길';
}

}  // namespace

std::string SinoKoreanReading(std::string_view digits) {
  static constexpr std::array<std::u32string_view, 10> kDigit = {U"",   U"일", U"이", U"삼", U"사",
                                                                 U"오", U"육", U"칠", U"팔", U"구"};
  static constexpr std::array<std::u32string_view, 4> kPlace = {U"", U"십", U"백", U"천"};
  while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
  if (digits.empty() || digits.size() > 4) return "";
  if (digits == "0") return "영";
  std::u32string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    int d = digits[i] - '0';
    std::size_t place = digits.size() - 1 - i;
    if (d == 0) continue;
    if (!(d == 1 && place > 0)) out += kDigit[static_cast<std::size_t>(d)];
    out += kPlace[place];
  }
  std::string utf8;
  for (char32_t cp : out) utf8::Append(utf8, cp);
  return utf8;
}

std::string RomanizePlaceToken(std::string_view token, const RomanizeOptions& options) {
  // Segments: Hangul runs, digit runs, anything else.
  std::string out;
  std::size_t pos = 0;
  bool after_hangul = false;
  while (pos < token.size()) {
    utf8::Decoded d = utf8::Decode(token, pos);
    if (IsSyllable(d.cp)) {
      std::size_t end = pos;
      while (end < token.size()) {
        utf8::Decoded e = utf8::Decode(token, end);
        if (!IsSyllable(e.cp)) break;
        end += e.length;
      }
      out += PlaceWord(ToSyllables(token.substr(pos, end - pos)), options);
      pos = end;
      after_hangul = true;
      continue;
    }
    if (IsDigit(token[pos])) {
      std::size_t end = pos;
      while (end < token.size() && IsDigit(token[end])) ++end;
      std::string_view digits = token.substr(pos, end - pos);
      // A unit right after the number: 2가 -> 2(i)-ga; 봉천1동 -> Bongcheon 1(il)-dong.
      std::size_t unit_end = end;
      if (unit_end < token.size()) {
        utf8::Decoded u = utf8::Decode(token, unit_end);
        if (IsSyllable(u.cp)) unit_end += u.length;
      }
      std::vector<Syllable> unit = ToSyllables(token.substr(end, unit_end - end));
      bool unit_ends_token =
          unit_end >= token.size() || !IsSyllable(utf8::Decode(token, unit_end).cp);
      std::string reading = SinoKoreanReading(digits);
      if (!unit.empty() && IsNumberedUnit(unit) && unit_ends_token && !reading.empty()) {
        if (after_hangul) out += ' ';
        out += digits;
        out += '(';
        out += RomanizeWord(ToSyllables(reading), options, true);
        out += ")-";
        out += RomanizeWord(unit, options, true);
        pos = unit_end;
      } else {
        out += digits;
        pos = end;
      }
      after_hangul = false;
      continue;
    }
    out.append(token.substr(pos, d.length));
    pos += d.length;
    after_hangul = false;
  }
  return out;
}

}  // namespace kobi::romanize::internal
