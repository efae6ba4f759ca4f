// Romanization checker: name finding, grouping (never merging different people), kinds of
// difference, preferred forms, aligned-pair checks; on the planted corpus in tests/data.
#include "kobi/glossary/romanization_checker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "kobi/glossary/internal/korean_names.h"
#include "tests/glossary/test_util.h"

namespace kobi::glossary {
namespace {

using testing::kData;

std::vector<std::string> Lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> Forms(const RomanizationChecker& c, std::string_view line) {
  std::vector<std::string> out;
  for (const auto& f : c.FindNames(line)) out.push_back(f.form);
  return out;
}

TEST(RomanizationCheckerTest, FindsNames) {
  RomanizationChecker c(Glossary::Default());
  struct Case {
    std::string line;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"Kim Jong-un and Kim Jong Un met Kim Jung-un.",
       {"Kim Jong-un", "Kim Jong Un", "Kim Jung-un"}},
      {"Hong Gil-dong, HONG GILDONG and Hong Gil Dong",
       {"Hong Gil-dong", "HONG GILDONG", "Hong Gil Dong"}},
      {"Oh Min-ji spoke. Oh Minji? In Seoul on Monday.", {"Oh Min-ji", "Seoul"}},
      {"Oh Sehoon", {"Oh Sehoon"}},  // a glossary spelling (Oh Se-hoon)
      {"Tourists in Hannam-dong and Jeju-do, not Pyeongyang City.",
       {"Hannam-dong", "Jeju-do", "Pyeongyang"}},
      {"The Song dynasty, Park Avenue, the moon and the sun.", {}},
  };
  for (const auto& c2 : cases) EXPECT_EQ(Forms(c, c2.line), c2.want) << c2.line;
}

TEST(RomanizationCheckerTest, PlantedCorpusGroupsExactly) {
  RomanizationChecker c(Glossary::Default());
  auto lines = Lines(kData + "check_en.txt");
  ASSERT_GT(lines.size(), 30u);
  for (std::size_t i = 0; i < lines.size(); ++i) c.AddEnglish(lines[i], i + 1);
  std::set<std::set<std::string>> got;
  for (const auto& g : c.Groups()) {
    std::set<std::string> forms;
    for (const auto& v : g.variants) forms.insert(v.form);
    got.insert(forms);
  }
  std::set<std::set<std::string>> want;
  for (const auto& line : Lines(kData + "check_gold.tsv")) {
    if (line.empty() || line[0] == '#') continue;
    std::set<std::string> forms;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      forms.insert(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    want.insert(forms);
  }
  EXPECT_EQ(got, want);
}

TEST(RomanizationCheckerTest, KindsPreferredFormsAndLines) {
  RomanizationChecker c(Glossary::Default());
  auto lines = Lines(kData + "check_en.txt");
  for (std::size_t i = 0; i < lines.size(); ++i) c.AddEnglish(lines[i], i + 1);
  std::map<std::string, SpellingGroup> by_preferred;
  for (const auto& g : c.Groups()) by_preferred[g.preferred] = g;
  ASSERT_TRUE(by_preferred.count("Kim Jong-un"));
  const SpellingGroup& kju = by_preferred["Kim Jong-un"];
  EXPECT_EQ(kju.preferred_by, "glossary");
  EXPECT_EQ(kju.kind, "system: popular");  // Kim Jung-un: 정 is Jeong/Chong/Jung
  EXPECT_EQ(kju.type, "person");
  ASSERT_EQ(kju.variants.size(), 3u);
  EXPECT_EQ(kju.variants[0].form, "Kim Jong-un");
  EXPECT_EQ(kju.variants[0].count, 3u);
  EXPECT_EQ(kju.variants[0].lines, (std::vector<std::uint64_t>{1, 3, 11}));
  EXPECT_EQ(kju.variants[1].kind, "style: hyphen");
  const std::map<std::string, std::string> kinds = {{"Kim Jong-il", "style: hyphen"},
                                                    {"Pyongyang", "system: RR vs MR"},
                                                    {"Busan", "system: RR vs MR"},
                                                    {"Choi Min-seo", "system: popular vs strict"},
                                                    {"Hannam-dong", "style: case"},
                                                    {"Park Ji-sung", "style: hyphen"},
                                                    {"Lee Jae-myung", "system: popular vs strict"},
                                                    {"Jeju-do", "system: RR vs MR"},
                                                    {"Gyeonggi-do", "system: RR vs MR"}};
  for (const auto& [preferred, kind] : kinds) {
    ASSERT_TRUE(by_preferred.count(preferred)) << preferred;
    EXPECT_EQ(by_preferred[preferred].kind, kind) << preferred;
  }
  EXPECT_EQ(by_preferred["Choi Min-seo"].preferred_by, "frequency");
  EXPECT_EQ(by_preferred["Hannam-dong"].type, "place");
}

TEST(RomanizationCheckerTest, AllCapitalsIsNotASpelling) {
  // A wire dateline in capitals is typography: counted under the mixed-case form.
  RomanizationChecker c(Glossary::Default());
  c.AddEnglish("SEOUL, Dec. 18 (Yonhap) -- Seoul will run more trains.", 1);
  c.AddEnglish("Seoul Metro agreed.", 2);
  EXPECT_TRUE(c.Groups().empty());
  // A real case difference is still reported.
  c.AddEnglish("Trains stop at Hannam-Dong and Hannam-dong.", 3);
  bool found = false;
  for (const auto& g : c.Groups()) {
    if (g.preferred.rfind("Hannam", 0) == 0) found = true;
    for (const auto& v : g.variants) EXPECT_NE(v.form, "SEOUL");
  }
  EXPECT_TRUE(found);
}

TEST(RomanizationCheckerTest, NeverMergesLookAlikes) {
  RomanizationChecker c(Glossary::Default());
  const std::vector<std::string> lines = {"Kim Jong-il",  "Kim Jong-un",   "Kim Jong-nam",
                                          "Lee Jae-yong", "Lee Jae-myung", "Park Ji-won",
                                          "Park Ji-sung", "Kim Yo-jong",   "Kim Yong-nam"};
  for (std::size_t i = 0; i < lines.size(); ++i) c.AddEnglish(lines[i], i + 1);
  EXPECT_TRUE(c.Groups().empty());
}

TEST(RomanizationCheckerTest, AlignedPairs) {
  RomanizationChecker c(Glossary::Default());
  auto lines = Lines(kData + "check_pairs.tsv");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto tab = lines[i].find('\t');
    c.AddPair(lines[i].substr(0, tab), lines[i].substr(tab + 1), i + 1);
  }
  std::vector<std::pair<std::uint64_t, std::string>> got;
  for (const auto& issue : c.pair_issues()) got.emplace_back(issue.line, issue.english);
  const std::vector<std::pair<std::uint64_t, std::string>> want = {
      {2, "Kim Jong-il"}, {3, "Kim Jung-un"}, {6, "Hong Gil-sung"}};
  EXPECT_EQ(got, want);
}

TEST(RomanizationCheckerTest, KoreanPersonNameShapes) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"유제인", "유제인"},
      {"김정은은", "김정은"},
      {"박지성이", "박지성"},
      {"문재인 ", ""},
      {"이재명 ", ""},
      {"홍길동씨", "홍길동"},
      {"김민수대통령", "김민수"},
      {"남궁민수", "남궁민수"},
      {"기억에", ""},  // noun + particle
      {"오르기", ""},
      {"오르기를", ""},  // verb forms
      {"했다고", ""},
      {"김치찌개", ""},  // no surname shape / no name suffix
      {"정부는", ""},
      {"이라크", "이라크"},  // the shape alone cannot tell this
      {"장관은", ""},
      {"대통령이", ""},  // titles are common nouns
      {"abc", ""},
      {"", ""}};
  for (const auto& [word, want] : cases) {
    EXPECT_EQ(internal::KoreanPersonName(word), want) << word;
  }
}

TEST(RomanizationCheckerTest, AliasesAreAnotherKindAndOptIn) {
  const std::vector<std::string> lines = {"South Korea and Japan met.", "Korea won the match.",
                                          "George W. Bush spoke.", "George H. W. Bush spoke.",
                                          "Busan and Pusan."};
  RomanizationChecker plain(Glossary::Default());
  CheckerOptions options;
  options.aliases = true;
  RomanizationChecker with_aliases(Glossary::Default(), options);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    plain.AddEnglish(lines[i], i + 1);
    with_aliases.AddEnglish(lines[i], i + 1);
  }
  // Default: only the romanization difference.
  ASSERT_EQ(plain.Groups().size(), 1u);
  EXPECT_EQ(plain.Groups()[0].preferred, "Busan");
  // Opt-in: the alias joins its entry's group with the kind "alias"; the two presidents Bush
  // are two people and never one group.
  std::map<std::string, SpellingGroup> by_preferred;
  for (const auto& g : with_aliases.Groups()) by_preferred[g.preferred] = g;
  ASSERT_EQ(by_preferred.size(), 2u);
  ASSERT_TRUE(by_preferred.count("South Korea"));
  const SpellingGroup& korea = by_preferred["South Korea"];
  EXPECT_EQ(korea.kind, "alias");
  ASSERT_EQ(korea.variants.size(), 2u);
  for (const auto& v : korea.variants) {
    EXPECT_EQ(v.kind, v.form == "Korea" ? "alias" : "") << v.form;
  }
  EXPECT_EQ(by_preferred["Busan"].kind, "system: RR vs MR");
}

TEST(RomanizationCheckerTest, NameInsideACompoundIsThatName) {
  // "Gaeseong industrial complex" is a glossary place of its own; the city it begins with is
  // the same name as "Kaesong", whatever else the corpus holds.
  const std::vector<std::string> filler = {"Officials from Seoul and Busan attended.",
                                           "Kim Jong-un inspected a farm.", ""};
  for (std::size_t extra = 0; extra <= filler.size(); ++extra) {
    RomanizationChecker c(Glossary::Default());
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < extra; ++i) c.AddEnglish(filler[i], ++n);
    c.AddEnglish("Work resumed at the Gaeseong industrial complex.", ++n);
    c.AddEnglish("The two Koreas agreed in Kaesong yesterday.", ++n);
    const auto groups = c.Groups();
    ASSERT_EQ(groups.size(), 1u) << extra;
    std::set<std::string> forms;
    for (const auto& v : groups[0].variants) forms.insert(v.form);
    EXPECT_EQ(forms, (std::set<std::string>{"Gaeseong", "Kaesong"}));
    EXPECT_EQ(groups[0].preferred, "Kaesong");
  }
  RomanizationChecker c(Glossary::Default());
  EXPECT_EQ(Forms(c, "Seoul National University and Jeju Island"),
            (std::vector<std::string>{"Seoul", "Jeju"}));
}

TEST(RomanizationCheckerTest, PairsCheckOnlyNamesAndShowTheEvidence) {
  RomanizationChecker c(Glossary::Default());
  auto lines = Lines(kData + "check_pairs_news.tsv");
  ASSERT_EQ(lines.size(), 9u);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto tab = lines[i].find('\t');
    c.AddPair(lines[i].substr(0, tab), lines[i].substr(tab + 1), i + 1);
  }
  // Reported: a misspelt given name (Yoo Jae-jin for 유제인), a wrong country (Iran for
  // 이라크), a wrong given name (Min-ho for 민수). Not reported: a common word with a particle
  // (기억에), a verb form (오르기를), a homograph with two accepted names (산시성), a name
  // with no full English counterpart (강정은 / Ms Kang).
  std::vector<std::pair<std::uint64_t, std::string>> got;
  for (const auto& issue : c.pair_issues()) got.emplace_back(issue.line, issue.english);
  const std::vector<std::pair<std::uint64_t, std::string>> want = {
      {1, "Yoo Jae-jin"}, {2, "Iran"}, {8, "Kim Min-ho"}};
  EXPECT_EQ(got, want);
  ASSERT_FALSE(c.pair_issues().empty());
  EXPECT_EQ(c.pair_issues()[0].korean, "유제인");
  EXPECT_EQ(c.pair_issues()[0].english_names, (std::vector<std::string>{"Yoo Jae-jin"}));
}

}  // namespace
}  // namespace kobi::glossary
