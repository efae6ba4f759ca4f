#include "kobi/align/docalign.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include "kobi/align/doc_pages.h"
#include "kobi/align/internal/doc_keys.h"
#include "kobi/align/internal/doc_lexicon.h"
#include "kobi/align/internal/doc_score.h"
#include "kobi/core/error.h"

namespace kobi::align {
namespace {

// Short pages written for this test; each English page has one Korean translation, except
// the last page of each side.
std::vector<DocPage> EnPages() {
  return {
      {"en/stadium",
       "Incheon opens stadium\nIncheon opened a stadium with 45,000 seats on "
       "March 3, 2021.\nThe project cost 320 billion won, Mayor Kim Min-ho said.\n",
       ""},
      {"en/chips",
       "Samsung profit falls\nSamsung Electronics reported a profit of 10.8 "
       "trillion won in 2022, down 31 percent.\nSales to Apple and Google slowed.\n",
       ""},
      {"en/film",
       "Busan festival\nThe Busan festival will show 243 films from 71 countries "
       "from Oct. 4 to 13.\nDirector Bong Joon-ho will open it.\n",
       ""},
      {"en/michigan",
       "Michigan wins\nMichigan State beat Stanford 78-64 on Saturday for its "
       "ninth title since 1979.\n",
       ""},
  };
}

std::vector<DocPage> KoPages() {
  return {
      {"ko/film",
       "부산 영화제\n부산 영화제는 10월 4일부터 13일까지 71개국 영화 243편을 "
       "상영한다.\n봉준호 감독이 개막을 맡는다.\n",
       ""},
      {"ko/rain", "제주 폭우\n제주도에 12일 215㎜의 비가 내려 항공편 96편이 결항됐다.\n", ""},
      {"ko/stadium",
       "인천 경기장 개장\n인천시는 2021년 3월 3일 4만5천 석 규모의 경기장을 "
       "개장했다.\n김민호 시장은 사업비가 3천200억 원이라고 밝혔다.\n",
       ""},
      {"ko/chips",
       "삼성 이익 감소\n삼성전자는 2022년 이익이 10조8천억 원으로 31% "
       "줄었다고 밝혔다.\n애플과 구글에 대한 판매가 둔화됐다.\n",
       ""},
  };
}

TEST(DocAlign, PairsTranslationsAndLeavesTheRestUnpaired) {
  auto en = EnPages();
  auto ko = KoPages();
  DocAlignResult r = DocAlign(en, ko, {});
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& p : r.pairs) {
    got.emplace_back(en[p.en].id, ko[p.ko].id);
    EXPECT_GE(p.score, 0.5);
    EXPECT_LE(p.score, 1.0);
  }
  std::vector<std::pair<std::string, std::string>> want = {
      {"en/stadium", "ko/stadium"}, {"en/chips", "ko/chips"}, {"en/film", "ko/film"}};
  EXPECT_EQ(got, want);
  EXPECT_GT(r.candidates_scored, 0);
}

TEST(DocAlign, OutputDoesNotDependOnThreadsAndIsOneToOne) {
  auto en = EnPages();
  auto ko = KoPages();
  // Duplicate a Korean page: only one of the two copies may pair.
  ko.push_back({"ko/stadium-copy", ko[2].text, ""});
  DocAlignOptions one, two;
  one.threads = 1;
  two.threads = 2;
  DocAlignResult a = DocAlign(en, ko, one), b = DocAlign(en, ko, two);
  ASSERT_EQ(a.pairs.size(), b.pairs.size());
  std::vector<bool> used(ko.size(), false);
  for (std::size_t i = 0; i < a.pairs.size(); ++i) {
    EXPECT_EQ(a.pairs[i].en, b.pairs[i].en);
    EXPECT_EQ(a.pairs[i].ko, b.pairs[i].ko);
    EXPECT_DOUBLE_EQ(a.pairs[i].score, b.pairs[i].score);
    EXPECT_FALSE(used[a.pairs[i].ko]);
    used[a.pairs[i].ko] = true;
  }
}

TEST(DocAlign, MinScoreDropsPairs) {
  DocAlignOptions strict;
  strict.min_score = 1.0;
  EXPECT_TRUE(DocAlign(EnPages(), KoPages(), strict).pairs.empty());
}

TEST(DocAlign, UrlsAloneCanPairPages) {
  std::vector<DocPage> en = {{"a", "A quiet day.\n", "https://x.com/en/news/20240101"},
                             {"b", "Nothing new.\n", "https://x.com/en/news/20240102"}};
  std::vector<DocPage> ko = {{"c", "조용한 하루.\n", "https://x.com/ko/news/20240102"},
                             {"d", "새로운 것은 없다.\n", "https://x.com/ko/news/20240101"}};
  DocAlignResult r = DocAlign(en, ko, {});
  ASSERT_EQ(r.pairs.size(), 2u);
  EXPECT_EQ(r.pairs[0].ko, 1);
  EXPECT_EQ(r.pairs[1].ko, 0);
}

TEST(DocAlign, SentenceCheckDropsPagesThatShareOnlyANameAndADate) {
  // A page whose counterpart is absent shares a name and a date with another page, but none of
  // its other sentences: the page score alone may pair them, the sentence-level check does not.
  auto en = EnPages();
  auto ko = KoPages();
  en.push_back({"en/mayor",
                "Mayor visits farms\nMayor Kim Min-ho met farmers in Daejeon on "
                "March 3, 2021.\nThe roads were icy for 6 hours in the morning.\n"
                "Some 48 shops in the old market closed early.\n",
                ""});
  ko.push_back({"ko/library",
                "새 도서관 개관\n김민호 시장은 2021년 3월 3일 대전에서 새 도서관을 "
                "열었다.\n도서관은 주민 1천200명의 기부로 지어졌다.\n책 9천 권을 "
                "갖추고 있다.\n",
                ""});
  DocAlignOptions off, check_all;
  off.verify = false;
  off.min_score = check_all.min_score = 0.2;
  check_all.verify_below = 2.0;  // check every pair
  auto has_mayor = [&](const DocAlignResult& r) {
    for (const auto& p : r.pairs) {
      if (en[p.en].id == "en/mayor") return true;
    }
    return false;
  };
  DocAlignResult unchecked = DocAlign(en, ko, off);
  EXPECT_TRUE(has_mayor(unchecked));
  DocAlignResult checked = DocAlign(en, ko, check_all);
  EXPECT_FALSE(has_mayor(checked));
  EXPECT_GT(checked.verified, 0);
  std::vector<std::string> kept;
  for (const auto& p : checked.pairs) kept.push_back(en[p.en].id + "=" + ko[p.ko].id);
  EXPECT_EQ(kept, (std::vector<std::string>{"en/stadium=ko/stadium", "en/chips=ko/chips",
                                            "en/film=ko/film"}));
}

TEST(DocAlign, ThirdPassPairsPagesWithoutNumbersOrNames) {
  // Twelve page pairs with numbers (confident) teach the words; a pair of pages with the same
  // kind of sentences but no numbers or names is then found, and a page without a counterpart
  // stays unpaired. Sentences written for this test.
  const char* en_lines[] = {"the village planted %d trees along the river.",
                            "farmers harvested %d tons of rice in the autumn.",
                            "children from %d schools visited the new library.",
                            "the bridge over the river was closed for %d days.",
                            "the market sold %d baskets of apples on the weekend."};
  const char* ko_lines[] = {
      "마을은 강을 따라 나무 %d그루를 심었다.", "농부들은 가을에 쌀 %d톤을 수확했다.",
      "학교 %d곳의 아이들이 새 도서관을 찾았다.", "강 위의 다리는 %d일 동안 폐쇄되었다.",
      "시장은 주말에 사과 %d바구니를 팔았다."};
  std::vector<DocPage> en, ko;
  for (int i = 0; i < 12; ++i) {
    std::string e = "Report\n", k = "소식\n";
    for (int t = 0; t < 3; ++t) {
      int which = (i + 2 * t) % 5, n = 100 + 7 * i + t;
      auto fill = [n](std::string line) {
        return line.replace(line.find("%d"), 2, std::to_string(n)) + "\n";
      };
      std::string line = fill(en_lines[which]);
      line[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
      e += line;
      k += fill(ko_lines[which]);
    }
    en.push_back({"en/" + std::to_string(i), e, ""});
    ko.push_back({"ko/" + std::to_string(i), k, ""});
  }
  en.push_back({"en/plain",
                "The village planted trees along the river.\nFarmers harvested rice "
                "in the autumn.\nChildren visited the new library.\n",
                ""});
  ko.push_back({"ko/plain",
                "마을은 강을 따라 나무를 심었다.\n농부들은 가을에 쌀을 수확했다.\n"
                "아이들이 새 도서관을 찾았다.\n",
                ""});
  en.push_back({"en/storm", "A storm closed the airport.\nPassengers waited in the hall.\n", ""});
  DocAlignOptions off;
  off.verify = false;
  auto plain_pair = [&](const DocAlignResult& r) {
    std::string out;
    for (const auto& p : r.pairs) {
      if (ko[p.ko].id == "ko/plain" || en[p.en].id == "en/storm") out += en[p.en].id;
    }
    return out;
  };
  EXPECT_EQ(plain_pair(DocAlign(en, ko, off)), "");
  DocAlignResult r = DocAlign(en, ko, {});
  EXPECT_GT(r.lexicon_entries, 0u);
  EXPECT_EQ(plain_pair(r), "en/plain");
  EXPECT_EQ(r.pairs.size(), 13u);
  DocAlignOptions two;
  two.threads = 2;
  DocAlignResult r2 = DocAlign(en, ko, two);
  ASSERT_EQ(r2.pairs.size(), r.pairs.size());
  for (std::size_t i = 0; i < r.pairs.size(); ++i) {
    EXPECT_EQ(r2.pairs[i].en, r.pairs[i].en);
    EXPECT_EQ(r2.pairs[i].ko, r.pairs[i].ko);
    EXPECT_DOUBLE_EQ(r2.pairs[i].score, r.pairs[i].score);
  }
}

TEST(DocAlign, EmptySideWarns) {
  DocAlignResult r = DocAlign(EnPages(), {}, {});
  EXPECT_TRUE(r.pairs.empty());
  ASSERT_EQ(r.warnings.size(), 1u);
}

TEST(UrlKeys, LanguageMarkersAreRemoved) {
  using internal::UrlKeys;
  auto a = UrlKeys("https://www.Example.com/en/news/1234.html");
  auto b = UrlKeys("http://example.com/ko/news/1234.html");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, (std::vector<std::string>{"id:1234", "u:example/com/news/1234"}));
  EXPECT_EQ(UrlKeys("https://en.x.org/story-en?id=77"), UrlKeys("https://ko.x.org/story-ko?id=77"));
  EXPECT_NE(UrlKeys("https://x.org/en/a/1"), UrlKeys("https://x.org/ko/b/1"));
  EXPECT_TRUE(UrlKeys("").empty());
}

TEST(DocScore, IndexWeightsAndCoverage) {
  using namespace internal;
  // Korean pages: 0 holds keys 1 and 2, 1 holds key 2 only. English page 0 has items 1, 2, 3.
  DocSide ko, en;
  ko.pages.resize(2);
  ko.pages[0].targets[kDocNumber] = {1, 2};
  ko.pages[1].targets[kDocNumber] = {2};
  ko.pages[0].chars = ko.pages[1].chars = 48;
  en.pages.resize(1);
  en.pages[0].items[kDocNumber] = {1, 2, 3};
  en.pages[0].targets[kDocNumber] = {1, 2, 3};
  en.pages[0].chars = 100;
  KeyIndex ko_index(ko.pages), en_index(en.pages);
  auto [b, e] = ko_index.Postings(2);
  ASSERT_EQ(e - b, 2);
  EXPECT_EQ(b[0], 0);
  EXPECT_EQ(ko_index.Postings(3).first, ko_index.Postings(3).second);
  en.Weigh(ko_index);
  ko.Weigh(en_index);
  // Rarer keys weigh more; a key no Korean page has weighs nothing.
  EXPECT_GT(en.weights[0][kDocNumber][0], en.weights[0][kDocNumber][1]);
  EXPECT_EQ(en.weights[0][kDocNumber][2], 0.0f);
  PairTerms t0 = ComputeTerms(en, 0, ko, 0), t1 = ComputeTerms(en, 0, ko, 1);
  EXPECT_DOUBLE_EQ(t0.coverage_en, 1.0);
  EXPECT_LT(t1.coverage_en, 1.0);
  EXPECT_EQ(t0.matched_keys, 2);
  EXPECT_GT(PairScore(t0), PairScore(t1));
  // Too few confident pairs: no lexicon is learned and the pages are unchanged.
  std::vector<DocPair> pairs = {{0, 0, 0.99}};
  EXPECT_EQ(LearnPageLexicon(pairs, en.pages, ko.pages), 0);
  EXPECT_TRUE(en.pages[0].items[kDocLexicon].empty());
}

class PageFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("kobi_docalign_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "pages" / "sub");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  std::filesystem::path dir_;
};

TEST_F(PageFiles, FolderListAndJsonl) {
  Write("pages/b.txt", "Bee.\n");
  Write("pages/sub/a.txt", "Ay.\n");
  Write("pages/.hidden", "no\n");
  std::string folder = (dir_ / "pages").string();
  PageLoadReport report;
  auto pages = LoadPages(folder, Lang::kEn, &report);
  EXPECT_EQ(report.kind, PageSourceKind::kFolder);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].id, folder + "/b.txt");
  EXPECT_EQ(pages[1].id, folder + "/sub/a.txt");
  EXPECT_EQ(pages[1].text, "Ay.\n");

  std::string list = Write("list", "# pages\n" + folder + "/b.txt\n\n");
  pages = LoadPages(list, Lang::kEn, &report);
  EXPECT_EQ(report.kind, PageSourceKind::kList);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].text, "Bee.\n");

  std::string jsonl = Write("crawl.txt",
                            "{\"url\":\"u1\",\"text\":\"One.\",\"lang\":\"en\"}\n"
                            "{\"url\":\"u2\",\"text\":\"둘.\",\"lang\":\"ko-KR\"}\n"
                            "{\"text\":\"Three.\"}\n");
  report = {};
  pages = LoadPages(jsonl, Lang::kEn, &report);
  EXPECT_EQ(report.kind, PageSourceKind::kJsonl);
  EXPECT_EQ(report.skipped_other_lang, 1u);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].id, "u1");
  EXPECT_EQ(pages[0].url, "u1");
  EXPECT_EQ(pages[1].id, jsonl + ":3");
  EXPECT_EQ(pages[1].url, "");
}

TEST_F(PageFiles, BadInputNamesFileAndLine) {
  std::string jsonl = Write("bad.jsonl", "{\"url\":\"u1\",\"text\":\"One.\"}\n{\"url\":\"u2\"}\n");
  try {
    LoadPages(jsonl, Lang::kEn);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_NE(std::string(e.what()).find("missing string \"text\""), std::string::npos);
  }
  std::string list = Write("list", "nowhere.txt\n");
  EXPECT_THROW(LoadPages(list, Lang::kEn), InputError);
  EXPECT_THROW(LoadPages((dir_ / "missing").string(), Lang::kEn), IoError);
}

TEST(FormatDocPairs, TabSeparatedWithThreeDecimals) {
  std::vector<DocPage> en = {{"a.txt", "", ""}}, ko = {{"b.txt", "", ""}};
  DocAlignResult r;
  r.pairs.push_back({0, 0, 0.98765});
  EXPECT_EQ(FormatDocPairs(r, en, ko), "a.txt\tb.txt\t0.988\n");
}

}  // namespace
}  // namespace kobi::align
