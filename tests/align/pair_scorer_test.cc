#include "kobi/align/pair_scorer.h"

#include <gtest/gtest.h>

#include "kobi/align/dictionary.h"
#include "kobi/core/error.h"

namespace kobi::align {
namespace {

TEST(PairScorer, TranslationsScoreHigherThanMismatches) {
  PairScorer scorer;
  struct Case {
    const char* en;
    const char* good;
    const char* bad;
  };
  const Case cases[] = {
      {"Sales rose 3.5% in 2013.", "2013년 매출은 3.5% 늘었다.", "그는 어제 집에 갔다."},
      {"Michigan State University won the game 3-1.", "미시간주립대가 경기에서 3-1로 이겼다.",
       "서울 날씨는 대체로 맑겠다."},
      {"The IMF cut its forecast.", "IMF는 전망치를 낮췄다.", "정부는 새 법안을 발표하고 국회에 제출했다고 밝혔다."},
  };
  for (const Case& c : cases) {
    double good = scorer.Score(c.en, c.good), bad = scorer.Score(c.en, c.bad);
    EXPECT_GT(good, bad) << c.en;
    EXPECT_GT(good, 0.5) << c.en;
    EXPECT_LT(bad, 0.5) << c.en;
    EXPECT_GE(bad, 0.0);
    EXPECT_LE(good, 1.0);
  }
  EXPECT_EQ(scorer.Score("", "뭔가"), 0.0);
}

TEST(PairScorer, EvidenceListsAnchors) {
  PairScorer scorer;
  PairEvidence ev;
  double p = scorer.Score("Michigan sold 70 cars to the IMF.", "미시간은 IMF에 차 70대를 팔았다.", &ev);
  EXPECT_DOUBLE_EQ(p, ev.score);
  EXPECT_EQ(ev.numbers, std::vector<std::string>{"70=70대를"});  // span runs to the end of the word
  EXPECT_EQ(ev.latin, std::vector<std::string>{"IMF"});
  ASSERT_FALSE(ev.names.empty());
  EXPECT_EQ(ev.names[0], "Michigan=미시간");
}

TEST(Dictionary, ReadsTsvAndHunalignFormats) {
  Dictionary d = Dictionary::Parse("# comment\npresident\t대통령\n정부 @ government\nwar @ 전쟁\n", "d");
  EXPECT_EQ(d.size(), 3u);
  std::vector<std::uint32_t> a, b;
  d.EnglishIds("government", a);
  d.KoreanIds("정부", b);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a, b);
  a.clear();
  d.EnglishIds("war", a);
  EXPECT_EQ(a.size(), 1u);
  try {
    Dictionary::Parse("ok\t좋다\nno separator here\n", "bad.dict");
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
  }
}

TEST(Dictionary, HelpsScoring) {
  Dictionary d = Dictionary::Parse("river\t강\nbridge\t다리\n", "d");
  ScorerResources with;
  with.dictionary = &d;
  PairScorer plain, helped(with);
  EXPECT_GT(helped.Score("The bridge over the river", "강 위의 다리"),
            plain.Score("The bridge over the river", "강 위의 다리"));
}

}  // namespace
}  // namespace kobi::align
