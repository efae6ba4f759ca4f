// Word tokenizer for English and Korean following the Moses tokenizer.perl conventions.
//
// English (Lang::kEn) reproduces `tokenizer.perl -l en` (no -a unless `aggressive`): every
// character that is not a letter, digit, whitespace, ".", "'", "`", "," or "-" is its own token;
// commas split except inside numbers (5,300); runs of two or more dots are one token; English
// apostrophes split as in Moses ("don't" -> "don 't", "1990's" -> "1990 's"); a word-final
// period splits off unless the word is a non-breaking prefix (Mr. Dr. Jan. U.S., No. before a
// number) or the next token starts in lower case; the last period of a line always splits.
// With `escape` (the default) & | < > ' " [ ] are written as &amp; &#124; &lt; &gt; &apos;
// &quot; &#91; &#93;. `aggressive` splits hyphens between letters/digits as "@-@".
//
// Korean (Lang::kKo and others): the same rules except that every apostrophe is split, so
// Hangul words (eojeol) stay whole and punctuation comes off them. With `split_particles`, a
// common particle is split off an eojeol and marked with the joiner "￭" (U+FFED) so that
// Detokenize restores the text: "김정은은" -> "김정은 ￭은", "서울에서" -> "서울 ￭에서".
//
// Reversible mode (`reversible`): no escaping and no "@-@"; a token written directly after the
// previous one (no whitespace between them in the input) is prefixed with "￭"; whitespace other
// than one ASCII space becomes a joined whitespace token ("￭\s\s", "￭\t", "￭\u{3000}"); a
// literal "\" is written "\\" and a literal "￭" "\j". DetokenizeReversible inverts it exactly:
// DetokenizeReversible(TokenizeLine(x, lang, {.reversible = true})) == x for any valid UTF-8 x.
//
// Input must be valid UTF-8 (callers validate once on reading); offsets are byte offsets into
// the input. Output is one line (no newline) of space-separated tokens.
//
//   kobi::tokenize::TokenizeLine("Mr. Kim's \"No. 1\" plan.", kobi::Lang::kEn, {})
//   // Mr. Kim &apos;s &quot; No. 1 &quot; plan .
//   kobi::tokenize::TokenizeLine("김정은은 “핵”을 말했다.", kobi::Lang::kKo, {.split_particles =
//   true})
//   // 김정은 ￭은 “ 핵 ” 을 말했다 .
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"
#include "kobi/core/span.h"

namespace kobi::tokenize {

// The joiner mark (U+FFED HALFWIDTH BLACK SQUARE): "glued to the previous token".
inline constexpr std::string_view kJoiner = "\xEF\xBF\xAD";

struct TokenizeOptions {
  bool escape = true;            // Moses XML escaping of & | < > ' " [ ]
  bool aggressive = false;       // split hyphens between alphanumerics as @-@
  bool split_particles = false;  // Korean: split particles off eojeol, marked with kJoiner
  bool reversible = false;       // exact round-trip format (implies no escape, no @-@)
};

struct Token {
  kobi::Span span;        // the input bytes this token covers
  std::string text;       // the token as printed (escaped, "@-@", joiner-marked particle)
  bool joined = false;    // no whitespace between this token and the previous one in the input
  bool particle = false;  // a Korean particle split off by split_particles
};

// Tokens of one line of text, in order.
std::vector<Token> Tokenize(std::string_view text, kobi::Lang lang,
                            const TokenizeOptions& options = {});

// Tokens of one line joined by single spaces (the `kobi tokenize` output line).
std::string TokenizeLine(std::string_view text, kobi::Lang lang,
                         const TokenizeOptions& options = {});

}  // namespace kobi::tokenize
