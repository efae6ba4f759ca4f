// Shapes of Korean names, for the romanization checker. Private to kobi::glossary.
//
// - Latin: does a word read as romanized Korean syllables (RR, McCune–Reischauer folded to
//   ASCII, popular spellings such as Lee, Park, Choi, Jung, Hee)? Is it a surname spelling?
// - Hangul: is a syllable a common surname? Does a token look like a personal name?
//
//   RomanizedSyllables("jongun") == 2; RomanizedSyllables("president") == 0 (not Korean)
//   IsSurnameSpelling("park") == true; IsHangulSurname(U'김') == true
#pragma once

#include <string>
#include <string_view>

namespace kobi::glossary::internal {

// Lower-case ASCII form of a Latin word: diacritics and apostrophes removed ("P'yŏng" ->
// "pyong"); empty when the word has other characters.
std::string FoldLatinWord(std::string_view word);

// Fewest romanized Korean syllables that spell `folded` (a FoldLatinWord result), 0 when no
// split exists.
int RomanizedSyllables(std::string_view folded);

// Common Korean surname spellings (RR, MR and popular: kim gim lee yi rhee park pak choi ...).
bool IsSurnameSpelling(std::string_view folded);
// Surname spellings that are also everyday English words (In, An, No, Oh, So, Do, Ha, Ma,
// Ok, U, O): accepted only before a hyphenated given name.
bool IsAmbiguousSurname(std::string_view folded);

// Hangul syllables that begin common surnames (김 이 박 최 정 ...).
bool IsHangulSurname(char32_t syllable);
// Two-syllable surnames (남궁 황보 제갈 선우 독고 사공 서문).
bool IsDoubleSurname(std::string_view two_syllables);

}  // namespace kobi::glossary::internal
