// Cleaning rules, table-driven: each row is a pair and the rule expected to reject it (or keep).
#include "kobi/corpora/cleaner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/parallel.h"
#include "kobi/corpora/internal/rules.h"

namespace kobi::corpora {
namespace {

struct CleanCase {
  std::string en, ko;
  std::string_view rule;
};

TEST(CleanerTest, RulesTable) {
  const std::vector<CleanCase> cases = {
      {"The central bank kept its rate at 3.5 percent.", "중앙은행은 금리를 3.5%로 유지했다.",
       kKeep},
      {"The government will spend 1.04 trillion won on housing.",
       "정부는 주택에 1조400억 원을 쓴다.", kKeep},
      {"About 30,000 people gathered on Saturday.", "토요일에 약 3만 명이 모였다.", kKeep},
      {"The treaty was signed on June 12, 1998.", "조약은 1998년 6월 12일 체결됐다.", kKeep},
      {"The plant cost $110 million to build.", "그 공장 건설에는 1억1천만 달러가 들었다.", kKeep},
      {"", "정부는 계획을 발표했다.", kRuleEmpty},
      {"The government announced a plan.", "  ", kRuleEmpty},
      {"The company plans to hire 500 engineers.", "그 회사는 엔지니어 300명을 채용할 계획이다.",
       kRuleNumbers},
      {"About 30,000 people gathered on Saturday.", "토요일에 약 3천 명이 모였다.", kRuleNumbers},
      {"The line opens in December 2027.", "그 노선은 2026년 12월에 개통한다.", kRuleNumbers},
      {"The council approved the budget on Tuesday.", "The council approved the budget on Tuesday.",
       kRuleCopy},
      {"정부는 농민을 위한 계획을 발표했다.", "The government announced a plan for farmers.",
       kRuleSwapped},
      {"Le gouvernement a annoncé un nouveau plan pour les agriculteurs.",
       "정부는 농민을 위한 새 계획을 발표했다.", kRuleWrongLang},
      {"The government announced a new plan for farmers.",
       "政府は農家のための新しい計画を発表した。", kRuleWrongLang},
      {"The results will be posted later today.", "★★★★★ ☆☆☆ ▶▶▶", kRuleScript},
      {"<p>The mayor opened the library.</p>", "<p>시장은 도서관을 열었다.</p>", kRuleMarkup},
      {"The mayor opened the library&xnbsp;today.", "시장은 오늘 도서관을 열었다.", kRuleMarkup},
      {"The mayor opened the library &lt;b&gt;today&lt;/b&gt;.", "시장은 오늘 도서관을 열었다.",
       kRuleMarkup},
      {"See http://example.com/a/b for details.", "자세한 내용은 누리집을 보면 된다.", kRuleUrl},
      {"Copyright © 2024 Example News. All rights reserved.", "무단 전재 및 재배포 금지.",
       kRuleBoilerplate},
      {"Home | Politics | Economy", "홈 | 정치 | 경제", kRuleBoilerplate},
      {"Photo", "사진", kRuleTooShort},
      {"The minister said the government would respond firmly to the strike that has "
       "disrupted freight at the ports for more than a week.",
       "장관이 말했다.", kRuleLengthRatio},
      {std::string(1200, 'a'), std::string(1200, 'b'), kRuleTooLong},
      {"The weather will be sunny tomorrow.", "내일은 날씨가 맑겠습니다 \xEF\xBF\xBD\xEF\xBF\xBD",
       kRuleMojibake},
  };
  Cleaner cleaner;
  for (const auto& c : cases) {
    Verdict v = cleaner.Check(c.en, c.ko);
    EXPECT_EQ(v.rule, c.rule) << c.en << " | " << c.ko;
  }
}

TEST(CleanerTest, MojibakeIsRepairedAndKept) {
  Cleaner cleaner;
  // "중앙은행은 금리를 3.5%로 유지했다." as UTF-8 bytes read as Latin-1.
  std::string ko = "중앙은행은 금리를 3.5%로 유지했다.";
  std::string broken;
  for (unsigned char b : ko) {
    if (b < 0x80) {
      broken += static_cast<char>(b);
    } else {
      broken += static_cast<char>(0xC0 | (b >> 6));
      broken += static_cast<char>(0x80 | (b & 0x3F));
    }
  }
  Verdict v = cleaner.Check("The central bank kept its rate at 3.5 percent.", broken);
  EXPECT_TRUE(v.keep()) << v.rule;
  EXPECT_TRUE(v.repaired);
  EXPECT_EQ(v.ko, ko);
  CleanOptions strict;
  strict.repair_mojibake = false;
  EXPECT_EQ(Cleaner(strict).Check("The central bank kept its rate at 3.5 percent.", broken).rule,
            kRuleMojibake);
}

TEST(CleanerTest, DisabledRulesDoNotFire) {
  CleanOptions options;
  options.disabled = {std::string(kRuleNumbers)};
  Cleaner cleaner(options);
  EXPECT_TRUE(cleaner
                  .Check("The company plans to hire 500 engineers.",
                         "그 회사는 엔지니어 300명을 채용할 계획이다.")
                  .keep());
}

TEST(CleanerTest, VerdictsDoNotDependOnThreads) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (int i = 0; i < 300; ++i) {
    pairs.push_back({"Sales rose " + std::to_string(i % 17) + " percent in the quarter.",
                     "분기 매출이 " + std::to_string(i % 13) + "% 늘었다."});
  }
  Cleaner cleaner;
  auto run = [&](unsigned threads) {
    std::vector<std::string> out;
    Deduper dedup;
    std::size_t next = 0;
    OrderedParallelMap<std::size_t, Verdict> pm(threads, 8);
    pm.Run(
        [&](std::size_t& i) {
          if (next >= pairs.size()) return false;
          i = next++;
          return true;
        },
        [&](const std::size_t& i) { return cleaner.Check(pairs[i].first, pairs[i].second); },
        [&](Verdict&& v) {
          if (v.keep() && dedup.Seen(v.key)) v.rule = kRuleDuplicate;
          out.emplace_back(v.rule);
        });
    return out;
  };
  std::vector<std::string> one = run(1);
  EXPECT_EQ(one, run(4));
  EXPECT_NE(std::count(one.begin(), one.end(), "duplicate"), 0);
}

TEST(CleanerTest, LengthRatioIsCalibratedForKorean) {
  // Typical news pair: ~2.1 English characters per Hangul syllable.
  internal::SideProfile en = internal::Profile(
      "Exports of semiconductors rose 12 percent from a year earlier, the trade ministry said.");
  internal::SideProfile ko =
      internal::Profile("산업통상자원부는 반도체 수출이 1년 전보다 12% 늘었다고 밝혔다.");
  EXPECT_FALSE(internal::BadLengthRatio(en, ko, CleanOptions{}));
  EXPECT_NEAR(en.length / ko.length, 1.0, 0.5);
}

TEST(CleanerTest, StatsSummary) {
  CleanStats stats;
  Verdict keep, drop;
  drop.rule = kRuleNumbers;
  stats.Add(keep);
  stats.Add(drop);
  EXPECT_EQ(stats.kept(), 1u);
  EXPECT_EQ(stats.dropped(kRuleNumbers), 1u);
  EXPECT_NE(stats.Summary().find("numbers 1"), std::string::npos);
}

}  // namespace
}  // namespace kobi::corpora
