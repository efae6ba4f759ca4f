// Romanization key: a phonetic skeleton under which the spellings of one Korean name meet
// across romanization systems, popular spellings and scripts.
//
// RomanizationKey(text) accepts Latin spellings ("Kim Jong Un", "Kim Jong-eun",
// "Gim Jeong-eun", "Kim Chŏng-ŭn", "Pusan") or Hangul ("김정은", romanized first in name mode,
// strict RR). The key is lower-case ASCII, e.g. "kimjongon". Steps:
//   - Hangul runs are romanized (strict RR, name mode); Latin is NFC'd, stripped of
//     diacritics, lower-cased; apostrophes are removed; spaces and hyphens separate chunks.
//   - Given-name-first order ("Yuna Kim") is turned around when only the last word is a
//     known surname spelling.
//   - Each chunk is parsed into consonant and vowel units; spellings of one jamo merge:
//     g/k/kh/kk -> k, d/t/th -> t, b/p/ph -> p, j/ch/tch -> j, s/sh/ss -> s, r/l -> l;
//     vowels ㅓ ㅗ ㅜ ㅡ (eo, o, u, eu, ŏ, ŭ, oo, ou) -> o; ee/i/ui -> i; ai/ae -> ae;
//     oe/oi/we/wae -> we; yu/yeo/you/yoo -> yo; silent h (Ahn, Oh) and English r (Park) drop.
//   - The first word follows the initial-sound law (Lee/Rhee/Ri/Yi/I -> i, Roh/Noh -> no).
//   - Consonant clusters are assimilated the way speakers do (Jongro -> jongno, Sinla -> silla,
//     Han Boknam -> hanpongnam), so pronunciation-based and letter-based spellings meet.
// Different names stay apart: Kim Jong-il "kimjongil", Kim Jong-nam "kimjongnam", Lee
// Jae-yong vs Lee Jae-myung, Park Ji-won vs Park Ji-sung. Same key does not mean same person:
// one Hangul name belongs to many people, and a few distinct Hangul names share a spelling
// (정은/중은 both "Jung-eun").
//
//   RomanizationKey("Kim Jong-un") == RomanizationKey("김정은")   // "kimjongon"
//   RomanizationKey("Busan") == RomanizationKey("Pusan")           // "pusan"
//
// Returns "" when text has no Latin letters and no Hangul. Input must be valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace kobi::romanize {

std::string RomanizationKey(std::string_view text);

}  // namespace kobi::romanize
