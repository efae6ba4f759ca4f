// Word-level helpers for the page segmenter's zone rules (private to kobi::tokenize).
//
// A "word" is a maximal run of non-whitespace code points, reported as a byte span into the
// text it was cut from. The predicates look at one word or one short line and use only
// Unicode block classification from kobi/core/utf8.h (no locale, no ICU), so they are cheap enough
// to run on every line of every page.
//
//   auto words = SplitWords("By Kim Da-sol (dasol@yna.co.kr)");   // 4 spans
//   IsEmail(words[3].In(text))                                    // true
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/span.h"

namespace kobi::tokenize::internal {

// Whitespace-separated words of text, as byte spans in order.
std::vector<Span> SplitWords(std::string_view text);

// The word without leading/trailing punctuation and symbols (letters, digits, and inner
// punctuation such as the hyphen of "Da-sol" stay).
std::string_view StripPunct(std::string_view word);

// Script properties over the letters of s.
bool HasHangul(std::string_view s);
bool HasLatin(std::string_view s);
bool HasDigit(std::string_view s);
bool HasLetter(std::string_view s);
// Every letter is Hangul (and there is at least one).
bool IsHangulOnly(std::string_view s);
// Every letter is Latin (and there is at least one).
bool IsLatinOnly(std::string_view s);

// First letter (after punctuation) is an ASCII capital: "Kim", "\"The".
bool IsCapitalized(std::string_view word);
// First letter is a lowercase Latin letter.
bool StartsLowercase(std::string_view word);
// At least two Latin letters, none lowercase: "SEOUL,", "U.S.", "AP".
bool IsAllCaps(std::string_view word);
// Romanized Korean given name with hyphen: "Da-sol", "Jong-un", "Min-Sik".
bool IsHyphenatedGivenName(std::string_view word);

// e-mail address (surrounding brackets/punctuation allowed): "(yoonmi@heraldcorp.com)".
bool IsEmail(std::string_view word);
// http(s):// or www. address.
bool IsUrl(std::string_view word);
// Dash token used by wire datelines: "--", "-", "—", "–".
bool IsDash(std::string_view word);
// Pure punctuation/symbol word (bullets, separators, "|", ">", "•", "▶").
bool IsSymbolWord(std::string_view word);

// Month name or abbreviation, case-insensitive, trailing "." or "," allowed.
bool IsMonthName(std::string_view word);
// Date/time-ish word: digits with separators ("2015.01.09", "12:26", "9,", "2015-01-09"),
// Korean date units ("2015년", "9일", "오후", "(금)"), am/pm, KST, weekday names, months.
bool IsDateTimeWord(std::string_view word);
// Word contains a year (19xx/20xx) or a clock time (h:mm).
bool HasYearOrTime(std::string_view word);

// Last code point of s that is not a closing quote, bracket or whitespace.
char32_t LastSignificant(std::string_view s);
// s ends like a sentence: . ! ? … 。 (after closing quotes/brackets), or a Korean final
// ending (다/요/까/죠) with or without punctuation.
bool EndsLikeSentence(std::string_view s);
// Ends with terminal punctuation (. ! ? … 。 ！ ？), closing quotes/brackets skipped.
bool EndsWithTerminalPunct(std::string_view s);

}  // namespace kobi::tokenize::internal
