// Which Korean endings close a sentence, and what may follow them (used by the splitter).
//
// Korean sentences end in a final verbal ending (종결 어미): formal -다/-습니다/-까, polite -요/
// -죠, informal -네/-군/-구먼, nominal -음/-임/-함 of notes and posts, dialect -유. Writers of
// blogs and tweets often leave out the period, or put an emoticon (ㅋㅋ ㅎㅎ ㅠㅠ ^^ ~) in its
// place. Whether such an unpunctuated ending closes the sentence depends on what follows:
// a verb of saying or thinking after an omitted quotative (…건립한다 밝히고, …없다 응답했으며,
// …하겠다 생각했다), an auxiliary or a bound word (…했다 싶고, …있다 보니), or a particle
// continue it. Nouns that merely end in 다 (바다, 사이다, 판다) never close one.
//
//   ClassifyKoreanEnding("했다") == KoreanEnding::kFinal
//   ClassifyKoreanEnding("좋아요ㅎㅎ") == KoreanEnding::kEmoticon
//   ContinuesKoreanSentence("밝혔다.") == true
//
// All functions take one eojeol (a space-delimited word) as UTF-8.
#pragma once

#include <string_view>

namespace kobi::tokenize::internal {

enum class KoreanEnding {
  kNone,  // not a sentence-final form (or not sure)
  kFinal,  // a final ending: 했다, 있습니다, 좋아요, 했죠, 할까, 했음, 것임, 해유, 좋네
  kEmoticon,  // ends in an emoticon after text or is one: 좋아요ㅎㅎ, 했어요~, ㅋㅋㅋ, 했다ㅠㅠ
};

// How an unpunctuated eojeol ends.
KoreanEnding ClassifyKoreanEnding(std::string_view eojeol);

// True when `next` (the eojeol after a final-looking ending) continues the same sentence: a
// verb of saying/thinking/judging (밝혔다 말했다 응답했으며 생각했다 전망했다 …), an
// auxiliary or bound form (싶다 보니 하고 하는 한다 라는 못해 …) or a lone particle.
bool ContinuesKoreanSentence(std::string_view next);

// True when the eojeol (particles allowed after it) is a listed noun ending in 다: 바다,
// 사이다, 판다, 혼다, 소다, 라이다 … (romanized loanwords and native nouns).
bool IsNounEndingInDa(std::string_view eojeol);

// True for Hangul syllables that end a declarative/interrogative/imperative sentence when they
// are followed by a period, question mark or ellipsis (다 요 죠 까 네 오 라 자 니 음 임 함 ...).
bool IsKoreanFinalSyllable(char32_t cp);

// True when an unpunctuated eojeol ends like a finished formal or polite sentence ("했다",
// "있습니다", "좋아요"); conservative: nouns such as "바다" or "필요" do not match.
bool EndsLikeKoreanSentence(std::string_view eojeol);

// True for connective endings that do not close a sentence even before "...": -는데, -ㄴ데,
// -니까 (not 습니까), -는지.
bool EndsWithKoreanConnective(std::string_view eojeol);

// True for words that typically open a sentence (그래서 하지만 근데 그럼 저는 오늘은 …).
bool IsKoreanSentenceStarter(std::string_view next);

// An eojeol ending in a syllable with final ㅁ after another syllable (반겨줌, 권장함, 웃김):
// the nominal ending of notes, or a noun (사람, 마음); a sentence end only before a starter.
bool EndsLikeNominalNote(std::string_view eojeol);

// Emoticon characters: compatibility jamo (ㅋ ㅎ ㅠ ㅜ), ^ ~ ; ♡ ♥ and pictographic emoji.
bool IsEmoticonChar(char32_t cp);
// The strong ones (all but ~ and ;).
bool IsStrongEmoticonChar(char32_t cp);

}  // namespace kobi::tokenize::internal
