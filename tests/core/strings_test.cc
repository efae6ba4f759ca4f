// ASCII helpers, locale-independent numbers and Korean knowledge (kobi/core/strings.h,
// numbers.h, korean.h).
#include "kobi/core/strings.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "kobi/core/korean.h"
#include "kobi/core/numbers.h"

namespace kobi {
namespace {

using Views = std::vector<std::string_view>;

TEST(StringsTest, AsciiLowerChangesOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Seoul-2 KM"), "seoul-2 km");
  EXPECT_EQ(AsciiLower("ÀÉ 서울 Z@[`"), "ÀÉ 서울 z@[`");  // '@' '[' '`' border A-Z
  std::string s = "MiXeD";
  AsciiLowerInPlace(s);
  EXPECT_EQ(s, "mixed");
  EXPECT_EQ(AsciiToLower('Q'), 'q');
  EXPECT_EQ(AsciiToLower('\xC3'), '\xC3');
}

TEST(StringsTest, SplitFieldsKeepsEmptyFields) {
  EXPECT_EQ(SplitFields("en\tko\t0.9", '\t'), (Views{"en", "ko", "0.9"}));
  EXPECT_EQ(SplitFields("", '\t'), (Views{""}));
  EXPECT_EQ(SplitFields("\ta\t", '\t'), (Views{"", "a", ""}));
}

TEST(StringsTest, SplitLinesDropsLineEnds) {
  EXPECT_EQ(SplitLines("a\r\nb\n"), (Views{"a", "b"}));
  EXPECT_EQ(SplitLines("a\n\nb"), (Views{"a", "", "b"}));
  EXPECT_EQ(SplitLines(""), Views{});
  EXPECT_EQ(SplitLines("\n"), (Views{""}));
}

TEST(NumbersTest, FormatsAsTheCLocalePrintfDoes) {
  EXPECT_EQ(FormatFixed(0.91234, 3), "0.912");
  EXPECT_EQ(FormatFixed(0.9375, 3), "0.938");  // an exact tie: half to even, as printf
  EXPECT_EQ(FormatFixed(1040000000000.0, 0), "1040000000000");
  EXPECT_EQ(FormatFixed(87.5, 1), "87.5");
  EXPECT_EQ(FormatGeneral(3.5, 6), "3.5");
  EXPECT_EQ(FormatGeneral(0.25, 6), "0.25");
  EXPECT_EQ(FormatGeneral(1.5e20, 6), "1.5e+20");
  EXPECT_EQ(FormatGeneral(1.0 / 3, 6), "0.333333");
}

TEST(NumbersTest, RoundsToDecimals) {
  EXPECT_EQ(RoundToDecimals(0.91251, 3), 0.913);
  EXPECT_EQ(RoundToDecimals(0.9124, 3), 0.912);
  EXPECT_EQ(RoundToDecimals(-2.5, 0), -3.0);  // halves away from zero
  EXPECT_EQ(RoundToDecimals(2.5, 0), 3.0);
  EXPECT_EQ(RoundToDecimals(1.0 / 3, 3), 0.333);
}

TEST(NumbersTest, ParsesWholeDecimalNumbersOnly) {
  EXPECT_EQ(ParseDouble("3.5"), 3.5);
  EXPECT_EQ(ParseDouble("-2"), -2.0);
  EXPECT_EQ(ParseDouble("1e+20"), 1e20);
  EXPECT_EQ(ParseDouble("0.937"), 0.937);
  EXPECT_EQ(ParseDouble("3,5"), std::nullopt);
  EXPECT_EQ(ParseDouble("3.5x"), std::nullopt);
  EXPECT_EQ(ParseDouble(" 3"), std::nullopt);
  EXPECT_EQ(ParseDouble("+3"), std::nullopt);
  EXPECT_EQ(ParseDouble(""), std::nullopt);
  EXPECT_EQ(ParseDouble("inf"), std::numeric_limits<double>::infinity());
}

TEST(NumbersTest, OutOfRangeReadsAsStrtodDoes) {
  std::string huge(400, '9');
  EXPECT_EQ(ParseDouble(huge), std::numeric_limits<double>::infinity());
  EXPECT_EQ(ParseDouble("-" + huge), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(ParseDouble("1e-400"), 0.0);
  EXPECT_EQ(ParseDouble("0." + std::string(400, '0') + "1"), 0.0);
  EXPECT_EQ(ParseDouble("0.001e400"), std::numeric_limits<double>::infinity());
}

}  // namespace
}  // namespace kobi

namespace kobi::korean {
namespace {

TEST(KoreanTest, SyllableStructure) {
  EXPECT_EQ(HangulTail(U'가'), kTailNone);
  EXPECT_EQ(HangulTail(U'강'), 21);  // ㅇ
  EXPECT_EQ(HangulTail(U'서'), kTailNone);
  EXPECT_EQ(HangulTail(U'울'), kTailRieul);
  EXPECT_EQ(HangulTail(U'함'), kTailM);
  EXPECT_EQ(HangulLead(U'한'), 18);  // ㅎ
  EXPECT_EQ(HangulVowel(U'한'), 0);  // ㅏ
  EXPECT_EQ(HangulLead(U'가'), 0);
}

TEST(KoreanTest, ParticleAllomorphs) {
  const Particle reul{"를", After::kVowel}, eul{"을", After::kConsonant},
      ro{"로", After::kVowelOrRieul}, ui{"의", After::kAny};
  EXPECT_TRUE(ParticleFits(reul, U'바'));
  EXPECT_FALSE(ParticleFits(reul, U'강'));
  EXPECT_TRUE(ParticleFits(eul, U'강'));
  EXPECT_TRUE(ParticleFits(ro, U'울'));   // 서울로
  EXPECT_FALSE(ParticleFits(ro, U'산'));  // 부산으로, not 부산로
  EXPECT_TRUE(ParticleFits(ui, U'산'));
}

TEST(KoreanTest, Numerals) {
  EXPECT_EQ(SmallUnit("천"), 1000);
  EXPECT_EQ(BigUnit("억"), 1e8);
  EXPECT_EQ(BigUnit("천"), 0);
  int counter_forms = 0;
  for (const Numeral& n : kNativeNumerals) counter_forms += n.before_counter;
  EXPECT_EQ(counter_forms, 15);  // 한 두 세 네 다섯..열 스무 서른 마흔 쉰 첫
}

}  // namespace
}  // namespace kobi::korean
