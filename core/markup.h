// Escaping text for XML and HTML output (TMX, TBX, the alignment review page).
//
//   kobi::EscapeMarkup("a < b & \"c\"")   // "a &lt; b &amp; &quot;c&quot;"
//
// Escapes & < > " (safe in element content and double-quoted attributes); UTF-8 passes
// through byte for byte.
#pragma once

#include <string>
#include <string_view>

namespace kobi {

std::string EscapeMarkup(std::string_view text);

}  // namespace kobi
