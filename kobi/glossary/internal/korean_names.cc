// Korean name shapes; see korean_names.h.
#include "kobi/glossary/internal/korean_names.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>
#include <vector>

#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"

namespace kobi::glossary::internal {
namespace {

// Onsets, nuclei and codas of romanized syllables in RR, MR (ASCII-folded: ŏ -> o, ŭ -> u,
// apostrophes dropped) and popular spellings (oo, ee, ou, ah, ey, yeo/you ...).
constexpr std::array<std::string_view, 25> kOnsets = {
    "", "g", "k", "kk", "gg", "n", "d", "t", "tt", "dd", "r", "l", "m", "b", "p", "pp", "bb",
    "s", "ss", "sh", "j", "ch", "jj", "tch", "h"};
constexpr std::array<std::string_view, 38> kNuclei = {
    "a", "ae", "ya", "yae", "eo", "o", "e", "ye", "yeo", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "eu", "ui", "i", "oo", "ee", "ou", "ai", "ay", "oi", "eui", "you", "yoo",
    "yeu", "wee", "ea", "ei", "ie", "eu", "uh", "ah"};
constexpr std::array<std::string_view, 15> kCodas = {
    "", "k", "g", "n", "t", "d", "l", "r", "m", "p", "b", "ng", "s", "h", "rk"};

const std::unordered_set<std::string>& Syllables() {
  static const auto* set = [] {
    auto* s = new std::unordered_set<std::string>();
    for (auto on : kOnsets) {
      for (auto nu : kNuclei) {
        for (auto co : kCodas) s->insert(std::string(on) + std::string(nu) + std::string(co));
      }
    }
    return s;
  }();
  return *set;
}

// Surname spellings: RR, MR and the popular forms listed for the top surnames by the 2015
// census (as summarised in NIKL's 2009 proposal and passport statistics), lower case.
const std::unordered_set<std::string_view> kSurnames = {
    "kim", "gim", "kym", "lee", "yi", "rhee", "ri", "rhie", "ree", "park", "pak", "bak", "bahk",
    "choi", "choe", "chey", "jung", "jeong", "chung", "cheong", "joung", "kang", "gang", "cho",
    "jo", "joh", "yoon", "yun", "youn", "jang", "chang", "lim", "im", "rim", "han", "shin",
    "sin", "seo", "suh", "soh", "kwon", "gwon", "hwang", "whang", "ahn", "song", "yoo", "yu",
    "ryu", "ryoo", "lyu", "hong", "jeon", "jun", "chun", "chon", "cheon", "ko", "go", "koh",
    "goh", "moon", "mun", "yang", "son", "sohn", "bae", "pae", "bai", "baek", "paik", "paek",
    "baik", "heo", "huh", "hur", "her", "nam", "noh", "roh", "ro", "kwak", "gwak", "sung",
    "seong", "cha", "joo", "ju", "chu", "choo", "woo", "min", "ra", "jin", "chin", "ji", "chi",
    "eom", "um", "uhm", "chae", "won", "bang", "pang", "gong", "kong", "hyun", "hyeon", "ham",
    "byun", "byeon", "pyon", "yeom", "yum", "yeo", "yoh", "seok", "suk", "sun", "seon", "seol",
    "sul", "gil", "kil", "wi", "yeon", "yon", "pyo", "myung", "myeong", "ki", "gi", "ban",
    "wang", "geum", "keum", "kum", "yook", "yuk", "maeng", "tak", "guk", "kook", "lim", "nah",
    "kye", "gye", "bong", "pong", "sa", "tae", "kyung", "gyeong", "cheon",
    "namgung", "hwangbo", "jegal", "seonu", "sunwoo", "dokgo", "sagong", "seomun"};
const std::unordered_set<std::string_view> kAmbiguous = {
    "in", "an", "no", "oh", "o", "so", "do", "ha", "ma", "ok", "u", "na", "to", "ye"};

// First syllables of common surnames (top ~100 by population).
constexpr std::u32string_view kHangulSurnames =
    U"김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지"
    U"엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사"
    U"부";

}  // namespace

std::string FoldLatinWord(std::string_view word) {
  std::string out;
  std::string folded = unicode::StripDiacritics(word);
  for (char c : folded) {
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
    else if (c >= 'a' && c <= 'z') out.push_back(c);
    else if (c == '\'') continue;
    else if (static_cast<unsigned char>(c) >= 0x80) {
      // Curly apostrophes (U+2018/2019, U+02BC) are three bytes: skip them, reject others.
      continue;
    } else {
      return "";
    }
  }
  // Reject words that had letters outside Latin (the byte loop above skipped them).
  for (std::size_t pos = 0; pos < folded.size();) {
    utf8::Decoded d = utf8::Decode(folded, pos);
    if (d.cp >= 0x80 && d.cp != 0x2018 && d.cp != 0x2019 && d.cp != 0x02BC) return "";
    pos += d.length;
  }
  return out;
}

int RomanizedSyllables(std::string_view folded) {
  if (folded.empty() || folded.size() > 40) return 0;
  const auto& set = Syllables();
  const std::size_t n = folded.size();
  std::vector<int> best(n + 1, 1000);
  best[0] = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (best[i] >= 1000) continue;
    for (std::size_t len = 1; len <= 7 && i + len <= n; ++len) {
      if (set.count(std::string(folded.substr(i, len)))) {
        best[i + len] = std::min(best[i + len], best[i] + 1);
      }
    }
  }
  return best[n] >= 1000 ? 0 : best[n];
}

bool IsSurnameSpelling(std::string_view folded) { return kSurnames.count(folded) > 0; }
bool IsAmbiguousSurname(std::string_view folded) { return kAmbiguous.count(folded) > 0; }

bool IsHangulSurname(char32_t syllable) {
  return kHangulSurnames.find(syllable) != std::u32string_view::npos;
}

bool IsDoubleSurname(std::string_view two) {
  for (std::string_view s : {"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"}) {
    if (two == s) return true;
  }
  return false;
}

}  // namespace kobi::glossary::internal
