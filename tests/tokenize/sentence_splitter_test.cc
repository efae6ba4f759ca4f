// Table-driven tests of SplitSentences on English and Korean news-style text written for kobi.
#include "kobi/tokenize/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/utf8.h"

namespace kobi::tokenize {
namespace {

std::vector<std::string> Split(std::string_view text, Lang lang) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text, lang)) out.emplace_back(s.In(text));
  return out;
}

struct Case {
  const char* name;
  Lang lang;
  const char* text;
  std::vector<std::string> want;
};

class SplitTest : public ::testing::TestWithParam<Case> {};

TEST_P(SplitTest, Splits) {
  const Case& c = GetParam();
  EXPECT_EQ(Split(c.text, c.lang), c.want) << c.name;
}

const Case kCases[] = {
    {"simple", Lang::kEn, "Seoul is cold. Busan is warm.", {"Seoul is cold.", "Busan is warm."}},
    {"titles",
     Lang::kEn,
     "Sen. Park and Gov. Lee met Gen. Choi and Dr. Han. They talked.",
     {"Sen. Park and Gov. Lee met Gen. Choi and Dr. Han.", "They talked."}},
    {"months",
     Lang::kEn,
     "Talks resume on Jan. 9 and end in Sept. 2016. Few expect much.",
     {"Talks resume on Jan. 9 and end in Sept. 2016.", "Few expect much."}},
    {"company_mid",
     Lang::kEn,
     "Samsung Electronics Co. said profit rose.",
     {"Samsung Electronics Co. said profit rose."}},
    {"company_end",
     Lang::kEn,
     "He joined Hyundai Motor Co. It was 1998.",
     {"He joined Hyundai Motor Co.", "It was 1998."}},
    {"inc_mid",
     Lang::kEn,
     "Naver Inc. and Kakao Corp. rallied.",
     {"Naver Inc. and Kakao Corp. rallied."}},
    {"number_prefix",
     Lang::kEn,
     "He is the world's No. 1 player.",
     {"He is the world's No. 1 player."}},
    {"n_korea",
     Lang::kEn,
     "N. Korea fired a missile. S. Korea condemned it.",
     {"N. Korea fired a missile.", "S. Korea condemned it."}},
    {"us_end",
     Lang::kEn,
     "The envoy flew to the U.S. The talks begin Monday.",
     {"The envoy flew to the U.S.", "The talks begin Monday."}},
    {"us_mid",
     Lang::kEn,
     "The U.S. Forces Korea command moved to Pyeongtaek.",
     {"The U.S. Forces Korea command moved to Pyeongtaek."}},
    {"initials", Lang::kEn, "Writer J. R. Kim won the prize.", {"Writer J. R. Kim won the prize."}},
    {"decimal_time",
     Lang::kEn,
     "Shares rose 2.5 percent by 3:30 p.m. on Friday.",
     {"Shares rose 2.5 percent by 3:30 p.m. on Friday."}},
    {"url_email",
     Lang::kEn,
     "See www.korea.net/news.html. Write to desk@kobi.example.com. Thanks.",
     {"See www.korea.net/news.html.", "Write to desk@kobi.example.com.", "Thanks."}},
    {"quote_end",
     Lang::kEn,
     "\"We will respond,\" he said. \"It is serious.\" Aides agreed.",
     {"\"We will respond,\" he said.", "\"It is serious.\"", "Aides agreed."}},
    {"quote_mid", Lang::kEn, "\"Is it over?\" she asked.", {"\"Is it over?\" she asked."}},
    {"ellipsis", Lang::kEn, "He paused... Then he left.", {"He paused...", "Then he left."}},
    {"brackets",
     Lang::kEn,
     "The deal (signed in Seoul.) holds.",
     {"The deal (signed in Seoul.) holds."}},
    {"list",
     Lang::kEn,
     "1. Open the file 2. Read the file",
     {"1. Open the file", "2. Read the file"}},
    {"exclaim", Lang::kEn, "Wow!! That was fast.", {"Wow!!", "That was fast."}},
    {"stray_korean",
     Lang::kEn,
     "Lee Hyo-jin 이효진 reported. Kim agreed.",
     {"Lee Hyo-jin 이효진 reported.", "Kim agreed."}},
    {"blank_line", Lang::kEn, "First paragraph\n\nSecond one", {"First paragraph", "Second one"}},
    {"wrapped", Lang::kEn, "A line that\nwraps here. Next.", {"A line that\nwraps here.", "Next."}},
    {"ko_basic",
     Lang::kKo,
     "정부는 9일 회의를 열었다. 결과는 다음 주에 나온다.",
     {"정부는 9일 회의를 열었다.", "결과는 다음 주에 나온다."}},
    {"ko_polite",
     Lang::kKo,
     "회의가 열렸어요. 언제 끝날까요? 곧 끝납니다.",
     {"회의가 열렸어요.", "언제 끝날까요?", "곧 끝납니다."}},
    {"ko_quote_go",
     Lang::kKo,
     "그는 \"협상을 재개하겠다\"고 말했다. 야당은 반발했다.",
     {"그는 \"협상을 재개하겠다\"고 말했다.", "야당은 반발했다."}},
    {"ko_quote_period",
     Lang::kKo,
     "그는 “대화가 필요하다.”며 자리를 떴다.",
     {"그는 “대화가 필요하다.”며 자리를 떴다."}},
    {"ko_quote_detached",
     Lang::kKo,
     "그는 “대화가 필요하다.” 고 말했다.",
     {"그는 “대화가 필요하다.” 고 말했다."}},
    {"ko_missing_space",
     Lang::kKo,
     "협상은 결렬됐다.그러나 양측은 다시 만난다.",
     {"협상은 결렬됐다.", "그러나 양측은 다시 만난다."}},
    {"ko_date",
     Lang::kKo,
     "회의는 2015.1.9 서울에서 열렸다. 다음 회의는 2015. 2. 3. 열린다.",
     {"회의는 2015.1.9 서울에서 열렸다.", "다음 회의는 2015. 2. 3. 열린다."}},
    {"ko_hanja",
     Lang::kKo,
     "김정은(金正恩) 위원장이 도착했다. 회담이 시작됐다.",
     {"김정은(金正恩) 위원장이 도착했다.", "회담이 시작됐다."}},
    {"ko_footnote",
     Lang::kKo,
     "조약은 1965년에 체결되었다.[3] 이후 교류가 늘었다.",
     {"조약은 1965년에 체결되었다.[3]", "이후 교류가 늘었다."}},
    {"ko_decimal",
     Lang::kKo,
     "성장률은 2.5%였다. 물가는 올랐다.",
     {"성장률은 2.5%였다.", "물가는 올랐다."}},
    {"ko_unpunctuated",
     Lang::kKo,
     "회의는 끝났다 그러나 합의는 없었다",
     {"회의는 끝났다", "그러나 합의는 없었다"}},
    {"ko_noun_da", Lang::kKo, "푸른 바다 위에 배가 떠 있다.", {"푸른 바다 위에 배가 떠 있다."}},
    {"ko_english_inside",
     Lang::kKo,
     "미국 U.S. Steel은 성명을 냈다. 주가는 올랐다.",
     {"미국 U.S. Steel은 성명을 냈다.", "주가는 올랐다."}},
};

INSTANTIATE_TEST_SUITE_P(Cases, SplitTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

// Properties: spans are in order, non-overlapping, trimmed, on UTF-8 boundaries, and every
// non-whitespace byte is covered.
void CheckProperties(std::string_view text, Lang lang) {
  std::vector<Span> spans = SplitSentences(text, lang);
  std::vector<bool> covered(text.size(), false);
  std::size_t prev_end = 0;
  for (const Span& s : spans) {
    ASSERT_LT(s.begin, s.end);
    ASSERT_LE(s.end, text.size());
    ASSERT_GE(s.begin, prev_end);
    ASSERT_TRUE(utf8::IsBoundary(text, s.begin));
    ASSERT_TRUE(utf8::IsBoundary(text, s.end));
    ASSERT_EQ(utf8::Trim(s.In(text)).size(), s.size());
    for (std::size_t i = s.begin; i < s.end; ++i) covered[i] = true;
    prev_end = s.end;
  }
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (!utf8::IsWhitespace(d.cp)) {
      ASSERT_TRUE(covered[pos]) << "uncovered byte " << pos << " in: " << text;
    }
    pos += d.length;
  }
}

TEST(SplitProperties, CoverAndBoundaries) {
  const char* texts[] = {
      "",
      "   ",
      ".",
      "...",
      "?!",
      "\"",
      "a. b. c.",
      "1.) x 2.) y",
      "• a • b",
      "⁃1. a ⁃2. b",
      "Mr.",
      "U.S.",
      " . . . . A",
      "다.",
      "다.그",
      "했다.”고",
      "[1]",
      "(",
      "x.[",
      "“다.” 고",
      "다. (6회) 또",
      "Hello.\n\n\nWorld.",
      "\xE2\x80\xA6\xE2\x80\xA6",
      "a\t.\tB",
  };
  for (const char* t : texts) {
    for (Lang lang : {Lang::kEn, Lang::kKo, Lang::kMixed}) CheckProperties(t, lang);
  }
  for (const Case& c : kCases) CheckProperties(c.text, c.lang);
}

TEST(SplitProperties, InvalidUtf8DoesNotCrash) {
  std::string bad = "Hello \xFF\xFE. World \xC3. 다\xED\xA0\x80. End";
  std::vector<Span> spans = SplitSentences(bad, Lang::kKo);
  EXPECT_FALSE(spans.empty());
  for (const Span& s : spans) EXPECT_LE(s.end, bad.size());
}

}  // namespace
}  // namespace kobi::tokenize
