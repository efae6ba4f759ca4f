// Romanization key: spellings of one name meet, different names stay apart. Spellings are
// those of news style guides and the RR / MR tables (facts); pairs are written for the test.
#include "kobi/romanize/romanization_key.h"

#include <gtest/gtest.h>

#include <vector>

namespace kobi::romanize {
namespace {

TEST(RomanizationKey, SpellingsOfOneNameMeet) {
  const std::vector<std::vector<const char*>> groups = {
      {"김정은", "Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "KIM JONG UN", "Kim Jong-eun",
       "Gim Jeong-eun", "Kim Chŏng-ŭn", "Kim Chong-un", "Kim Jung-eun"},
      {"김정일", "Kim Jong Il", "Kim Jong-il", "Kim Chŏng-il"},
      {"박정희", "Park Chung-hee", "Bak Jeong-hui", "Pak Chŏng-hŭi"},
      {"이재명", "Lee Jae-myung", "I Jae-myeong", "Yi Jae-myŏng", "Rhee Jae-myung"},
      {"윤석열", "Yoon Suk Yeol", "Yoon Suk-yeol", "Yun Seok-yeol"},
      {"노무현", "Roh Moo-hyun", "No Mu-hyeon"},
      {"최선희", "Choe Son Hui", "Choi Son Hui", "Choe Seon-hui"},
      {"김연아", "Kim Yuna", "Kim Yu-na", "Yuna Kim", "Gim Yeon-a"},
      {"박지성", "Park Ji-sung", "Ji-sung Park", "Bak Ji-seong"},
      {"부산", "Busan", "Pusan"},
      {"평양", "Pyongyang", "P'yŏngyang", "Pyeongyang", "Phyongyang"},
      {"종로", "Jongno", "Jongro", "Chongno"},
      {"신라", "Silla", "Shilla", "Sinla"},
      {"한강", "Hangang", "Han-gang"},
      {"인천", "Incheon", "Inchon", "Inch'ŏn"},
      {"안철수", "Ahn Cheol-soo", "An Cheol-su"},
  };
  for (const auto& group : groups) {
    std::string key = RomanizationKey(group[0]);
    EXPECT_FALSE(key.empty()) << group[0];
    for (const char* spelling : group) {
      EXPECT_EQ(RomanizationKey(spelling), key) << spelling << " vs " << group[0];
    }
  }
}

TEST(RomanizationKey, DifferentNamesStayApart) {
  const std::vector<std::pair<const char*, const char*>> pairs = {
      {"Kim Jong-il", "Kim Jong-un"},
      {"Kim Jong-nam", "Kim Jong-un"},
      {"Kim Il-sung", "Kim Jong-il"},
      {"Kim Yo-jong", "Kim Jong-un"},
      {"Lee Jae-yong", "Lee Jae-myung"},
      {"Park Ji-won", "Park Ji-sung"},
      {"Moon Jae-in", "Moon Jae-yong"},
      {"Park Geun-hye", "Park Geun-ho"},
      {"김정일", "김정은"},
      {"이재용", "이재명"},
      {"Busan", "Pohang"},
      {"Daegu", "Daejeon"},
      {"Kim Dae-jung", "Kim Young-sam"},
      {"Lee Myung-bak", "Lee Myung-hee"},
  };
  for (const auto& [a, b] : pairs) {
    EXPECT_NE(RomanizationKey(a), RomanizationKey(b)) << a << " / " << b;
  }
}

TEST(RomanizationKey, EdgeCases) {
  EXPECT_EQ(RomanizationKey(""), "");
  EXPECT_EQ(RomanizationKey("  -- 123 ''"), "");
  EXPECT_EQ(RomanizationKey("Kim"), RomanizationKey("Gim"));
  EXPECT_EQ(RomanizationKey("Kim Jong-un's"), RomanizationKey("Kim Jong-un") + "s");
  // Hangul and Latin mixed: the Hangul is romanized in place.
  EXPECT_EQ(RomanizationKey("김 Jong-un"), RomanizationKey("Kim Jong Un"));
}

}  // namespace
}  // namespace kobi::romanize
