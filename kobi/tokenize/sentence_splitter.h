// Rule-based sentence splitter for English and Korean news text.
//
// Contract: SplitSentences returns the sentences of `text` as byte spans [begin, end) into
// `text`, in order, non-overlapping, each trimmed of surrounding Unicode whitespace and never
// empty. Every non-whitespace byte of the input lies in exactly one span; spans start and end
// on UTF-8 code point boundaries. The input should be valid UTF-8 (invalid bytes are treated as
// ordinary non-letter characters; nothing is thrown). The returned spans refer to `text`, which
// must outlive any string_view made from them.
//
// Paragraphs: a blank line (two line breaks with only whitespace between) always ends a
// sentence; a single line break is treated as a space (wrapped text).
//
// English rules: titles (Mr. Dr. Sen. Gov. Gen. Mt. St.) never end a sentence; No./Art./pp. and
// month abbreviations (Jan. Sept.) do not end before a number; Co./Inc./Jr./etc., initials (E.)
// and dotted abbreviations (U.S. a.m.) end a sentence only before a typical sentence starter
// ("... in the U.S. How about ..."); decimals, times, URLs and e-mail addresses are kept
// whole; ellipses, closing quotes/brackets and footnote marks ([2]) stay with their sentence;
// a lower-case next word never starts a sentence; numbered, lettered and bulleted list items
// ("1.) a 2.) b", "a. x b. y", "• x • y") are split.
//
// Korean rules: a period/question mark after a Hangul word ends a sentence; glued text after a
// final ending is split ("했다.그러나"), but a closing quote followed by a particle does not end
// one ("했다"고", "했다.”며"); dates such as "2015.1.9" and "2015. 1. 9." are kept; with
// Lang::kKo, a clearly finished unpunctuated ending ("했다 그러나") also ends a sentence.
//
//   std::string_view t = "Mr. Kim arrived in the U.S. on Jan. 9. He met officials.";
//   for (kobi::Span s : kobi::tokenize::SplitSentences(t, kobi::Lang::kEn))
//     std::cout << s.In(t) << '\n';
//   // Mr. Kim arrived in the U.S. on Jan. 9.
//   // He met officials.
#pragma once

#include <string_view>
#include <vector>

#include "kobi/core/lang.h"
#include "kobi/core/span.h"

namespace kobi::tokenize {

// Sentence spans (byte offsets into text, trimmed of surrounding whitespace), in order.
std::vector<kobi::Span> SplitSentences(std::string_view text, kobi::Lang lang);

}  // namespace kobi::tokenize
