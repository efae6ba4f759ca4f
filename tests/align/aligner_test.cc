#include "kobi/align/aligner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/align/bead_io.h"
#include "kobi/align/eval_metrics.h"
#include "kobi/core/error.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::align {
namespace {

std::string Str(const std::vector<Bead>& beads) {
  std::string out;
  for (const Bead& b : beads) out += FormatBead(b, false) + " ";
  return out;
}

// Every sentence exactly once, in order.
void ExpectValid(const Alignment& a, int n, int m) {
  int i = 0, j = 0;
  for (const Bead& b : a.beads) {
    EXPECT_FALSE(b.en.empty() && b.ko.empty());
    for (int x : b.en) EXPECT_EQ(x, i++);
    for (int y : b.ko) EXPECT_EQ(y, j++);
    EXPECT_GE(b.score, 0.0);
    EXPECT_LE(b.score, 1.0);
  }
  EXPECT_EQ(i, n);
  EXPECT_EQ(j, m);
}

const std::vector<std::string> kEn = {
    "Seoul will spend 1.2 trillion won on new parks by 2030.",
    "The plan was announced by Mayor Oh Se-hoon on Tuesday.",
    "About 40 parks will be built. Most of them will be near the Han River.",
    "Residents of Mapo welcomed the news in a survey of 500 people.",
    "The city will also plant 3 million trees.",
};
const std::vector<std::string> kKo = {
    "서울시는 2030년까지 새 공원에 1조2천억 원을 쓴다.",
    "오세훈 시장은 화요일 이 계획을 발표했다.",
    "공원 약 40곳이 새로 만들어진다.",
    "대부분은 한강 근처에 들어선다.",
    "시는 나무 300만 그루도 심는다.",
};

TEST(Aligner, ToyDocumentWithKnownBeads) {
  Alignment a = AlignSentences(kEn, kKo, {});
  ExpectValid(a, 5, 5);
  EXPECT_EQ(Str(a.beads), "[0]:[0] [1]:[1] [2]:[2,3] [3]:[] [4]:[4] ");
  EXPECT_TRUE(a.warnings.empty());
}

TEST(Aligner, InsertedBoilerplateBecomesDeletion) {
  std::vector<std::string> ko = kKo;
  ko.insert(ko.begin() + 1, "무단 전재 및 재배포 금지");
  Alignment a = AlignSentences(kEn, ko, {});
  ExpectValid(a, 5, 6);
  auto s = Summarize(CountBeads(
      ParseBeads("[0]:[0]\n[]:[1]\n[1]:[2]\n[2]:[3,4]\n[3]:[]\n[4]:[5]\n", "g"), a.beads));
  EXPECT_GE(s.lax.f1, 0.8) << Str(a.beads);
  EXPECT_EQ(a.beads[0].ko, std::vector<int>{0});
  EXPECT_EQ(a.beads.back().ko, std::vector<int>{5});
}

TEST(Aligner, EmptySideGivesDeletionsAndWarning) {
  Alignment a = AlignSentences(kEn, {}, {});
  ExpectValid(a, 5, 0);
  ASSERT_EQ(a.warnings.size(), 1u);
  Alignment b = AlignSentences({}, {}, {});
  EXPECT_TRUE(b.beads.empty());
  EXPECT_EQ(b.warnings.size(), 1u);
}

TEST(Aligner, VeryDifferentSizesWarn) {
  std::vector<std::string> en;
  for (int i = 0; i < 30; ++i) en.push_back("Sentence number " + std::to_string(i) + " is here.");
  Alignment a = AlignSentences(en, {"문장 7번이 여기 있다."}, {});
  ExpectValid(a, 30, 1);
  ASSERT_FALSE(a.warnings.empty());
  bool paired = false;
  for (const Bead& b : a.beads) {
    if (!b.ko.empty() && !b.en.empty()) paired = b.en == std::vector<int>{7};
  }
  EXPECT_TRUE(paired) << Str(a.beads);
}

TEST(Aligner, HugeLineIsHandled) {
  std::string huge;
  for (int i = 0; i < 3000; ++i) huge += "word" + std::to_string(i) + " ";
  Alignment a = AlignSentences({huge, "Short one."}, {"짧은 문장."}, {});
  ExpectValid(a, 2, 1);
  EXPECT_FALSE(a.warnings.empty());
}

TEST(Aligner, LongDocumentUsesBandAndStaysOnDiagonal) {
  std::vector<std::string> en, ko;
  for (int i = 0; i < 3000; ++i) {
    en.push_back("In " + std::to_string(1000 + i) + " the committee met " +
                 std::to_string(i % 7 + 2) + " times and approved budget item " +
                 std::to_string(i * 13 % 997) + ".");
    ko.push_back(std::to_string(1000 + i) + "년 위원회는 " + std::to_string(i % 7 + 2) +
                 "차례 모여 예산 항목 " + std::to_string(i * 13 % 997) + "번을 승인했다.");
  }
  Alignment a = AlignSentences(en, ko, {});
  ExpectValid(a, 3000, 3000);
  EXPECT_LT(a.band, 3000);
  int right = 0;
  for (const Bead& b : a.beads) right += b.en.size() == 1 && b.ko.size() == 1 && b.en[0] == b.ko[0];
  EXPECT_EQ(right, 3000);
}

TEST(Aligner, OtherLanguagePairsUseIndependentSignals) {
  AlignOptions o;
  o.source = o.target = Lang::kOther;
  std::vector<std::string> de = {"Die Expedition erreichte 1956 den Gipfel des Lhotse.",
                                 "Sie bestand aus 8 Bergsteigern.", "Das Wetter war schlecht."};
  std::vector<std::string> fr = {"L'expédition atteignit en 1956 le sommet du Lhotse.",
                                 "Elle comptait 8 alpinistes.", "Le temps était mauvais."};
  Alignment a = AlignSentences(de, fr, o);
  ExpectValid(a, 3, 3);
  EXPECT_EQ(Str(a.beads), "[0]:[0] [1]:[1] [2]:[2] ");
}

TEST(Aligner, PagesSkipBoilerplate) {
  std::string en =
      "Seoul to build 40 parks\n\nBy Kim Min-ji\n\n"
      "Seoul will spend 1.2 trillion won on new parks by 2030. The plan was announced by Mayor "
      "Oh Se-hoon on Tuesday.\n\nShare\n\nPrint\n";
  std::string ko =
      "서울시, 공원 40곳 조성\n\n"
      "서울시는 2030년까지 새 공원에 1조2천억 원을 쓴다. 오세훈 시장은 화요일 이 계획을 "
      "발표했다.\n\n김민지 기자 minji@example.com\n\n무단 전재 및 재배포 금지\n";
  PageAlignment p = AlignPages(en, ko, {});
  ExpectValid(p.alignment, static_cast<int>(p.en.size()), static_cast<int>(p.ko.size()));
  for (const auto& s : p.en) {
    EXPECT_EQ(s.find("Print"), std::string::npos);
    EXPECT_EQ(s.find("By Kim"), std::string::npos);
  }
  for (const auto& s : p.ko) EXPECT_EQ(s.find("무단"), std::string::npos);
  int pairs = 0;
  for (const Bead& b : p.alignment.beads) pairs += !b.en.empty() && !b.ko.empty();
  EXPECT_GE(pairs, 2);
}

// One set of defaults: AlignOptions{} uses the bundled glossary, exactly as an explicit
// Matcher::Default(); use_glossary = false uses none.
TEST(Aligner, BundledGlossaryByDefault) {
  const std::string en = "The National Assembly met on Monday.";
  const std::string ko = "국회는 월요일에 열렸다.";
  AlignOptions defaults;
  EXPECT_EQ(SelectedGlossary(defaults), &glossary::Matcher::Default());
  BeadEvidence ev = ExplainBead(en, ko, defaults);
  ASSERT_FALSE(ev.glossary.empty());
  EXPECT_EQ(ev.glossary[0], "National Assembly=국회");
  AlignOptions none;
  none.use_glossary = false;
  EXPECT_EQ(SelectedGlossary(none), nullptr);
  EXPECT_TRUE(ExplainBead(en, ko, none).glossary.empty());
  AlignOptions defr;
  defr.source = defr.target = Lang::kOther;
  EXPECT_EQ(SelectedGlossary(defr), nullptr);
  Alignment a = AlignSentences({en}, {ko}, defaults);
  glossary::Matcher explicit_matcher(glossary::Glossary::Default());
  AlignOptions given;
  given.glossary = &explicit_matcher;
  Alignment b = AlignSentences({en}, {ko}, given);
  ASSERT_EQ(a.beads.size(), b.beads.size());
  EXPECT_DOUBLE_EQ(a.beads[0].score, b.beads[0].score);
}

// --lang: en,ko (any case, any region) selects the EN-KO signals, another pair the
// language-independent ones; ko,en, equal languages and malformed pairs are usage errors.
TEST(SetLanguagePairTest, PairsAndErrors) {
  AlignOptions o;
  SetLanguagePair("EN-us,ko-KR", o);
  EXPECT_EQ(o.source, Lang::kEn);
  EXPECT_EQ(o.target, Lang::kKo);
  SetLanguagePair("de,fr", o);
  EXPECT_EQ(o.source, Lang::kOther);
  EXPECT_EQ(o.target, Lang::kOther);
  for (const char* bad : {"ko,en", "en,en", "en", "en,ko,de", ",ko", "e1,ko", "english,ko"}) {
    EXPECT_THROW(SetLanguagePair(bad, o), UsageError) << bad;
  }
}

}  // namespace
}  // namespace kobi::align
