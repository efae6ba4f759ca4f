// Romanization of single units (a word, a personal name, a place token), shared by
// romanizer.cc. Private to kobi::romanize.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kobi/romanize/internal/hangul.h"
#include "kobi/romanize/romanizer.h"

namespace kobi::romanize::internal {

// One word (a run of syllables) in the chosen system; noun keeps ㅎ after ㄱ ㄷ ㅂ.
std::string RomanizeWord(const std::vector<Syllable>& word, const RomanizeOptions& options,
                         bool noun);

// Personal names (names.cc).
// Length of the surname at the start of word: 2 for 남궁/제갈/선우/황보... when the word has
// at least three syllables (or is exactly that surname), else 1.
std::size_t SurnameLength(const std::vector<Syllable>& word);
bool IsTwoSyllableSurname(const std::vector<Syllable>& word);
std::string RomanizeSurname(const std::vector<Syllable>& surname, const RomanizeOptions& options);
std::string RomanizeGivenName(const std::vector<Syllable>& given, const RomanizeOptions& options);

// Places (places.cc): one whitespace-free token that contains Hangul (봉천1동, 2가, 제주도).
std::string RomanizePlaceToken(std::string_view token, const RomanizeOptions& options);

// Sino-Korean reading of a number in Hangul (12 -> 십이); empty when too long (> 4 digits).
std::string SinoKoreanReading(std::string_view digits);

}  // namespace kobi::romanize::internal
