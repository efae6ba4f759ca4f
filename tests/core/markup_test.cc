// Markup escaping shared by the TMX, TBX and HTML writers.
#include "kobi/core/markup.h"

#include <gtest/gtest.h>

namespace kobi {
namespace {

TEST(MarkupTest, EscapesMarkupCharacters) {
  EXPECT_EQ(EscapeMarkup("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d");
  EXPECT_EQ(EscapeMarkup("서울 'x'"), "서울 'x'");
  EXPECT_EQ(EscapeMarkup("O'Brien & co", true), "O&apos;Brien &amp; co");
}

TEST(MarkupTest, AttributesKeepWhitespace) {
  EXPECT_EQ(EscapeXmlAttribute("\"x\"\t"), "&quot;x&quot;&#x9;");
  EXPECT_EQ(EscapeXmlAttribute("a\nb\r<'>"), "a&#xA;b&#xD;&lt;'&gt;");
}

TEST(MarkupTest, TmxSegmentCarriesWhatXmlCannot) {
  EXPECT_EQ(EscapeTmxSegment("a<b>&c\r"), "a&lt;b&gt;&amp;c&#xD;");
  EXPECT_EQ(EscapeTmxSegment("\x01"), "<ph type=\"x-kobi-char\">0001</ph>");
  EXPECT_EQ(EscapeTmxSegment("x\xEF\xBF\xBEy"), "x<ph type=\"x-kobi-char\">FFFE</ph>y");
  EXPECT_EQ(EscapeTmxSegment("tab\tnewline\n \"q\" 서울"), "tab\tnewline\n \"q\" 서울");
  EXPECT_EQ(EscapeTmxSegment("bad \xFF byte"), "bad \xFF byte");
}

}  // namespace
}  // namespace kobi

namespace kobi {
namespace {

TEST(MarkupTest, UnescapesHtmlEntities) {
  std::size_t n = 0;
  EXPECT_EQ(UnescapeHtmlEntities("Jalape&ntilde;o", &n), "Jalapeño");
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(UnescapeHtmlEntities("&lt;b&gt; &amp;amp; &quot;x&quot; &apos;y&apos;"),
            "<b> &amp; \"x\" 'y'");  // one pass
  EXPECT_EQ(UnescapeHtmlEntities("&#233;t&#xE9; &#X20AC; &#146;s &nbsp;."),
            "\xC3\xA9t\xC3\xA9 \xE2\x82\xAC \xE2\x80\x99s \xC2\xA0.");
  // Left as they are: unknown names, wrong case, no ';', controls, surrogates, out of range.
  for (std::string_view kept : {"AT&T", "a & b", "&Ntilde", "&NTILDE;", "&bogus;", "&#9;", "&#10;",
                                "&#0;", "&#xD800;", "&#x110000;", "&#;", "&#x;", "&"}) {
    EXPECT_EQ(UnescapeHtmlEntities(kept, &n), kept);
    EXPECT_EQ(n, 0u) << kept;
  }
  EXPECT_EQ(UnescapeHtmlEntities("&Ntilde;&ntilde;&zwnj;&euro;"),
            "\xC3\x91\xC3\xB1\xE2\x80\x8C\xE2\x82\xAC");
}

}  // namespace
}  // namespace kobi
