#include "kobi/align/name_matcher.h"

#include <gtest/gtest.h>

namespace kobi::align {
namespace {

TEST(NameMatcher, SharedKeys) {
  const std::pair<const char*, const char*> same[] = {
      {"Michigan", "미시간"},     {"Stanford", "스탠포드"}, {"Hong Lei", "훙레이"},
      {"Jones", "존스"},          {"Vidal", "비달"},        {"Pattavee", "패타비"},
      {"Dilokrit", "딜로크리트"},
  };
  for (const auto& [en, ko] : same) {
    EXPECT_EQ(PhoneticKey(en), PhoneticKey(ko)) << en << " / " << ko;
    EXPECT_FALSE(PhoneticKey(en).empty()) << en;
  }
  EXPECT_EQ(PhoneticKey("Hong Lei"), "nl");
}

TEST(NameMatcher, DifferentNamesDiffer) {
  EXPECT_NE(PhoneticKey("Michigan"), PhoneticKey("스탠포드"));
  EXPECT_NE(PhoneticKey("Stanford"), PhoneticKey("미시간"));
  EXPECT_EQ(PhoneticKey(""), "");
  EXPECT_EQ(PhoneticKey("Ia"), "");  // no consonant
}

TEST(NameMatcher, KoreanStemsStripParticles) {
  auto stems = KoreanStems("존스에게는");
  ASSERT_GE(stems.size(), 2u);
  EXPECT_EQ(stems[0], "존스에게는");
  EXPECT_EQ(stems.back(), "존스");
  EXPECT_TRUE(KoreanStems("MWP에서").empty());  // not all Hangul
  EXPECT_EQ(KoreanStems("미시간").size(), 1u);
}

}  // namespace
}  // namespace kobi::align
