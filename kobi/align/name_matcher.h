// Names and loanwords across scripts: a phonetic consonant skeleton shared by an English
// spelling and its Hangul transcription.
//
//   PhoneticKey("Michigan") == PhoneticKey("미시간")      // both "mskn"
//   PhoneticKey("Stanford") == PhoneticKey("스탠포드")    // both "stnpt"
//   PhoneticKey("Hong Lei") == PhoneticKey("훙레이")      // both "nl"
//
// The key keeps consonants only, folded into classes that Korean transcription cannot tell
// apart: p (p b f v ph), t (t d th), k (k g c q), s (s z j ch sh soft c/g, ㅅ ㅈ ㅊ), l (l r),
// m, n (n, ng, final ㅇ); h, w, y and vowels are dropped; repeats collapse. English "r" counts
// only before a vowel (Stanford -> 스탠포드), "x" is "ks". Hangul syllables are decomposed
// arithmetically (no tables, no ICU). Other characters are skipped. The key is empty for text
// without consonants. Input is UTF-8; invalid bytes are skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kobi::align {

// Consonant skeleton of a Latin or Hangul word or phrase (spaces and punctuation ignored).
std::string PhoneticKey(std::string_view text);

// Korean word forms worth a key: the eojeol itself and the eojeol without a trailing particle or
// copula ("존스에게는" -> "존스에게는", "존스"), Hangul only, at least two syllables left.
std::vector<std::string> KoreanStems(std::string_view eojeol);

}  // namespace kobi::align
