// The numbers rule. Values are normalised by the aligner (kobi/align/number_normalizer.h: 1조400억
// = 1.04 trillion, 3만 = 30,000, months, dates), so that clean and align agree on what "the same
// number" is. On top of that the rule is lenient where translations legitimately differ: a
// digit-written value is excused by the same digits written differently on the other side
// ("7.55am" / "7시 55분"), by a number word ("six-game" / "6경기", "열다섯 마리" / "15 pigs"),
// or a month name ("June" / "6월"). Only digit-written values accuse; words only excuse.
#include <cstdlib>
#include <iterator>
#include <string>
#include <unordered_set>
#include <vector>

#include "kobi/align/number_normalizer.h"
#include "kobi/core/korean.h"
#include "kobi/core/lang.h"
#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/internal/rules.h"

namespace kobi::corpora::internal {
namespace {

struct Word {
  std::string_view word;
  int value;
};

constexpr Word kEnglishWords[] = {
    {"one", 1},         {"two", 2},          {"three", 3},     {"four", 4},
    {"five", 5},        {"six", 6},          {"seven", 7},     {"eight", 8},
    {"nine", 9},        {"ten", 10},         {"eleven", 11},   {"twelve", 12},
    {"thirteen", 13},   {"fourteen", 14},    {"fifteen", 15},  {"sixteen", 16},
    {"seventeen", 17},  {"eighteen", 18},    {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},     {"forty", 40},       {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},    {"eighty", 80},      {"ninety", 90},   {"hundred", 100},
    {"thousand", 1000}, {"first", 1},        {"second", 2},    {"third", 3},
    {"fourth", 4},      {"fifth", 5},        {"sixth", 6},     {"seventh", 7},
    {"eighth", 8},      {"ninth", 9},        {"tenth", 10},    {"once", 1},
    {"twice", 2},       {"double", 2},       {"triple", 3},    {"dozen", 12},
    {"decade", 10},     {"decades", 10},     {"century", 100}, {"a", 1},
    {"an", 1},          {"single", 1},       {"both", 2},      {"couple", 2},
    {"pair", 2},        {"half", 50},        {"noon", 12},     {"midnight", 12},
    {"hundreds", 100},  {"thousands", 1000}, {"dozens", 12}};

constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};

// Korean words that excuse a number, tried after the native numerals of kobi/core/korean.h:
// ordinals, 양 (both), 반/절반 (half: 50%), 백/천 alone, noon and midnight.
constexpr Word kKoreanWords[] = {{"첫째", 1},  {"둘째", 2},  {"셋째", 3},  {"넷째", 4},
                                 {"양", 2},    {"반", 50},   {"절반", 50}, {"백", 100},
                                 {"천", 1000}, {"정오", 12}, {"자정", 12}};

// The first numeral word `rest` begins with (native numerals first, then kKoreanWords), or
// nullptr.
const Word* KoreanNumeralPrefix(std::string_view rest) {
  static const std::vector<Word> kAll = [] {
    std::vector<Word> all;
    for (const korean::Numeral& n : korean::kNativeNumerals) all.push_back({n.word, n.value});
    all.insert(all.end(), std::begin(kKoreanWords), std::end(kKoreanWords));
    return all;
  }();
  for (const Word& k : kAll) {
    if (rest.starts_with(k.word)) return &k;
  }
  return nullptr;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Maximal runs of ASCII digits, as written ("0800", "7", "55").
void AddDigitRuns(std::string_view text, std::unordered_set<std::string>& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && IsDigit(text[j])) ++j;
    out.emplace(text.substr(i, j - i));
    i = j;
  }
}

void AddEnglishWords(std::string_view text, std::unordered_set<std::string>& out) {
  std::string lower = AsciiLower(text);
  std::size_t i = 0;
  while (i < lower.size()) {
    if (!(lower[i] >= 'a' && lower[i] <= 'z')) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < lower.size() && lower[j] >= 'a' && lower[j] <= 'z') ++j;
    std::string_view w(lower.data() + i, j - i);
    for (const Word& word : kEnglishWords) {
      if (word.word != w) continue;
      out.insert(std::to_string(word.value));
      // "two decades" = 20 years, "two-dozen" = 24, "three hundred" = 300.
      std::size_t k = j;
      if (k < lower.size() && (lower[k] == ' ' || lower[k] == '-')) ++k;
      std::size_t l = k;
      while (l < lower.size() && lower[l] >= 'a' && lower[l] <= 'z') ++l;
      std::string_view next(lower.data() + k, l - k);
      int mult = next.starts_with("decade")     ? 10
                 : next.starts_with("dozen")    ? 12
                 : next.starts_with("hundred")  ? 100
                 : next.starts_with("thousand") ? 1000
                                                : 0;
      if (mult > 0) out.insert(std::to_string(word.value * mult));
    }
    // Roman numerals as written in "World War II", "Elizabeth II", "Phase III".
    std::string_view original = text.substr(i, j - i);
    static constexpr std::string_view kRoman[] = {"I",  "II",  "III",  "IV", "V",
                                                  "VI", "VII", "VIII", "IX", "X"};
    for (int r = 0; r < 10; ++r) {
      if (original == kRoman[r] && (r > 0 || (i >= 4 && lower.substr(i - 4, 3) == "war"))) {
        out.insert(std::to_string(r + 1));
      }
    }
    for (int m = 0; m < 12; ++m) {
      std::string_view month = kMonths[m];
      if (w == month || (w.size() >= 3 && month.starts_with(w) && w != "mar" && w != "may")) {
        std::string key(1, 'm');  // (not "m" + ...: GCC 12 warns falsely, -Wrestrict)
        key += std::to_string(m + 1);
        out.insert(std::move(key));
        out.insert(std::to_string(m + 1));
      }
    }
    i = j;
  }
}

// Hangul words, split off a trailing counter by trying each prefix: "열다섯" -> 15,
// "세명" -> 3. Adjacent numeral words add up ("열 다섯" -> 15).
void AddKoreanWords(std::string_view text, std::unordered_set<std::string>& out) {
  std::size_t pos = 0;
  int run_total = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    while (pos < text.size()) {
      utf8::Decoded d = utf8::Decode(text, pos);
      if (!utf8::IsHangulSyllable(d.cp)) break;
      pos += d.length;
    }
    if (pos == start) {
      utf8::Decoded d = utf8::Decode(text, pos);
      if (!utf8::IsWhitespace(d.cp)) run_total = 0;
      pos += d.length;
      continue;
    }
    std::string_view word = text.substr(start, pos - start);
    // Longest numeral prefix chain: numerals may be glued ("열다섯").
    int value = 0;
    std::string_view rest = word;
    bool progressed = true;
    while (!rest.empty() && progressed) {
      progressed = false;
      if (const Word* k = KoreanNumeralPrefix(rest)) {
        value += k->value;
        rest.remove_prefix(k->word.size());
        progressed = true;
      }
    }
    if (value > 0) {
      out.insert(std::to_string(value));
      run_total = rest.empty() ? run_total + value : 0;
      if (run_total > value) out.insert(std::to_string(run_total));
      if (!rest.empty()) run_total = 0;
    } else {
      run_total = 0;
    }
  }
}

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (IsDigit(c)) return true;
  }
  return false;
}

// True when a digit-written mention of `side` has no equal on the other side.
bool Unmatched(std::string_view text, const std::vector<align::NumberMention>& side,
               const std::unordered_set<std::string>& other_keys,
               const std::unordered_set<std::string>& other_runs) {
  for (const auto& m : side) {
    std::string_view written = m.span.In(text);
    if (m.weak || !HasDigit(written) || other_keys.count(m.key)) continue;
    // 0, 1 and 2 are too often implicit ("a year" / "1년", "both" / "2개", "11:00").
    if (m.key == "0" || m.key == "1" || m.key == "2") continue;
    std::unordered_set<std::string> runs;
    AddDigitRuns(written, runs);
    bool all = !runs.empty();
    for (const auto& r : runs) all = all && other_runs.count(r);
    if (!all) return true;
  }
  return false;
}

}  // namespace

bool NumbersDisagree(std::string_view en, std::string_view ko) {
  if (!HasDigit(en) && !HasDigit(ko)) return false;
  std::vector<align::NumberMention> e = align::ExtractNumbers(en, Lang::kEn);
  std::vector<align::NumberMention> k = align::ExtractNumbers(ko, Lang::kKo);
  std::unordered_set<std::string> ek, kk, er, kr;
  for (const auto& m : e) ek.insert(m.key);
  for (const auto& m : k) kk.insert(m.key);
  AddEnglishWords(en, ek);
  AddKoreanWords(ko, kk);
  AddDigitRuns(en, er);
  AddDigitRuns(ko, kr);
  return Unmatched(en, e, kk, kr) || Unmatched(ko, k, ek, er);
}

}  // namespace kobi::corpora::internal
