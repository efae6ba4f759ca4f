// Korean language knowledge the modules share (tokenize, glossary, align, corpora): how a
// Hangul syllable decomposes, the case particles (josa) with the allomorph each takes, and the
// numerals (native numbers, Sino-Korean units). One home, so that a fix reaches every user.
//
//   kobi::korean::HangulTail(U'강')            // 21 (ㅇ); 0 for 가
//   kobi::korean::ParticleFits({"를", kobi::korean::After::kVowel}, U'바')   // true
//   kobi::korean::SmallUnit("천")              // 1000
//   kobi::korean::BigUnit("억")                // 1e8
//
// Lists are facts of Korean grammar (any grammar of Korean gives them); modules that need a
// particular subset for a heuristic (stems of names, words that continue a sentence) keep
// that subset beside the heuristic and say so.
#pragma once

#include <string_view>

namespace kobi::korean {

// ---- Hangul syllables (U+AC00..U+D7A3 only; other code points give meaningless values) ----
inline constexpr char32_t kFirstSyllable = 0xAC00;
// Initial consonant index 0..18 (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
constexpr int HangulLead(char32_t syllable) {
  return static_cast<int>((syllable - kFirstSyllable) / (21 * 28));
}
// Vowel index 0..20 (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ).
constexpr int HangulVowel(char32_t syllable) {
  return static_cast<int>((syllable - kFirstSyllable) / 28 % 21);
}
// Final consonant index 0..27, 0 = none (ㄱ=1 ㄴ=4 ㄹ=8 ㅁ=16 ㅂ=17 ㅆ=20 ㅇ=21).
constexpr int HangulTail(char32_t syllable) {
  return static_cast<int>((syllable - kFirstSyllable) % 28);
}
inline constexpr int kTailNone = 0, kTailN = 4, kTailRieul = 8, kTailM = 16, kTailB = 17,
                     kTailSs = 20;
constexpr bool HasFinalConsonant(char32_t syllable) { return HangulTail(syllable) != kTailNone; }

// ---- particles ----
// Which preceding syllable a particle form follows: 은/을/과/이/으로 after a final consonant,
// 는/를/와/가 after a vowel, 로 after a vowel or final ㄹ (서울로), others after anything.
enum class After { kAny, kConsonant, kVowel, kVowelOrRieul };

struct Particle {
  std::string_view text;
  After after;
};

// Case and auxiliary particles, their common compounds (에서는, 으로부터) and the quotative
// particles 라고/이라고, 라며/이라며.
// clang-format off
inline constexpr Particle kParticles[] = {
    {"에서부터", After::kAny}, {"으로부터", After::kConsonant}, {"로부터", After::kVowelOrRieul},
    {"에게서", After::kAny},   {"에서는", After::kAny},         {"에서도", After::kAny},
    {"에서의", After::kAny},   {"으로는", After::kConsonant},   {"으로서", After::kConsonant},
    {"으로써", After::kConsonant}, {"이라고", After::kConsonant}, {"이라며", After::kConsonant},
    {"까지는", After::kAny},   {"에서", After::kAny},           {"에게", After::kAny},
    {"한테", After::kAny},     {"께서", After::kAny},           {"으로", After::kConsonant},
    {"로는", After::kVowelOrRieul}, {"로서", After::kVowelOrRieul}, {"로써", After::kVowelOrRieul},
    {"라고", After::kVowel},   {"라며", After::kVowel},         {"까지", After::kAny},
    {"부터", After::kAny},     {"처럼", After::kAny},           {"보다", After::kAny},
    {"에는", After::kAny},     {"에도", After::kAny},           {"과의", After::kConsonant},
    {"와의", After::kVowel},   {"이나", After::kConsonant},     {"마저", After::kAny},
    {"조차", After::kAny},     {"만큼", After::kAny},           {"마다", After::kAny},
    {"은", After::kConsonant}, {"는", After::kVowel},           {"이", After::kConsonant},
    {"가", After::kVowel},     {"을", After::kConsonant},       {"를", After::kVowel},
    {"의", After::kAny},       {"에", After::kAny},             {"와", After::kVowel},
    {"과", After::kConsonant}, {"로", After::kVowelOrRieul},    {"도", After::kAny},
    {"만", After::kAny},       {"께", After::kAny},             {"나", After::kVowel},
    {"랑", After::kVowel},
};
// clang-format on

// True when `particle` may follow the Hangul syllable `prev` (its allomorph agrees).
constexpr bool ParticleFits(const Particle& particle, char32_t prev) {
  const int tail = HangulTail(prev);
  switch (particle.after) {
    case After::kConsonant:
      return tail != kTailNone;
    case After::kVowel:
      return tail == kTailNone;
    case After::kVowelOrRieul:
      return tail == kTailNone || tail == kTailRieul;
    case After::kAny:
      return true;
  }
  return true;
}

// ---- numerals ----
struct Numeral {
  std::string_view word;
  int value;
  bool before_counter;  // the form used before a counter (세 명, 스무 살), not alone (셋, 스물)
};

// Native Korean numbers: both forms of 1-4 and 20 (한/하나 … 스무/스물), 5-10, the tens to
// 50, and 첫 (first). A prefix matcher takes the first entry that matches: keep a word before
// any longer word that begins with it.
// clang-format off
inline constexpr Numeral kNativeNumerals[] = {
    {"한", 1, true},    {"하나", 1, false}, {"두", 2, true},    {"둘", 2, false},
    {"세", 3, true},    {"셋", 3, false},   {"네", 4, true},    {"넷", 4, false},
    {"다섯", 5, true},  {"여섯", 6, true},  {"일곱", 7, true},  {"여덟", 8, true},
    {"아홉", 9, true},  {"열", 10, true},   {"스무", 20, true}, {"스물", 20, false},
    {"서른", 30, true}, {"마흔", 40, true}, {"쉰", 50, true},  {"첫", 1, true},
};
// clang-format on

// Sino-Korean units inside a group of four digits: 십 10, 백 100, 천 1000; 0 for others.
constexpr double SmallUnit(std::string_view syllable) {
  return syllable == "십" ? 10 : syllable == "백" ? 100 : syllable == "천" ? 1000 : 0;
}
// Units between groups of four digits: 만 1e4, 억 1e8, 조 1e12; 0 for others.
constexpr double BigUnit(std::string_view syllable) {
  return syllable == "만" ? 1e4 : syllable == "억" ? 1e8 : syllable == "조" ? 1e12 : 0;
}

}  // namespace kobi::korean
