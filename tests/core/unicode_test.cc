#include "kobi/core/unicode.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/core/internal/icu_reference.h"

namespace kobi::unicode {
namespace {

TEST(UnicodeTest, NfcComposesAndMapsBack) {
  std::string input = "Cafe\xCC\x81!";  // e + combining acute
  NormalizedText n = NormalizeNfc(input);
  EXPECT_EQ(n.text, "Caf\xC3\xA9!");
  Span e = n.map.ToOriginal(Span{3, 5});
  EXPECT_EQ(e, (Span{3, 6}));
  EXPECT_EQ(n.map.ToOriginal(std::size_t{5}), 6u);
}

TEST(UnicodeTest, IsNfcSeesCompositionNextToAsciiAndHangul) {
  EXPECT_TRUE(IsNfc(""));
  EXPECT_TRUE(IsNfc("plain ASCII"));
  EXPECT_TRUE(IsNfc("\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 text"));         // 한국어 text
  EXPECT_TRUE(IsNfc("\xE2\x80\x9C\xEA\xB0\x80\xE2\x80\x9D"));              // “가”
  EXPECT_FALSE(IsNfc("Cafe\xCC\x81"));                                     // e + acute
  EXPECT_FALSE(IsNfc("\xEA\xB0\x80\xE1\x86\xA8"));                         // 가 + jamo ㄱ = 각
  EXPECT_FALSE(IsNfc("\xE1\x84\x80\xE1\x85\xA1"));                         // jamo ㄱ + ㅏ = 가
  EXPECT_FALSE(IsNfc("\xE2\x84\xAB"));                                     // Angstrom sign
  EXPECT_FALSE(IsNfc("\xED\x95\x9C x\xCC\x81 \xEA\xB0\x80\xE1\x86\xA8"));  // only at the end
}

TEST(UnicodeTest, IsNfcAgreesWithNormalizing) {
  // Random strings over ASCII, Hangul syllables, conjoining jamo, combining marks and
  // characters that NFC changes: IsNfc(s) must equal (NFC(s) == s).
  const char* const pieces[] = {"a",
                                "e",
                                " ",
                                "\xEA\xB0\x80",
                                "\xED\x9E\xA3",
                                "\xE1\x84\x80",
                                "\xE1\x85\xA1",
                                "\xE1\x86\xA8",
                                "\xCC\x81",
                                "\xCC\xA3",
                                "\xC3\xA9",
                                "\xE2\x84\xAB",
                                "\xE2\x80\x9C",
                                "\xE4\xB8\x80",
                                "\xEF\xA4\x80"};
  std::uint32_t seed = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    for (int k = 0; k < 1 + round % 7; ++k) {
      seed = seed * 1103515245u + 12345u;
      s += pieces[(seed >> 16) % std::size(pieces)];
    }
    EXPECT_EQ(IsNfc(s), NormalizeNfc(s).text == s) << s;
  }
}

TEST(UnicodeTest, NfcLeavesCompatibilityJamoAlone) {
  // NFKC would turn U+3131 into U+1100; NFC must not.
  EXPECT_EQ(ToNfc("\xE3\x84\xB1"), "\xE3\x84\xB1");
  EXPECT_EQ(ToNfc("ＡＢ"), "ＡＢ");
}

TEST(UnicodeTest, FoldsCaseAndStripsDiacritics) {
  EXPECT_EQ(FoldCase("Kim JONG-UN"), "kim jong-un");
  EXPECT_EQ(StripDiacritics("Chosŏn Pyŏngyang"), "Choson Pyongyang");
  EXPECT_EQ(StripDiacritics("김정은"), "김정은");
}

TEST(UnicodeTest, TransliteratesWithIcu) {
  EXPECT_EQ(internal::Transliterate("Hangul-Latin", "한국"), "hangug");
  EXPECT_THROW(internal::Transliterate("No-Such-Transform", "x"), Error);
}

TEST(UnicodeTest, IcuBoundariesCoverText) {
  std::string s = "Hello there. How are you?";
  auto b = IcuSentenceBoundaries(s, "en");
  ASSERT_GE(b.size(), 3u);
  EXPECT_EQ(b.front(), 0u);
  EXPECT_EQ(b.back(), s.size());
  EXPECT_EQ(internal::IcuWordBoundaries("Hi there.", "en"),
            (std::vector<std::size_t>{0, 2, 3, 8, 9}));
}

}  // namespace
}  // namespace kobi::unicode
