// Hangul syllable arithmetic and jamo constants for the romanizer (private to kobi::romanize).
//
// A precomposed syllable U+AC00..U+D7A3 is (lead, vowel, tail) with lead 0..18, vowel 0..20,
// tail 0..27 (0 = no final consonant), in Unicode's standard order. The named constants below
// use that order; "coda" values are tail indices, "onset" values are lead indices.
//
//   Syllable s = Decompose(U'한');   // s.lead == kN, s.vowel == kA, s.tail == kTN
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kobi::romanize::internal {

// Leads (initial consonants).
enum Lead : int {
  kG = 0,
  kGG,
  kN,
  kD,
  kDD,
  kR,
  kM,
  kB,
  kBB,
  kS,
  kSS,
  kNone,
  kJ,
  kJJ,
  kCh,
  kK,
  kT,
  kP,
  kH
};
// Vowels.
enum Vowel : int {
  kA = 0,
  kAe,
  kYa,
  kYae,
  kEo,
  kE,
  kYeo,
  kYe,
  kO,
  kWa,
  kWae,
  kOe,
  kYo,
  kU,
  kWo,
  kWe,
  kWi,
  kYu,
  kEu,
  kUi,
  kI
};
// Tails (final consonants); 0 = none.
enum Tail : int {
  kTNone = 0,
  kTG,
  kTGG,
  kTGS,
  kTN,
  kTNJ,
  kTNH,
  kTD,
  kTL,
  kTLG,
  kTLM,
  kTLB,
  kTLS,
  kTLT,
  kTLP,
  kTLH,
  kTM,
  kTB,
  kTBS,
  kTS,
  kTSS,
  kTNg,
  kTJ,
  kTCh,
  kTK,
  kTT,
  kTP,
  kTH
};

struct Syllable {
  int lead = kNone;
  int vowel = kA;
  int tail = kTNone;
  friend bool operator==(const Syllable&, const Syllable&) = default;
};

inline bool IsSyllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
inline Syllable Decompose(char32_t cp) {
  int index = static_cast<int>(cp - 0xAC00);
  return Syllable{index / (21 * 28), (index / 28) % 21, index % 28};
}
inline char32_t Compose(const Syllable& s) {
  return static_cast<char32_t>(0xAC00 + (s.lead * 21 + s.vowel) * 28 + s.tail);
}

// Decodes a string made only of precomposed syllables (others are skipped).
std::vector<Syllable> ToSyllables(std::string_view hangul);
std::string FromSyllables(const std::vector<Syllable>& syllables);

// The lead spelled with the same letter as a single tail (kTG -> kG); -1 for clusters/none.
int TailToLead(int tail);
// Splits a cluster tail into (remaining tail, lead that moves on): kTGS -> (kTG, kS).
// Returns false for a single or empty tail.
bool SplitCluster(int tail, int* first_tail, int* second_lead);
// The representative of a tail before a consonant or at the end of a word (7 finals:
// ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ).
int NeutralizeTail(int tail);

// True for the vowels ㅣ ㅑ ㅕ ㅛ ㅠ (the ones that take ㄴ-insertion).
inline bool IsIotizedOrI(int vowel) {
  return vowel == kI || vowel == kYa || vowel == kYeo || vowel == kYo || vowel == kYu;
}

}  // namespace kobi::romanize::internal
