// Letter tables and syllable rendering for RR, RR transliteration and McCune-Reischauer.
//
// Render*() turn a syllable sequence into one Piece per syllable (onset, vowel, coda letters);
// Join*() glue pieces into a word with each system's separators:
//   RR:       optional hyphen where a reading is ambiguous (중앙 Jung-ang, 세운 Se-un);
//   translit: hyphen for a silent ㅇ after a consonant and for ambiguous letter sequences
//             (물엿 mul-yeos, 없었습니다 eobs-eoss-seubnida), RR §3.8;
//   MR:       apostrophe between n and g (한국 Han'guk); the ASCII form drops breves and
//             apostrophes (Hanguk, Pusan).
// Input to RenderRr/RenderMr is pronounced syllables (see pronunciation.h); RenderTranslit
// takes the spelling as written.
#pragma once

#include <string>
#include <vector>

#include "kobi/romanize/internal/hangul.h"

namespace kobi::romanize::internal {

struct Piece {
  std::string onset, vowel, coda;
  std::string Text() const { return onset + vowel + coda; }
};

std::vector<Piece> RenderRr(const std::vector<Syllable>& pronounced);
std::vector<Piece> RenderTranslit(const std::vector<Syllable>& spelled);
// initial_voiced: the first syllable follows a voiced sound (MR given names after the first
// syllable are rendered with the previous syllable as context instead).
std::vector<Piece> RenderMr(const std::vector<Syllable>& pronounced, bool initial_voiced = false);

std::string JoinRr(const std::vector<Piece>& pieces, bool hyphenate_ambiguous);
std::string JoinTranslit(const std::vector<Piece>& pieces);
std::string JoinMr(const std::vector<Piece>& pieces, bool ascii);

// Drops MR breves and apostrophes: "P'yŏngyang" -> "Pyongyang".
std::string MrToAscii(const std::string& mr);

// Letters for a standalone compatibility jamo U+3131..U+3163 (ㅋ -> k, ㅠ -> yu, ㅇ -> ng);
// empty for other code points.
std::string CompatibilityJamoLetters(char32_t cp, bool mr);

// Uppercases the first letter (ASCII, ŏ, ŭ).
std::string CapitalizeFirst(std::string text);

}  // namespace kobi::romanize::internal
