// Word lists used by the sentence splitter and the tokenizer (English abbreviations, sentence
// starters, Moses-style non-breaking prefixes, Korean sentence-final syllables).
//
// All lookups take the word without its final period, exactly as it appears in the text
// ("Mr", "Sept", "U.S"); matching is case-sensitive unless stated otherwise.
//
//   internal::IsTitle("Dr")            // true: "Dr." never ends a sentence before a name
//   internal::IsSentenceStarter("The") // true
#pragma once

#include <string_view>

namespace kobi::tokenize::internal {

// Prepositive titles that precede a name: Mr, Mrs, Ms, Dr, Prof, Sen, Rep, Gov, Gen, Lt, Col,
// Sgt, Capt, Adm, Maj, Mt, St, Rev, Hon, Pres, Amb, Messrs, ... Never a sentence end in the
// middle of a text.
bool IsTitle(std::string_view word);

// Abbreviations that are only non-breaking before a number: No, Nos, Art, pp, p, Vol, ch, fig.
bool IsNumberPrefix(std::string_view word);

// Month abbreviations: Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec.
bool IsMonthAbbreviation(std::string_view word);

// Other abbreviations that may end a sentence (Co, Inc, Corp, Ltd, Jr, Sr, etc, vs, approx,
// Bros, Dept, Univ, Ave, ...). Case-insensitive for the first letter ("co" and "Co").
bool IsGeneralAbbreviation(std::string_view word);

// Words that typically begin a sentence (The, He, It, They, However, ...). Used to decide
// whether a period after an ambiguous abbreviation ends a sentence.
bool IsSentenceStarter(std::string_view word);

// Moses tokenizer.perl non-breaking prefixes for English: returns 0 (not a prefix), 1 (always
// non-breaking) or 2 (non-breaking only before a number).
int MosesNonbreakingPrefix(std::string_view word);

// True for Hangul syllables that end a declarative/interrogative/imperative sentence when they
// are followed by a period, question mark or ellipsis (다 요 죠 까 네 오 라 자 니 음 임 함 ...).
bool IsKoreanFinalSyllable(char32_t cp);

// True when an unpunctuated eojeol ends like a finished Korean sentence ("했다", "있습니다",
// "좋아요"); conservative: nouns such as "바다" or "필요" do not match.
bool EndsLikeKoreanSentence(std::string_view eojeol);

}  // namespace kobi::tokenize::internal
