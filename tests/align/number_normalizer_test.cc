#include "kobi/align/number_normalizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kobi::align {
namespace {

std::vector<std::string> Keys(std::string_view text, Lang lang, bool strong_only = false) {
  std::vector<std::string> out;
  for (const auto& m : ExtractNumbers(text, lang)) {
    if (!strong_only || !m.weak) out.push_back(m.key);
  }
  return out;
}

struct Case {
  const char* text;
  Lang lang;
  std::vector<std::string> keys;
};

TEST(NumberNormalizer, Table) {
  const Case cases[] = {
      {"It fell 3.5% in February 2013.", Lang::kEn, {"3.5", "m2", "2013"}},
      {"2013년 2월 3.5% 떨어졌다.", Lang::kKo, {"2013", "m2", "3.5"}},
      {"a 1.04 trillion won budget", Lang::kEn, {"1040000000000"}},
      {"1조400억 원 예산", Lang::kKo, {"1040000000000"}},
      {"its 70th anniversary", Lang::kEn, {"70"}},
      {"창립 70주년", Lang::kKo, {"70"}},
      {"at 9:30 am", Lang::kEn, {"9", "30"}},
      {"오전 9시 30분", Lang::kKo, {"9", "30"}},
      {"5천만 명", Lang::kKo, {"50000000"}},
      {"1억 2천만 명", Lang::kKo, {"120000000"}},
      {"3억2천만 원", Lang::kKo, {"320000000"}},
      {"3만 5천 명", Lang::kKo, {"35000"}},
      {"2천300억 원", Lang::kKo, {"230000000000"}},
      {"1조 400억 원", Lang::kKo, {"1040000000000"}},
      {"150만 명", Lang::kKo, {"1500000"}},
      {"1.5 million people", Lang::kEn, {"1500000"}},
      {"$5bn deal", Lang::kEn, {"5000000000"}},
      {"1,040 people", Lang::kEn, {"1040"}},
      {"Updated : Mar. 3, 2019", Lang::kEn, {"m3", "3", "2019"}},
      {"three people and twenty-five cars", Lang::kEn, {"3", "25"}},
      {"세 명이 다쳤다", Lang::kKo, {"3"}},
      {"the 0230 UTC report", Lang::kEn, {"230"}},
      {"Seite 3,5 und 1.040", Lang::kOther, {"3", "5", "1", "40"}},
      {"no numbers here", Lang::kEn, {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Keys(c.text, c.lang), c.keys) << c.text;
  }
}

TEST(NumberNormalizer, NumberWordsAreWeak) {
  auto m = ExtractNumbers("three people", Lang::kEn);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].weak);
  EXPECT_EQ(Keys("three people", Lang::kEn, true), std::vector<std::string>{});
  auto d = ExtractNumbers("3 people", Lang::kEn);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_FALSE(d[0].weak);
}

TEST(NumberNormalizer, MonthNeedsCapital) {
  EXPECT_EQ(Keys("you may go", Lang::kEn), std::vector<std::string>{});
  EXPECT_EQ(Keys("in May 2020", Lang::kEn), (std::vector<std::string>{"m5", "2020"}));
}

TEST(NumberNormalizer, SpansPointIntoInput) {
  std::string text = "매출 1조400억 원";
  auto m = ExtractNumbers(text, Lang::kKo);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].span.In(text), "1조400억");
}

TEST(NumberNormalizer, Keys) {
  EXPECT_EQ(NumberKey(2013), "2013");
  EXPECT_EQ(NumberKey(0.25), "0.25");
  EXPECT_EQ(NumberKey(1.04e12), "1040000000000");
}

}  // namespace
}  // namespace kobi::align
