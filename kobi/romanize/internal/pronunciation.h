// Standard-pronunciation rewriting of one Hangul word (a run of syllables), as Revised
// Romanization and McCune-Reischauer need it (국어의 로마자 표기법 제3장 제1항).
//
// Pronounce() returns syllables whose leads and tails are the pronounced ones: liaison
// (설악 -> 서락), coda neutralisation (벚꽃 -> 벋꼳), nasalisation (백마 -> 뱅마, 종로 -> 종노,
// 독립문 -> 동님문), liquidisation (신라 -> 실라, 별내 -> 별래, with the 신문로 -> 신문노
// exception for suffixes such as 로/란/량), ㄴ/ㄹ insertion from the word list (학여울 ->
// 항녀울, 알약 -> 알략), palatalisation (같이 -> 가치, 굳히다 -> 구치다) and aspiration
// (좋고 -> 조코, 잡혀 -> 자펴). Tensification is not applied (RR does not write it).
// Every tail of the result is one of the seven finals ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ or none.
//
//   Pronounce(ToSyllables("백마"), {}) == ToSyllables("뱅마")
#pragma once

#include <vector>

#include "kobi/romanize/internal/hangul.h"

namespace kobi::romanize::internal {

struct PronounceOptions {
  // Nouns (place names, cultural properties): ㅎ after ㄱ ㄷ ㅂ is kept, not merged into an
  // aspirate (묵호 Mukho, 집현전 Jiphyeonjeon). When false, a heuristic decides: only verbal
  // suffixes (히, 혀, 했, 하다 ...) merge.
  bool noun = false;
};

std::vector<Syllable> Pronounce(const std::vector<Syllable>& word,
                                const PronounceOptions& options = {});

// Each syllable on its own (personal names: 복남 -> 복 남, no assimilation): tails neutralised.
std::vector<Syllable> NeutralizeEach(const std::vector<Syllable>& word);

}  // namespace kobi::romanize::internal
