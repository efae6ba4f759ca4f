// Escaping text for XML and HTML output (TMX, TBX, the alignment review page), and repairing
// HTML character references left in scraped text (`kobi clean`).
//
//   kobi::EscapeMarkup("a < b & \"c\"")   // "a &lt; b &amp; &quot;c&quot;"
//   kobi::EscapeXmlAttribute("en\tUS")    // "en&#x9;US"
//   kobi::UnescapeHtmlEntities("Jalape&ntilde;o &#8364;5")   // "Jalapeño €5"
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

// apostrophe: also ' as &apos; (the TBX writer does, for tools that expect it).
std::string EscapeMarkup(std::string_view text, bool apostrophe = false);
// For a double-quoted attribute value: & < > " escaped, and tab, LF and CR as &#x9; &#xA;
// &#xD; (XML would turn them into spaces). kobi::EscapeXmlAttribute("\"x\"\t") ==
// "&quot;x&quot;&#x9;".
std::string EscapeXmlAttribute(std::string_view text);
std::string EscapeTmxSegment(std::string_view text);

// Replaces HTML character references by their characters: the named references of HTML 4.01
// plus &apos; (case-sensitive, with their ';'), &#N; and &#xN;. Numeric references to 128-159
// are read as Windows-1252, as browsers do (&#146; = ’); references to control characters
// (U+0000-U+001F, U+007F: a tab or line break would break a TSV row), surrogates or beyond
// U+10FFFF, unknown names and '&' without ';' stay as they are. One pass:
// "&amp;lt;" becomes "&lt;". *count (if given) receives the number of references replaced.
std::string UnescapeHtmlEntities(std::string_view text, std::size_t* count = nullptr);

// The `type` of the <ph> element EscapeTmxSegment writes.
inline constexpr std::string_view kTmxCharPhType = "x-kobi-char";

}  // namespace kobi
