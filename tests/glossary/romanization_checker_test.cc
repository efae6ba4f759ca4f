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

namespace kobi::glossary {
namespace {

const std::string kData = KOBI_TEST_DATA_DIR "/glossary/";

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
      {"Hong Gil-dong, HONG GILDONG and Hong Gil Dong", {"Hong Gil-dong", "HONG GILDONG",
                                                         "Hong Gil Dong"}},
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
  const std::map<std::string, std::string> kinds = {
      {"Kim Jong-il", "style: hyphen"},          {"Pyongyang", "system: RR vs MR"},
      {"Busan", "system: RR vs MR"},             {"Choi Min-seo", "system: popular vs strict"},
      {"Hannam-dong", "style: case"},            {"Park Ji-sung", "style: hyphen"},
      {"Lee Jae-myung", "system: popular vs strict"}, {"Jeju-do", "system: RR vs MR"},
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
  const std::vector<std::string> lines = {
      "Kim Jong-il", "Kim Jong-un", "Kim Jong-nam", "Lee Jae-yong", "Lee Jae-myung",
      "Park Ji-won", "Park Ji-sung", "Kim Yo-jong", "Kim Yong-nam"};
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

}  // namespace
}  // namespace kobi::glossary
