// Phonetic keys for cross-script name matching; see name_matcher.h.
#include "kobi/align/name_matcher.h"

#include <array>
#include <string_view>

#include "kobi/core/korean.h"
#include "kobi/core/utf8.h"

namespace kobi::align {
namespace {

// Classes of the 19 initial consonants: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
constexpr std::array<const char*, 19> kInitial = {"k", "k", "n", "t", "t", "l", "m", "p", "p", "s",
                                                  "s", "",  "s", "s", "s", "k", "t", "p", ""};
// Classes of the 28 finals (index 0 = none).
constexpr std::array<const char*, 28> kFinal = {
    "",   "k", "k", "k", "n", "n", "n", "t", "l", "lk", "lm", "lp", "l", "l",
    "lp", "l", "m", "p", "p", "t", "t", "n", "t", "t",  "k",  "t",  "p", ""};

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

void Push(std::string& key, const char* cls) {
  for (const char* p = cls; *p; ++p) {
    if (key.empty() || key.back() != *p) key += *p;
  }
}

// English letters of one word (lowercased ASCII) to classes.
void EnglishWordKey(const std::string& w, std::string& key) {
  std::size_t n = w.size();
  for (std::size_t i = 0; i < n; ++i) {
    char c = w[i];
    char next = i + 1 < n ? w[i + 1] : '\0';
    if (IsVowel(c) || c == 'h' || c == 'w') {
      // A vowel separates repeated consonants ("Anan" -> n n).
      if (IsVowel(c) && !key.empty() && key.back() != '.') key += '.';
      continue;
    }
    const char* cls = "";
    switch (c) {
      case 'b':
      case 'p':
      case 'f':
      case 'v':
        cls = "p";
        break;
      case 'd':
      case 't':
        cls = "t";
        break;
      case 'k':
      case 'q':
        cls = "k";
        break;
      case 'c':
        if (next == 'h')
          cls = "s";
        else if (next == 'k') {
          cls = "k";
          ++i;
        } else if (next == 'e' || next == 'i' || next == 'y')
          cls = "s";
        else
          cls = "k";
        break;
      case 'g':
        if (i > 0 && w[i - 1] == 'n' && !IsVowel(next))
          cls = "";  // "ng"
        else if (next == 'e' || next == 'i' || next == 'y')
          cls = i == 0 ? "s" : "k";
        else
          cls = "k";
        break;
      case 'j':
      case 'z':
      case 's':
        cls = "s";
        break;
      case 'x':
        cls = i == 0 ? "s" : "ks";
        break;
      case 'l':
        cls = "l";
        break;
      case 'r':
        cls = (IsVowel(next) || i == 0) ? "l" : "";
        break;
      case 'm':
        cls = "m";
        break;
      case 'n':
        cls = "n";
        break;
      default:
        cls = "";
        break;
    }
    Push(key, cls);
  }
}

}  // namespace

std::string PhoneticKey(std::string_view text) {
  std::string key;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) EnglishWordKey(word, key);
    word.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    auto d = utf8::Decode(text, i);
    i += d.length == 0 ? 1 : d.length;
    char32_t cp = d.cp;
    if (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))) {
      word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
      continue;
    }
    flush();
    if (cp != utf8::kInvalid && utf8::IsHangulSyllable(cp)) {
      int l = korean::HangulLead(cp);
      int t = korean::HangulTail(cp);
      Push(key, kInitial[l]);
      if (!key.empty() && key.back() != '.') key += '.';  // the vowel
      Push(key, kFinal[t]);
    }
  }
  flush();
  // Vowel markers only served to keep consonants apart; drop them.
  std::string out;
  for (char c : key) {
    if (c != '.') out += c;
  }
  return out;
}

std::vector<std::string> KoreanStems(std::string_view eojeol) {
  // Particles and endings, longest first within the list order that matters.
  static constexpr std::array<std::string_view, 40> kSuffixes = {
      "에서는", "에게는", "으로는", "이라고", "이라는", "에서도", "까지는", "에게서",
      "으로",   "에서",   "에게",   "께서",   "라고",   "라는",   "까지",   "부터",
      "처럼",   "보다",   "에는",   "로는",   "와의",   "과의",   "이다",   "였다",
      "이며",   "이고",   "은",     "는",     "이",     "가",     "을",     "를",
      "의",     "에",     "와",     "과",     "로",     "도",     "만",     "들"};
  std::vector<std::string> out;
  // Hangul only.
  for (std::size_t i = 0; i < eojeol.size();) {
    auto d = utf8::Decode(eojeol, i);
    if (d.cp == utf8::kInvalid || !utf8::IsHangulSyllable(d.cp)) return out;
    i += d.length;
  }
  if (eojeol.empty()) return out;
  out.emplace_back(eojeol);
  std::string_view stem = eojeol;
  for (int round = 0; round < 2; ++round) {
    bool stripped = false;
    for (std::string_view suf : kSuffixes) {
      // The last byte first: it rejects almost every suffix without a full comparison.
      if (stem.size() >= suf.size() + 6 && stem.back() == suf.back() &&
          stem.substr(stem.size() - suf.size()) == suf) {
        stem = stem.substr(0, stem.size() - suf.size());
        out.emplace_back(stem);
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  return out;
}

}  // namespace kobi::align
