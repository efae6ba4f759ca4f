// Hard-wrapped text (PDF extracts, e-mail, fixed-width files): join the lines of a paragraph
// and undo line-end hyphenation, keeping a map back to the input bytes, then split sentences.
//
// Unwrap rules: a blank line (only spaces/tabs/CR) separates paragraphs and is kept as is; a
// single line break between two lines, with the spaces around it, becomes one space; a line
// that ends in letter + "-" before a line starting with a lower-case letter is joined without
// the hyphen ("exam-\nple" -> "example"), except after a prefix that keeps its hyphen
// ("self-\nmade" -> "self-made", also "well-", "non-", "co-", "ex-", "anti-" ...); a line ending
// in "-" before a digit or capital keeps the hyphen and joins ("COVID-\n19" -> "COVID-19").
// Offsets: every byte of the unwrapped text maps back to the input through `map`; a sentence
// span mapped back covers the original bytes, line breaks and hyphen included.
//
//   std::string_view in = "The commit-\ntee met on\nMonday. It voted.";
//   for (const auto& s : kobi::tokenize::SplitWrapped(in, kobi::Lang::kEn))
//     std::cout << s.text << '\n';   // "The committee met on Monday." / "It voted."
//   // s.span indexes `in`: in.substr(s.span.begin, s.span.size()) is the wrapped original.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"
#include "kobi/core/span.h"

namespace kobi::tokenize {

struct UnwrappedText {
  std::string text;  // lines joined; blank-line paragraph breaks kept
  OffsetMap map;     // offsets in text -> offsets in the input
};

UnwrappedText Unwrap(std::string_view wrapped);

struct WrappedSentence {
  Span span;         // byte offsets into the wrapped input
  std::string text;  // the sentence as unwrapped text
};

// Unwrap() then SplitSentences(); sentences in order, spans into `wrapped`.
std::vector<WrappedSentence> SplitWrapped(std::string_view wrapped, Lang lang);

}  // namespace kobi::tokenize
