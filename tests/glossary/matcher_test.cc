// Matcher: English and Korean matching rules, spans into the original text.
#include "kobi/glossary/matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/utf8.h"

namespace kobi::glossary {
namespace {

const Glossary& TestGlossary() {
  static const Glossary g = Glossary::ParseTsv(
      "en\tko\ttype\tvariants\tnote\n"
      "Kim Jong-un\t김정은\tperson\tKim Jong-eun\t\n"
      "Kim Jong-il\t김정일\tperson\t\t\n"
      "Kim Jong\t김정\tperson\t\t\n"
      "Pyongyang\t평양\tplace\tP'yŏngyang\t\n"
      "Seoul\t서울\tplace\t\t\n"
      "North Korea\t북한\tplace\t\t\n"
      "Korea\t한국\tplace\t\t\n"
      "South Korea\t남한\tplace\t\t\n"
      "United States\t미국\tplace\tUS|U.S.\t\n"
      "Iran\t이란\tplace\t\t\n"
      "state visit\t국빈 방문\tterm\t\t\n"
      "Jiang Zemin\t장쩌민\tperson\t\t\n"
      "O'Brien\t오브라이언\tperson\t\t\n"
      "Xi'an\t시안\tplace\t\t\n"
      "Xi Jinping\t시진핑\tperson\tXi\t\n"
      "Lee Min-ho\t이민호\tperson\t\t\n"
      "Yi Min-ho\t이민호\tperson\t\t\n",
      "test.tsv");
  return g;
}

// Matches rendered as "surface=en" strings for readable table tests.
std::vector<std::string> Render(std::string_view text, const std::vector<Match>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) {
    out.push_back(std::string(m.span.In(text)) + "=" + TestGlossary().entries()[m.entry].en);
  }
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> want;
};

TEST(MatcherTest, English) {
  const std::vector<Case> cases = {
      {"Kim Jong-un met Kim Jong Il.", {"Kim Jong-un=Kim Jong-un", "Kim Jong Il=Kim Jong-il"}},
      {"KIM JONG UN and kim jongun", {"KIM JONG UN=Kim Jong-un", "kim jongun=Kim Jong-un"}},
      {"Kim Jong-Eun spoke", {"Kim Jong-Eun=Kim Jong-un"}},
      {"Kim Jong-un's sister", {"Kim Jong-un=Kim Jong-un"}},
      {"Kim Jong\u2019s", {"Kim Jong=Kim Jong"}},
      {"P'yŏngyang and Pyongyang and PYONG-YANG",
       {"P'yŏngyang=Pyongyang", "Pyongyang=Pyongyang", "PYONG-YANG=Pyongyang"}},
      {"Pyo\u0306ngyang", {"Pyo\u0306ngyang=Pyongyang"}},
      {"South Korea and North Korea, not Koreas",
       {"South Korea=South Korea", "North Korea=North Korea"}},
      {"the Seoul-based group in Seoulites", {"Seoul=Seoul"}},
      {"Seoul\xC2\xA0North  Korea", {"Seoul=Seoul", "North  Korea=North Korea"}},
      {"the US and the U.S. told us", {"US=United States", "U.S.=United States"}},
      {"I ran to Iran", {"Iran=Iran"}},
      {"a State Visit, a state-visit", {"State Visit=state visit", "state-visit=state visit"}},
      {"O'Brien, OBrien, o\u2019brien",
       {"O'Brien=O'Brien", "OBrien=O'Brien", "o\u2019brien=O'Brien"}},
      {"Xi visited Xi'an", {"Xi=Xi Jinping", "Xi'an=Xi'an"}},
      {"Lee Min-ho", {"Lee Min-ho=Lee Min-ho"}},
      {"nothing here", {}},
      {"", {}},
  };
  Matcher m(TestGlossary());
  for (const auto& c : cases) {
    EXPECT_EQ(Render(c.text, m.FindEnglish(c.text)), c.want) << c.text;
  }
}

TEST(MatcherTest, Korean) {
  const std::vector<Case> cases = {
      {"김정은은 김정일의 아들", {"김정은=Kim Jong-un", "김정일=Kim Jong-il"}},
      {"김정은과 김정은이 김정은 위원장",
       {"김정은=Kim Jong-un", "김정은=Kim Jong-un", "김정은=Kim Jong-un"}},
      {"장쩌민(江澤民) 전 주석", {"장쩌민=Jiang Zemin"}},
      {"국빈 방문과 국빈방문", {"국빈 방문=state visit", "국빈방문=state visit"}},
      {"북한과 남북한", {"북한=North Korea"}},                  // 남북한 does not contain 북한
      {"서울시와 평양에서", {"서울=Seoul", "평양=Pyongyang"}},  // compounds allowed for places
      {"김정훈이 말했다", {}},  // 김정 + 훈: a person is not a prefix of another name
      {"김정씨", {"김정=Kim Jong"}},
      {"이민호는", {"이민호=Lee Min-ho", "이민호=Yi Min-ho"}},  // one Hangul name, two people
      {"\u1109\u1165\u110b\u116e\u11af에서", {"\u1109\u1165\u110b\u116e\u11af=Seoul"}},
      {"이란과 미국", {"이란=Iran", "미국=United States"}},
  };
  Matcher m(TestGlossary());
  for (const auto& c : cases) {
    EXPECT_EQ(Render(c.text, m.FindKorean(c.text)), c.want) << c.text;
  }
}

TEST(MatcherTest, SpansAreOrderedBoundariesOfTheOriginal) {
  Matcher m(TestGlossary());
  const std::string text = "Pyŏngyang, Kim Jong-un's P'yŏngyang — 김정은은 평양에서 Seoul";
  for (auto find : {&Matcher::FindEnglish, &Matcher::FindKorean}) {
    std::size_t last = 0;
    for (const auto& match : (m.*find)(text)) {
      EXPECT_LE(last, match.span.begin);
      EXPECT_LT(match.span.begin, match.span.end);
      EXPECT_TRUE(utf8::IsBoundary(text, match.span.begin));
      EXPECT_TRUE(utf8::IsBoundary(text, match.span.end));
      last = match.span.end;
    }
  }
}

TEST(MatcherTest, DefaultGlossaryExamples) {
  Matcher m(Glossary::Default());
  const auto& entries = Glossary::Default().entries();
  auto render = [&](std::string_view text, const std::vector<Match>& ms) {
    std::vector<std::string> out;
    for (const auto& match : ms) {
      out.push_back(std::string(match.span.In(text)) + "=" + entries[match.entry].en);
    }
    return out;
  };
  const std::string ko = "시진핑 주석과 훙레이 대변인, 푸틴 대통령이 외교부에서 핵실험을";
  EXPECT_EQ(render(ko, m.FindKorean(ko)),
            (std::vector<std::string>{
                "시진핑=Xi Jinping", "훙레이=Hong Lei", "대변인=spokesman", "푸틴=Vladimir Putin",
                "대통령=president", "외교부=Ministry of Foreign Affairs", "핵실험=nuclear test"}));
  const std::string en = "Xi Jinping, Putin and the U.S. in Pyongyang after a nuclear test";
  EXPECT_EQ(render(en, m.FindEnglish(en)),
            (std::vector<std::string>{"Xi Jinping=Xi Jinping", "Putin=Vladimir Putin",
                                      "U.S.=United States", "Pyongyang=Pyongyang",
                                      "nuclear test=nuclear test"}));
}

}  // namespace
}  // namespace kobi::glossary
