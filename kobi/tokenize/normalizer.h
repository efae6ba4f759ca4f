// Text normalization before tokenization: NFC, plus optional width folding and quote
// unification. Never NFKC: compatibility characters other than the ones listed below (e.g.
// compatibility jamo, circled numbers, ㎞) are left as they are.
//
//   fold_width:   full-width ASCII U+FF01..U+FF5E -> U+0021..U+007E ("ＫＯＲＥＡ１" -> "KOREA1"),
//                 ideographic space U+3000 -> U+0020.
//   unify_quotes: “ ” „ ‟ 〝 〞 〟 -> "   and   ‘ ’ ‚ ‛ -> '
//
// Normalize returns the normalized text with an OffsetMap back to byte offsets of the input
// (derived offsets inside a replaced character map to its start). Input must be valid UTF-8.
//
//   kobi::NormalizedText n = kobi::tokenize::Normalize("“ＫＢＳ”", {.fold_width = true,
//                                                                   .unify_quotes = true});
//   // n.text == "\"KBS\""; n.map.ToOriginal(1) == 3
#pragma once

#include <string>
#include <string_view>

#include "kobi/core/unicode.h"

namespace kobi::tokenize {

struct NormalizeOptions {
  bool nfc = true;
  bool fold_width = false;
  bool unify_quotes = false;
};

kobi::NormalizedText Normalize(std::string_view text, const NormalizeOptions& options = {});

// Normalized text only (no offset map); cheaper.
std::string NormalizeString(std::string_view text, const NormalizeOptions& options = {});

}  // namespace kobi::tokenize
