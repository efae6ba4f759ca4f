// Markup escaping shared by the TMX, TBX and HTML writers.
#include "kobi/core/markup.h"

#include <gtest/gtest.h>

namespace kobi {
namespace {

TEST(MarkupTest, EscapesMarkupCharacters) {
  EXPECT_EQ(EscapeMarkup("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d");
  EXPECT_EQ(EscapeMarkup("서울 'x'"), "서울 'x'");
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
