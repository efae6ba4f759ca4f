// Escaping text for XML and HTML output (TMX, TBX, the alignment review page).
//
//   kobi::EscapeMarkup("a < b & \"c\"")   // "a &lt; b &amp; &quot;c&quot;"
//   kobi::EscapeTmxSegment("a\x01b")       // "a<ph type=\"x-kobi-char\">0001</ph>b"
//
// EscapeMarkup escapes & < > " (safe in element content and double-quoted attributes); UTF-8
// passes through byte for byte.
//
// EscapeTmxSegment is for the content of a TMX <seg> or <prop> (every kobi TMX writer uses
// it): & < > escaped, CR as &#xD; (so it survives XML line-end normalisation), and the
// characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE;
// U+FFFF) as <ph type="x-kobi-char">HEX</ph>, which kobi's TMX reader turns back into the
// character. Invalid UTF-8 bytes pass through unchanged (callers validate input first).
#pragma once

#include <string>
#include <string_view>

namespace kobi {

std::string EscapeMarkup(std::string_view text);
std::string EscapeTmxSegment(std::string_view text);

// The `type` of the <ph> element EscapeTmxSegment writes.
inline constexpr std::string_view kTmxCharPhType = "x-kobi-char";

}  // namespace kobi
