#include "core/unicode.h"

#include <gtest/gtest.h>

#include "core/error.h"

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
  EXPECT_EQ(Transliterate("Hangul-Latin", "한국"), "hangug");
  EXPECT_THROW(Transliterate("No-Such-Transform", "x"), Error);
}

TEST(UnicodeTest, IcuBoundariesCoverText) {
  std::string s = "Hello there. How are you?";
  auto b = IcuSentenceBoundaries(s, "en");
  ASSERT_GE(b.size(), 3u);
  EXPECT_EQ(b.front(), 0u);
  EXPECT_EQ(b.back(), s.size());
}

}  // namespace
}  // namespace kobi::unicode
