// Normalised views for matching: text, offsets back to the original, word starts.
#include "kobi/glossary/internal/text_norm.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kobi::glossary::internal {
namespace {

void ExpectConsistent(const NormalizedView& v, std::string_view original) {
  ASSERT_EQ(v.origin.size(), v.text.size() + 1);
  EXPECT_EQ(v.origin.back(), original.size());
  for (std::size_t i = 0; i + 1 < v.origin.size(); ++i) {
    EXPECT_LE(v.origin[i], v.origin[i + 1]) << i;
    EXPECT_LT(v.origin[i], original.size()) << i;
  }
  for (std::uint32_t s : v.starts) EXPECT_LT(s, v.text.size());
}

TEST(TextNormTest, EnglishFoldsAndDropsSeparators) {
  const std::string in = "  Kim Jong-un's\t\tP'yŏngyang ";
  NormalizedView v = NormalizeEnglish(in);
  EXPECT_EQ(v.text, "kim jonguns pyongyang ");
  // A dropped hyphen or apostrophe ends a word in the original, so what follows starts one.
  EXPECT_EQ(v.starts, (std::vector<std::uint32_t>{0, 4, 8, 10, 12, 13}));
  EXPECT_EQ(v.origin[0], 2u);   // "K"
  EXPECT_EQ(v.origin[4], 6u);   // "j" of "Jong"
  EXPECT_EQ(v.origin[8], 11u);  // "u" after the dropped hyphen
  ExpectConsistent(v, in);
}

TEST(TextNormTest, EnglishGrowsWhereFoldingExpands) {
  // U+0149 and U+0587 fold to longer UTF-8 than they are written in; a long run of them must
  // enlarge the view, and the view of the run is the views of its characters concatenated.
  const std::string unit = "\xC5\x89\xD6\x87x";
  std::string in, expected;
  const std::string one = NormalizeEnglish(unit).text;
  ASSERT_GT(one.size(), unit.size());
  for (int k = 0; k < 200; ++k) {
    in += unit;
    expected += one;
  }
  in += "abc";
  expected += "abc";
  NormalizedView v = NormalizeEnglish(in);
  EXPECT_EQ(v.text, expected);
  ExpectConsistent(v, in);
}

TEST(TextNormTest, ScratchViewIsReusedAcrossCalls) {
  NormalizedView v;
  NormalizeEnglishInto("A much longer first text with many words", v);
  NormalizeEnglishInto("Short", v);
  EXPECT_EQ(v.text, "short");
  EXPECT_EQ(v.starts, (std::vector<std::uint32_t>{0}));
  ExpectConsistent(v, "Short");
  NormalizeKoreanInto("김정은은  말했다", v);
  EXPECT_EQ(v.text, "김정은은 말했다");
  EXPECT_EQ(v.starts, (std::vector<std::uint32_t>{0, 13}));
  ExpectConsistent(v, "김정은은  말했다");
}

TEST(TextNormTest, KoreanComposesAndMapsBack) {
  // Conjoining jamo ᄀ + ᅡ compose to 가; the map points both bytes of the syllable at the
  // first jamo and the end at the original size.
  const std::string in = "\xE1\x84\x80\xE1\x85\xA1 Seoul";
  NormalizedView v = NormalizeKorean(in);
  EXPECT_EQ(v.text, "\xEA\xB0\x80 seoul");
  EXPECT_EQ(v.origin[0], 0u);
  EXPECT_EQ(v.origin[3], 6u);  // the space
  EXPECT_EQ(v.origin[4], 7u);  // "s"
  EXPECT_EQ(v.starts, (std::vector<std::uint32_t>{0, 4}));
  ExpectConsistent(v, in);
}

TEST(TextNormTest, InvalidBytesPassThrough) {
  const std::string in =
      "a\xFF"
      "b \xED\x95";  // stray byte, truncated Hangul
  NormalizedView en = NormalizeEnglish(in);
  EXPECT_EQ(en.text, in);  // every invalid byte kept as it is
  ExpectConsistent(en, in);
}

}  // namespace
}  // namespace kobi::glossary::internal
