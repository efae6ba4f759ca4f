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
    "",  "g", "k",  "kk", "gg", "n",  "d",  "t", "tt", "dd", "r",   "l", "m",
    "b", "p", "pp", "bb", "s",  "ss", "sh", "j", "ch", "jj", "tch", "h"};
constexpr std::array<std::string_view, 38> kNuclei = {
    "a",  "ae",  "ya",  "yae", "eo",  "o",   "e",  "ye", "yeo", "wa", "wae", "oe", "yo",
    "u",  "wo",  "we",  "wi",  "yu",  "eu",  "ui", "i",  "oo",  "ee", "ou",  "ai", "ay",
    "oi", "eui", "you", "yoo", "yeu", "wee", "ea", "ei", "ie",  "eu", "uh",  "ah"};
constexpr std::array<std::string_view, 15> kCodas = {"",  "k", "g", "n",  "t", "d", "l", "r",
                                                     "m", "p", "b", "ng", "s", "h", "rk"};

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
    "kim",   "gim",     "kym",     "lee",    "yi",    "rhee",   "ri",    "rhie",   "ree",
    "park",  "pak",     "bak",     "bahk",   "choi",  "choe",   "chey",  "jung",   "jeong",
    "chung", "cheong",  "joung",   "kang",   "gang",  "cho",    "jo",    "joh",    "yoon",
    "yun",   "youn",    "jang",    "chang",  "lim",   "im",     "rim",   "han",    "shin",
    "sin",   "seo",     "suh",     "soh",    "kwon",  "gwon",   "hwang", "whang",  "ahn",
    "song",  "yoo",     "yu",      "ryu",    "ryoo",  "lyu",    "hong",  "jeon",   "jun",
    "chun",  "chon",    "cheon",   "ko",     "go",    "koh",    "goh",   "moon",   "mun",
    "yang",  "son",     "sohn",    "bae",    "pae",   "bai",    "baek",  "paik",   "paek",
    "baik",  "heo",     "huh",     "hur",    "her",   "nam",    "noh",   "roh",    "ro",
    "kwak",  "gwak",    "sung",    "seong",  "cha",   "joo",    "ju",    "chu",    "choo",
    "woo",   "min",     "ra",      "jin",    "chin",  "ji",     "chi",   "eom",    "um",
    "uhm",   "chae",    "won",     "bang",   "pang",  "gong",   "kong",  "hyun",   "hyeon",
    "ham",   "byun",    "byeon",   "pyon",   "yeom",  "yum",    "yeo",   "yoh",    "seok",
    "suk",   "sun",     "seon",    "seol",   "sul",   "gil",    "kil",   "wi",     "yeon",
    "yon",   "pyo",     "myung",   "myeong", "ki",    "gi",     "ban",   "wang",   "geum",
    "keum",  "kum",     "yook",    "yuk",    "maeng", "tak",    "guk",   "kook",   "lim",
    "nah",   "kye",     "gye",     "bong",   "pong",  "sa",     "tae",   "kyung",  "gyeong",
    "cheon", "namgung", "hwangbo", "jegal",  "seonu", "sunwoo", "dokgo", "sagong", "seomun"};
const std::unordered_set<std::string_view> kAmbiguous = {"in", "an", "no", "oh", "o",  "so", "do",
                                                         "ha", "ma", "ok", "u",  "na", "to", "ye"};

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
    if (c >= 'A' && c <= 'Z')
      out.push_back(static_cast<char>(c + 32));
    else if (c >= 'a' && c <= 'z')
      out.push_back(c);
    else if (c == '\'')
      continue;
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

namespace {

constexpr std::array<std::string_view, 62> kKoreanNameSuffixes = {
    "은",     "는",     "이",         "가",         "을",     "를",     "의",   "에",    "와",
    "과",     "도",     "로",         "으로",       "만",     "께",     "한테", "부터",  "까지",
    "처럼",   "보다",   "나",         "랑",         "이랑",   "하고",   "라고", "이라",  "란",
    "이란",   "여",     "씨",         "님",         "군",     "양",     "옹",   "측",    "등",
    "일가",   "부부",   "정권",       "체제",       "위원장", "대통령", "주석", "총리",  "수상",
    "총서기", "총비서", "장관",       "차관",       "대변인", "대사",   "의원", "대표",  "회장",
    "여사",   "부인",   "국무위원장", "국방위원장", "당선인", "후보",   "전",   "외무상"};

// Final syllables of verb and adjective forms (nominaliser 기, connectives 고 며 면 게, past
// and declarative 다 요) that given names rarely end in.
bool VerbalEnding(char32_t c) {
  switch (c) {
    case U'다':
    case U'고':
    case U'며':
    case U'면':
    case U'기':
    case U'게':
    case U'던':
    case U'요':
    case U'니':
    case U'까':
    case U'했':
    case U'된':
    case U'될':
    case U'할':
    case U'른':
    case U'는':
      return true;
    default:
      return false;
  }
}

// Particles that, glued to a two-syllable noun, make a three-syllable word (기억 + 에): a
// three-syllable word ending in one is read as noun + particle, not as a name.
bool ParticleSyllable(char32_t c) {
  switch (c) {
    case U'에':
    case U'를':
    case U'을':
    case U'의':
    case U'로':
    case U'와':
    case U'과':
    case U'도':
    case U'가':
      return true;
    default:
      return false;
  }
}

}  // namespace

bool StartsWithNameSuffix(std::string_view rest) {
  for (auto s : kKoreanNameSuffixes) {
    if (rest.substr(0, s.size()) == s) return true;
  }
  return false;
}

bool IsNameSuffix(std::string_view rest) {
  return std::find(kKoreanNameSuffixes.begin(), kKoreanNameSuffixes.end(), rest) !=
         kKoreanNameSuffixes.end();
}

std::string_view KoreanPersonName(std::string_view word) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < word.size();) {
    utf8::Decoded d = utf8::Decode(word, i);
    if (d.cp == utf8::kInvalid || !utf8::IsHangulSyllable(d.cp)) return {};
    cps.push_back(d.cp);
    i += d.length;
  }
  // Hangul syllables are 3 bytes in UTF-8.
  auto try_length = [&](std::size_t n) -> std::string_view {
    if (cps.size() < n) return {};
    const std::string_view rest = word.substr(3 * n);
    if (!rest.empty() && !IsNameSuffix(rest)) return {};
    if (VerbalEnding(cps[n - 1])) return {};
    if (rest.empty() && n == 3 && ParticleSyllable(cps[2])) return {};
    const bool surname = IsHangulSurname(cps[0]) || (n >= 3 && IsDoubleSurname(word.substr(0, 6)));
    return surname ? word.substr(0, 3 * n) : std::string_view();
  };
  // A title or other word of the suffix list, alone or with a particle (장관은, 대통령이), is
  // a common noun, not a name.
  for (std::string_view s : kKoreanNameSuffixes) {
    if (s.size() >= 6 && word.substr(0, s.size()) == s &&
        (word.size() == s.size() || IsNameSuffix(word.substr(s.size())))) {
      return {};
    }
  }
  // A name of three syllables, then (two-syllable surnames) four.
  if (auto name = try_length(3); !name.empty()) return name;
  if (IsDoubleSurname(word.substr(0, std::min<std::size_t>(6, word.size())))) {
    return try_length(4);
  }
  return {};
}

}  // namespace kobi::glossary::internal
