// LexiconTrainer, FormatLexicon, Dictionary unit entries and CorpusLexicon.
#include "kobi/align/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/align/dictionary.h"
#include "kobi/core/error.h"
#include "kobi/core/utf8.h"

namespace kobi::align {
namespace {

// Sentences written for this test: "budget" ~ 예산 and "president" ~ 대통령 recur; fillers vary.
const char* kPairs[][2] = {
    {"The president visited Busan.", "대통령이 부산을 방문했다."},
    {"The president met farmers.", "대통령이 농민들을 만났다."},
    {"The budget grew again.", "예산이 다시 늘었다."},
    {"Lawmakers cut the budget.", "의원들이 예산을 깎았다."},
    {"The president signed the budget.", "대통령이 예산에 서명했다."},
    {"Rain fell all night.", "밤새 비가 내렸다."},
};

std::vector<LexiconEntry> TrainAll() {
  LexiconTrainer t;
  for (const auto& p : kPairs) t.AddPair(p[0], p[1]);
  EXPECT_EQ(t.pairs(), 6u);
  return t.Train({});
}

// Units are whole characters: "pérégrination" is 'pérég' (not five bytes, which end inside
// the second 'é'), so the counts a batch ships are UTF-8 text; a Korean unit is two characters
// whatever their width ("가α나다" -> "가α").
TEST(LexiconTrainer, UnitsAreWholeCharacters) {
  LexiconTrainer t;
  t.AddPair("The pérégrination began.", "가α나다 시작됐다.");
  t.AddPair("A pérégrination ended.", "가α나다 끝났다.");
  t.AddPair("Their pérégrination continued.", "가α나다 계속됐다.");
  std::string counts = t.Save();
  EXPECT_TRUE(utf8::IsValid(counts)) << counts;
  std::vector<LexiconEntry> lex = t.Train({});
  bool found = false;
  for (const auto& e : lex) found = found || (e.en == "pérég" && e.ko == "가α");
  EXPECT_TRUE(found) << FormatLexicon(lex);
}

TEST(LexiconTrainer, LearnsRecurringUnitPairs) {
  std::vector<LexiconEntry> lex = TrainAll();
  ASSERT_EQ(lex.size(), 2u);
  EXPECT_EQ(lex[0].en, "budge");  // sorted by English unit
  EXPECT_EQ(lex[0].ko, "예산");
  EXPECT_EQ(lex[0].count, 3);
  EXPECT_DOUBLE_EQ(lex[0].dice, 1.0);
  EXPECT_EQ(lex[1].en, "presi");
  EXPECT_EQ(lex[1].ko, "대통");
  EXPECT_EQ(FormatLexicon(lex), "budge*\t예산*\t3\t1.000\npresi*\t대통*\t3\t1.000\n");
}

TEST(LexiconTrainer, ThresholdsAreApplied) {
  LexiconTrainer t;
  for (const auto& p : kPairs) t.AddPair(p[0], p[1]);
  EXPECT_TRUE(t.Train({4, 0.6}).empty());  // no pair shares four sentences
}

TEST(LexiconTrainer, AlignmentAddsConfidentOneToOneBeadsOnly) {
  std::vector<std::string> en = {kPairs[0][0], kPairs[1][0], kPairs[4][0]};
  std::vector<std::string> ko = {kPairs[0][1], kPairs[1][1], kPairs[4][1]};
  Alignment a;
  a.beads = {{{0}, {0}, 0.9}, {{1}, {1}, 0.5}, {{2}, {2}, 0.95}};
  LexiconTrainer t;
  t.AddAlignment(en, ko, a);
  EXPECT_EQ(t.pairs(), 2u);  // the 0.5 bead is left out
}

TEST(LexiconTrainer, SavedAndMergedCountsTrainAsOneTrainer) {
  std::vector<LexiconEntry> whole = TrainAll();
  // Every cut of the pairs into two consecutive parts, counted apart, shipped as text, merged.
  for (std::size_t cut = 0; cut <= 6; ++cut) {
    LexiconTrainer a, b;
    for (std::size_t i = 0; i < 6; ++i) (i < cut ? a : b).AddPair(kPairs[i][0], kPairs[i][1]);
    LexiconTrainer merged = LexiconTrainer::Load(a.Save(), "a");
    merged.Merge(LexiconTrainer::Load(b.Save(), "b"));
    EXPECT_EQ(merged.pairs(), 6u);
    std::string merged_text = merged.Save();
    LexiconTrainer one;
    for (const auto& p : kPairs) one.AddPair(p[0], p[1]);
    EXPECT_EQ(merged_text, one.Save()) << cut;  // same units, same ids, same counts
    EXPECT_EQ(FormatLexicon(merged.Train({})), FormatLexicon(whole)) << cut;
  }
}

TEST(LexiconTrainer, LoadRejectsWhatSaveDidNotWrite) {
  EXPECT_THROW(LexiconTrainer::Load("budge*\t예산*\t3\t1.000\n", "x"), InputError);
  LexiconTrainer t;
  t.AddPair(kPairs[0][0], kPairs[0][1]);
  std::string text = t.Save();
  EXPECT_THROW(LexiconTrainer::Load(text.substr(0, text.size() - 3), "x"), InputError);
  try {
    LexiconTrainer::Load("kobi-lexicon-counts 1\npairs x\n", "counts.txt");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "counts.txt");
    EXPECT_EQ(e.line(), 2u);
  }
}

TEST(LexiconTrainer, ParseLexiconReadsFormatLexicon) {
  std::vector<LexiconEntry> lex = TrainAll();
  std::vector<LexiconEntry> back = ParseLexicon(FormatLexicon(lex), "lex");
  ASSERT_EQ(back.size(), lex.size());
  EXPECT_EQ(FormatLexicon(back), FormatLexicon(lex));
  EXPECT_TRUE(ParseLexicon("", "lex").empty());
  EXPECT_THROW(ParseLexicon("budge\t예산\t3\t1.000\n", "lex"), InputError);
}

TEST(Dictionary, UnitEntriesMatchWordsSharingTheUnit) {
  Dictionary d = Dictionary::Parse("presi*\t대통*\t3\t1.000\nhouse\t집\n", "lex");
  EXPECT_EQ(d.size(), 2u);
  std::vector<std::uint32_t> en, ko;
  d.EnglishIds("presidential", en);
  d.KoreanIds("대통령은", ko);
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(en, ko);
  std::vector<std::uint32_t> none;
  d.EnglishIds("pres", none);  // unit "pres" is not "presi"
  d.KoreanIds("대학", none);
  EXPECT_TRUE(none.empty());
  std::vector<std::uint32_t> house;
  d.EnglishIds("house", house);
  EXPECT_EQ(house.size(), 1u);
}

TEST(CorpusLexicon, SecondPassOptionsCarryTheLearnedEntries) {
  Dictionary user = Dictionary::Parse("house\t집\n", "user");
  AlignOptions options;
  options.dictionary = &user;
  CorpusLexicon corpus(options);
  std::vector<std::string> en, ko;
  for (const auto& p : kPairs) {
    en.push_back(p[0]);
    ko.push_back(p[1]);
  }
  Alignment a;
  for (int i = 0; i < 6; ++i) a.beads.push_back({{i}, {i}, 0.9});
  corpus.Add(en, ko, a);
  const AlignOptions& pass2 = corpus.Finish();
  EXPECT_EQ(corpus.entries(), 2u);
  ASSERT_NE(pass2.dictionary, nullptr);
  EXPECT_EQ(pass2.dictionary->size(), 3u);  // the user's entry and two learned ones
  EXPECT_EQ(user.size(), 1u);               // the caller's dictionary is not modified
}

}  // namespace
}  // namespace kobi::align
