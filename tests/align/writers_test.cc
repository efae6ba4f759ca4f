#include "kobi/align/writers.h"

#include <gtest/gtest.h>

namespace kobi::align {
namespace {

struct Fixture {
  std::vector<std::string> en = {"He said \"7 <cats>\".", "Extra line."};
  std::vector<std::string> ko = {"그는 \"고양이 7마리\"라고 말했다."};
  Alignment a;
  AlignOptions o;
  Fixture() { a.beads = {{{0}, {0}, 0.9}, {{1}, {}, 0.6}}; }
  AlignedText doc() const { return {en, ko, a, o, "t"}; }
};

TEST(Writers, Formats) {
  Fixture f;
  EXPECT_EQ(FormatBeads(f.a), "[0]:[0]:0.900\n[1]:[]:0.600\n");
  EXPECT_EQ(FormatTsv(f.doc()),
            "He said \"7 <cats>\".\t그는 \"고양이 7마리\"라고 말했다.\t0.900\n");
  std::string jsonl = FormatJsonl(f.doc());
  EXPECT_NE(jsonl.find("\"en\":[0],\"ko\":[0]"), std::string::npos);
  EXPECT_NE(jsonl.find("\"numbers\":[\"7=7마리\"]"), std::string::npos) << jsonl;
  EXPECT_NE(jsonl.find("\\\"7 <cats>\\\""), std::string::npos);
  EXPECT_NE(jsonl.find("\"evidence\":null"), std::string::npos);
  auto moses = FormatMoses(f.doc());
  EXPECT_EQ(moses.first, "He said \"7 <cats>\".\n");
  std::string tmx = FormatTmx(f.doc());
  EXPECT_NE(tmx.find("&lt;cats&gt;"), std::string::npos);
  EXPECT_EQ(tmx.find("<cats>"), std::string::npos);
  std::string html = FormatHtml(f.doc());
  EXPECT_NE(html.find("<mark>7</mark>"), std::string::npos);
  EXPECT_NE(html.find("unaligned"), std::string::npos);
  EXPECT_EQ(html.find("<cats>"), std::string::npos);
  EXPECT_EQ(ParseOutputFormat("html"), OutputFormat::kHtml);
  EXPECT_FALSE(ParseOutputFormat("xml").has_value());
}

}  // namespace
}  // namespace kobi::align
