// Property: kobi's RR transliteration (§3.8) agrees with ICU's "Hangul-Latin" transform apart
// from where hyphens go (ICU marks different ambiguities). Checked over every one of the
// 11,172 syllables and over pseudo-random words of two to four syllables (fixed seed).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "kobi/core/internal/icu_reference.h"
#include "kobi/core/utf8.h"
#include "kobi/romanize/romanizer.h"

namespace kobi::romanize {
namespace {

std::string WithoutHyphens(std::string s) {
  std::erase(s, '-');
  return s;
}

std::string Kobi(const std::string& hangul) {
  return WithoutHyphens(Romanize(hangul, {.system = System::kTranslit}));
}

std::string Icu(const std::string& hangul) {
  return WithoutHyphens(unicode::internal::Transliterate("Hangul-Latin", hangul));
}

TEST(TranslitIcu, EverySyllable) {
  int mismatches = 0;
  for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) {
    std::string s = utf8::Encode(cp);
    if (Kobi(s) != Icu(s)) {
      ADD_FAILURE() << s << ": kobi " << Kobi(s) << " icu " << Icu(s);
      if (++mismatches > 20) break;
    }
  }
}

TEST(TranslitIcu, RandomWords) {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  int mismatches = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string word;
    int len = 2 + static_cast<int>(next() % 3);
    for (int k = 0; k < len; ++k) {
      utf8::Append(word, static_cast<char32_t>(0xAC00 + next() % 11172));
    }
    if (Kobi(word) != Icu(word)) {
      ADD_FAILURE() << word << ": kobi " << Kobi(word) << " icu " << Icu(word);
      if (++mismatches > 20) break;
    }
  }
}

TEST(TranslitIcu, HyphensAreOnlyAtSyllableJoins) {
  // kobi's hyphens never split a syllable: removing them leaves ICU's letters (above), and a
  // single syllable never gets one.
  for (char32_t cp = 0xAC00; cp <= 0xD7A3; cp += 7) {
    std::string s = utf8::Encode(cp);
    EXPECT_EQ(Romanize(s, {.system = System::kTranslit}).find('-'), std::string::npos) << s;
  }
}

}  // namespace
}  // namespace kobi::romanize
