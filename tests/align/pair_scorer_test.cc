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
      {"The IMF cut its forecast.", "IMF는 전망치를 낮췄다.",
       "정부는 새 법안을 발표하고 국회에 제출했다고 밝혔다."},
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
  double p =
      scorer.Score("Michigan sold 70 cars to the IMF.", "미시간은 IMF에 차 70대를 팔았다.", &ev);
  EXPECT_DOUBLE_EQ(p, ev.score);
  EXPECT_EQ(ev.numbers, std::vector<std::string>{"70=70대를"});  // span runs to the end of the word
  EXPECT_EQ(ev.latin, std::vector<std::string>{"IMF"});
  ASSERT_FALSE(ev.names.empty());
  EXPECT_EQ(ev.names[0], "Michigan=미시간");
}

TEST(Dictionary, ReadsTsvAndHunalignFormats) {
  Dictionary d =
      Dictionary::Parse("# comment\npresident\t대통령\n정부 @ government\nwar @ 전쟁\n", "d");
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

// A fluent sentence about something else, of similar length and without numbers or names, is
// told from a translation by dictionary coverage (the pairs of
// tests/data/corpora/nontranslations.tsv).
TEST(Dictionary, CoverageSeparatesFluentNonTranslations) {
  Dictionary d = Dictionary::Parse(
      "council\t시의회\npark\t공원\nplan\t계획\napproved\t승인\nnew\t새\n"
      "farmer\t농민\nfarmers\t농민\nweather\t날씨\nharvest\t수확\ndry\t건조한\n"
      "damage\t피해\nworried\t걱정\n",
      "d");
  ScorerResources with;
  with.dictionary = &d;
  PairScorer plain, helped(with);
  const char* en = "The city council approved a new plan to expand public parks.";
  const char* good = "시의회는 공원을 확대하는 새 계획을 승인했다.";
  const char* bad = "농민들은 건조한 날씨가 수확에 피해를 줄까 걱정했다.";
  PairEvidence ev_good, ev_bad, ev_plain;
  double p_good = helped.Score(en, good, &ev_good);
  double p_bad = helped.Score(en, bad, &ev_bad);
  plain.Score(en, bad, &ev_plain);
  EXPECT_GT(ev_good.dictionary_coverage, 0.7);
  EXPECT_DOUBLE_EQ(ev_bad.dictionary_coverage, 0.0);
  EXPECT_DOUBLE_EQ(ev_plain.dictionary_coverage, -1.0);  // no dictionary
  EXPECT_GT(p_good, 0.9);
  EXPECT_LT(p_bad, 0.3);
  EXPECT_GT(plain.Score(en, bad), 0.5);  // without a dictionary it passes for a translation
  // Too few words with entries: no coverage term.
  PairEvidence ev_short;
  helped.Score("The council met.", "농민들이 모였다.", &ev_short);
  EXPECT_DOUBLE_EQ(ev_short.dictionary_coverage, -1.0);
}

}  // namespace
}  // namespace kobi::align
