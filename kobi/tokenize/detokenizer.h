// Detokenizer: inverts TokenizeLine.
//
// DetokenizeLine undoes the Moses-style output heuristically, like Moses detokenizer.perl:
// XML escapes are decoded, "@-@" becomes a bare hyphen, closing punctuation (, . ? ! : ; % ) ] })
// attaches to the left, opening brackets and currency signs to the right, straight quotes
// alternate open/close, English clitics ('s 't) attach to the left, and Korean curly quotes
// and brackets (“ ” ‘ ’ 「 」 《 》) attach to the text inside them. A token that starts with
// the joiner "￭" (a particle from --split-particles) is glued to the previous token.
// For text that was tokenized with default options this restores the usual spacing; it is not
// guaranteed to be byte-exact (whitespace runs are lost). Use the reversible mode for that.
//
// DetokenizeReversible is the exact inverse of TokenizeLine(x, lang, {.reversible = true}):
// it returns x byte for byte. A line that is not such output (an escape other than \\ \j \s \t
// \u{HEX}, a \u{HEX} that is no code point, an empty token: two spaces, a leading or trailing
// space, a lone "￭") is a failure (kobi/core/parse_result.h) naming the byte.
//
//   DetokenizeLine("Mr. Kim &apos;s &quot; plan &quot; .", kobi::Lang::kEn)
//   // Mr. Kim's "plan".
//   DetokenizeLine("김정은 ￭은 “ 핵 ” 을 말했다 .", kobi::Lang::kKo)
//   // 김정은은 “핵”을 말했다.
#pragma once

#include <string>
#include <string_view>

#include "kobi/core/lang.h"
#include "kobi/core/parse_result.h"

namespace kobi::tokenize {

std::string DetokenizeLine(std::string_view tokens, kobi::Lang lang);

ParseResult<std::string> DetokenizeReversible(std::string_view tokens);

}  // namespace kobi::tokenize
