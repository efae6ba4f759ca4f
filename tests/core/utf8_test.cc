#include "kobi/core/utf8.h"

#include <gtest/gtest.h>

namespace kobi::utf8 {
namespace {

TEST(Utf8Test, DecodesAllLengths) {
  std::string s = "a\xC3\xA9\xEA\xB9\x80\xF0\x9F\x98\x80";  // a é 김 😀
  std::vector<char32_t> cps;
  for (std::size_t pos = 0; pos < s.size();) {
    Decoded d = Decode(s, pos);
    cps.push_back(d.cp);
    pos += d.length;
  }
  EXPECT_EQ(cps, (std::vector<char32_t>{'a', 0xE9, 0xAE40, 0x1F600}));
}

// Decode's inline paths (ASCII, three-byte leads E1..EF) agree with the general decoder on
// every sequence of up to three bytes, whole or cut short.
TEST(Utf8Test, InlineDecodeAgreesWithGeneralDecoder) {
  int checked = 0;
  for (unsigned a = 0x80; a <= 0xFF; ++a) {
    for (unsigned b = 0; b <= 0xFF; ++b) {
      for (unsigned c = 0; c <= 0xFF; c += (a >= 0xE0 && a <= 0xEF) ? 1 : 0x40) {
        const char bytes[3] = {static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)};
        for (std::size_t len = 1; len <= 3; ++len) {
          std::string_view s(bytes, len);
          Decoded fast = Decode(s, 0), general = internal::DecodeMultibyte(s, 0);
          ASSERT_EQ(fast.cp, general.cp) << std::hex << a << " " << b << " " << c << " " << len;
          ASSERT_EQ(fast.length, general.length);
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 16 * 256 * 256);
  EXPECT_EQ(Decode("\xED\x9E\xA3", 0).cp, 0xD7A3u);                    // last Hangul syllable
  EXPECT_EQ(Decode("\xED\xA0\x80", 0).cp, kInvalid);                   // a surrogate
  EXPECT_EQ(Decode(std::string_view("\xEA\xB9", 2), 0).cp, kInvalid);  // cut short
}

struct InvalidCase {
  const char* bytes;
  std::size_t offset;
};

class InvalidTest : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(InvalidTest, FindsFirstBadByte) {
  auto bad = FindInvalid(GetParam().bytes);
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(*bad, GetParam().offset);
}

INSTANTIATE_TEST_SUITE_P(Cases, InvalidTest,
                         ::testing::Values(InvalidCase{"ab\xFF", 2}, InvalidCase{"\xC0\xAF", 0},
                                           InvalidCase{"x\xED\xA0\x80", 1},     // surrogate
                                           InvalidCase{"\xF4\x90\x80\x80", 0},  // > U+10FFFF
                                           InvalidCase{"\xEA\xB9", 0}));        // truncated

TEST(Utf8Test, PrefixKeepsWholeCharacters) {
  EXPECT_EQ(Prefix("pérégrin", 5), "pérég");
  EXPECT_EQ(Prefix("대통령이", 2), "대통");
  EXPECT_EQ(Prefix("ab", 5), "ab");
  EXPECT_EQ(Prefix("abc", 0), "");
}

TEST(Utf8Test, RepairReplacesAndCounts) {
  std::string s =
      "a\xFF"
      "b\xC3";
  EXPECT_EQ(Repair(s), 2u);
  EXPECT_EQ(s,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_TRUE(IsValid(s));
  std::string ok = "김정은";
  EXPECT_EQ(Repair(ok), 0u);
  EXPECT_EQ(ok, "김정은");
}

// One U+FFFD per maximal subpart (Unicode Standard §3.9, Table 3-8, whose example this is; the
// WHATWG decoder gives the same): F1 80 80 and E1 80 are truncated sequences (one each), C2 is
// cut by 'b', and the lone continuation bytes 80 and BF are one each.
TEST(Utf8Test, RepairReplacesEachMaximalSubpartOnce) {
  const std::string r = "\xEF\xBF\xBD";
  struct Case {
    std::string in, out;
    std::size_t count;
  };
  const std::vector<Case> cases = {
      {"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       "a" + r + r + r + "b" + r + "c" + r + r + "d", 6},
      {"x\xF0\x9F\x98", "x" + r, 1},           // truncated 4-byte emoji at the end
      {"\xF0\x9F\x98x", r + "x", 1},           // ... and before ASCII
      {"\xED\xA0\x80", r + r + r, 3},          // surrogate: ED then two lone continuations
      {"\xE0\x80\xAF", r + r + r, 3},          // overlong
      {"\xF4\x90\x80\x80", r + r + r + r, 4},  // past U+10FFFF
      {"\xF5\xC0\xC1\xFF", r + r + r + r, 4},  // bytes that start nothing
      {"\xEA\xB9"
       "김",
       r + "김", 1},  // truncated Hangul before a whole one
  };
  for (const auto& c : cases) {
    std::string s = c.in;
    EXPECT_EQ(Repair(s), c.count);
    EXPECT_EQ(s, c.out);
  }
}

TEST(Utf8Test, ClassifiesScripts) {
  ScriptCounts c = CountScripts("By KH디지털2 江");
  EXPECT_EQ(c.hangul, 3u);
  EXPECT_EQ(c.latin, 4u);
  EXPECT_EQ(c.digit, 1u);
  EXPECT_EQ(c.han, 1u);
  EXPECT_EQ(c.space, 2u);
}

TEST(Utf8Test, TrimsUnicodeSpace) {
  EXPECT_EQ(Trim("\u3000 Seoul\u00A0 "), "Seoul");
  EXPECT_EQ(Trim("   "), "");
}

TEST(Utf8Test, BoundaryAndDecodeBefore) {
  std::string s = "가a";
  EXPECT_TRUE(IsBoundary(s, 0));
  EXPECT_FALSE(IsBoundary(s, 1));
  EXPECT_TRUE(IsBoundary(s, 3));
  EXPECT_EQ(DecodeBefore(s, 3).cp, 0xAC00u);
  EXPECT_EQ(Length(s), 2u);
}

}  // namespace
}  // namespace kobi::utf8

#include "kobi/core/lang.h"

namespace kobi {
namespace {

TEST(LangTest, GuessesByScript) {
  EXPECT_EQ(GuessLang("China hopes to move forward"), Lang::kEn);
  EXPECT_EQ(GuessLang("중국은 북한과의 관계 개선을 희망했다."), Lang::kKo);
  EXPECT_EQ(GuessLang("By KH디지털"), Lang::kMixed);
  EXPECT_EQ(GuessLang("12:26 -- •"), Lang::kOther);
  EXPECT_EQ(LangName(Lang::kMixed), "mixed");
  EXPECT_EQ(ParseLang("ko"), Lang::kKo);
}

}  // namespace
}  // namespace kobi

#include "kobi/core/markup.h"

namespace kobi {
namespace {

TEST(MarkupTest, EscapesXmlSpecialsAndKeepsUtf8) {
  EXPECT_EQ(EscapeMarkup("a < b & \"c\" > 김"), "a &lt; b &amp; &quot;c&quot; &gt; 김");
  EXPECT_EQ(EscapeMarkup("plain"), "plain");
}

}  // namespace
}  // namespace kobi

#include "kobi/core/edit_distance.h"

namespace kobi {
namespace {

TEST(EditDistanceTest, CountsUnitEdits) {
  EXPECT_EQ(EditDistance("kimjongun", "kimjongil"), 2u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("busan", "pusan"), 1u);
  EXPECT_EQ(EditDistance("same", "same"), 0u);
}

}  // namespace
}  // namespace kobi
