// Word shapes the sentence splitter tests around a candidate boundary (private to the module).
//
// Each function looks at a word or at a position of a UTF-8 text; none allocates.
//
//   IsDottedAbbreviation("U.S")             // true
//   IsNumberWord("$100.00")                 // true
//   FootnoteNumbersEnd("said.11 12 Take", 5) == 10   // "11 12" is a footnote reference
#pragma once

#include <cstddef>
#include <string_view>

namespace kobi::tokenize::internal {

// U+2022 BULLET and U+2043 HYPHEN BULLET.
bool IsBullet(char32_t c);

bool ContainsHangul(std::string_view w);

// True when [b, e) of t is empty or only footnote marks ("[8]", "[2][3]").
bool OnlyFootnotes(std::string_view t, std::size_t b, std::size_t e);

// Letters and dots only, at least one inner dot, each part 1-2 letters: U.S, e.g, a.m, Ph.D.
bool IsDottedAbbreviation(std::string_view w);

// Contains a digit and no ASCII letter: 2015, $100.00, 1026.253.553, 5%.
bool IsNumberWord(std::string_view w);

// Footnote numbers glued after a sentence's period: at p (just after the '.') one to three
// groups of 1-3 digits separated by single spaces ("11 12", "10"), then whitespace and an
// upper-case letter. Returns the end of the numbers, or npos.
std::size_t FootnoteNumbersEnd(std::string_view t, std::size_t p);

// A sentence glued to the previous one without a space: the period at `dot` follows a word of
// two or more letters, lower case after its first ("world", "Seoul"), or a number ("1,000"),
// and is followed by a capitalised word of three or more letters ("Today"): "world.Today".
// URLs, file names, e-mail addresses, initials, dotted abbreviations and short names
// ("node.Js") do not qualify.
// `word_begin` is where the word before the period starts.
bool IsGluedSentenceBoundary(std::string_view t, std::size_t word_begin, std::size_t dot);

// The position of the first word after p that is not a dash ("--", "—", "–") or a space:
// "! -- you" -> position of "you".
std::size_t SkipDashes(std::string_view t, std::size_t p);

}  // namespace kobi::tokenize::internal
