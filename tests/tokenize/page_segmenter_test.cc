// Tests for kobi::tokenize::SegmentPage and its zone recognisers (tokenize/internal/zone_*).
#include "kobi/tokenize/page_segmenter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/zone_inline.h"
#include "kobi/tokenize/internal/zone_rules.h"

namespace kobi::tokenize {
namespace {

using internal::LineKind;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\t')
      out += "\\t";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

// ---- line recognisers ----------------------------------------------------------------------

struct LineCase {
  const char* line;
  Lang page;
  LineKind want;
};

class ClassifyLineTest : public ::testing::TestWithParam<LineCase> {};

TEST_P(ClassifyLineTest, Kind) {
  const LineCase& c = GetParam();
  EXPECT_EQ(internal::LineKindName(internal::ClassifyLine(c.line, c.page)),
            internal::LineKindName(c.want))
      << c.line;
}

INSTANTIATE_TEST_SUITE_P(
    English, ClassifyLineTest,
    ::testing::Values(
        LineCase{"The Korea Herald", Lang::kEn, LineKind::kMasthead},
        LineCase{"Korea JoongAng Daily", Lang::kEn, LineKind::kMasthead},
        LineCase{"The Daejeon Morning Post", Lang::kEn, LineKind::kMasthead},
        LineCase{"Yonhap News Agency", Lang::kEn, LineKind::kMasthead},
        LineCase{"National > North Korea", Lang::kEn, LineKind::kNavigation},
        LineCase{"Home | Business | Sports", Lang::kEn, LineKind::kNavigation},
        LineCase{"• Link copied", Lang::kEn, LineKind::kShare},
        LineCase{"Print", Lang::kEn, LineKind::kShare},
        LineCase{"Email this article", Lang::kEn, LineKind::kShare},
        LineCase{"Subscribe to our newsletter", Lang::kEn, LineKind::kShare},
        LineCase{"Facebook Twitter KakaoTalk", Lang::kEn, LineKind::kShare},
        LineCase{"© 2015 Yonhap", Lang::kEn, LineKind::kCopyright},
        LineCase{"Copyright 2016 The Seoul Gazette. All rights reserved.", Lang::kEn,
                 LineKind::kCopyright},
        LineCase{"(C) Yonhap News Agency. All Rights Reserved", Lang::kEn, LineKind::kCopyright},
        LineCase{"Related articles", Lang::kEn, LineKind::kRelated},
        LineCase{"Most Viewed", Lang::kEn, LineKind::kRelated},
        LineCase{"▶ Seoul to raise subway fares", Lang::kEn, LineKind::kRelated},
        LineCase{"Published : Jan. 9, 2015 - 12:26", Lang::kEn, LineKind::kDateline},
        LineCase{"Updated : Mar. 3, 2019 - 15:12", Lang::kEn, LineKind::kDateline},
        LineCase{"Posted on Sept. 14, 2017 at 9:05 a.m.", Lang::kEn, LineKind::kDateline},
        LineCase{"2016-03-03 17:30", Lang::kEn, LineKind::kDateline},
        LineCase{"Thursday, March 3, 2016", Lang::kEn, LineKind::kDateline},
        LineCase{"All News 10:35 March 03, 2016", Lang::kEn, LineKind::kDateline},
        LineCase{"By Kim Da-sol", Lang::kEn, LineKind::kByline},
        LineCase{"By KH디지털2", Lang::kEn, LineKind::kByline},
        LineCase{"By Yoon Min-sik (yoonmi@heraldcorp.com)", Lang::kEn, LineKind::kByline},
        LineCase{"BY PARK EUN-JI [park.eunji@joongang.co.kr]", Lang::kEn, LineKind::kByline},
        LineCase{"Korea Herald staff", Lang::kEn, LineKind::kByline},
        LineCase{"이효진 기자", Lang::kEn, LineKind::kByline},
        LineCase{"피터빈트", Lang::kEn, LineKind::kHangulName},
        LineCase{"페이스북 트위터", Lang::kEn, LineKind::kShare},
        LineCase{"서울 지하철 안내", Lang::kEn, LineKind::kStray},
        LineCase{"yoonmi@heraldcorp.com", Lang::kEn, LineKind::kReporterEmail},
        LineCase{"(Yonhap)", Lang::kEn, LineKind::kCredit},
        LineCase{"(END)", Lang::kEn, LineKind::kCredit},
        LineCase{"[Yonhap]", Lang::kEn, LineKind::kCaption},
        LineCase{"[Photo: Yonhap]", Lang::kEn, LineKind::kCaption},
        LineCase{"A train arrives at Seoul Station on Friday. Yonhap photo", Lang::kEn,
                 LineKind::kCaption},
        LineCase{"Kim speaks at a forum in Seoul on Monday. (Photo: Park Hae-mook)", Lang::kEn,
                 LineKind::kCaption},
        LineCase{"Lee waves to fans in Incheon, Tuesday. Korea Times file", Lang::kEn,
                 LineKind::kCaption},
        LineCase{"Farmers plant rice in Gimpo on Monday. [NEWS1]", Lang::kEn, LineKind::kCaption},
        LineCase{"This photo, taken Jan. 9, shows a ferry in Mokpo. (Yonhap)", Lang::kEn,
                 LineKind::kCaption},
        // Running text is never furniture by itself.
        LineCase{"China on Friday voiced hope that it will move forward with the North.", Lang::kEn,
                 LineKind::kUnknown},
        LineCase{"Share prices fell 2 percent on Monday.", Lang::kEn, LineKind::kUnknown},
        LineCase{"By then, most of the passengers had left the ship.", Lang::kEn,
                 LineKind::kUnknown},
        LineCase{"Copyright lawsuits have doubled since 2010, the ministry said.", Lang::kEn,
                 LineKind::kUnknown},
        LineCase{"He was updated on the situation at 10:30 a.m. on Friday.", Lang::kEn,
                 LineKind::kUnknown},
        LineCase{"Seoul to run late-night subways", Lang::kEn, LineKind::kUnknown}));

INSTANTIATE_TEST_SUITE_P(
    Korean, ClassifyLineTest,
    ::testing::Values(
        LineCase{"조선일보", Lang::kKo, LineKind::kMasthead},
        LineCase{"대전매일신문", Lang::kKo, LineKind::kMasthead},
        LineCase{"연합뉴스", Lang::kKo, LineKind::kMasthead},
        LineCase{"사회 > 교육", Lang::kKo, LineKind::kNavigation},
        LineCase{"기사 공유하기", Lang::kKo, LineKind::kShare},
        LineCase{"구독", Lang::kKo, LineKind::kShare},
        LineCase{"글자크기 프린트 공유", Lang::kKo, LineKind::kShare},
        LineCase{"<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", Lang::kKo, LineKind::kCopyright},
        LineCase{"저작권자 © 대전일보 무단전재 및 재배포 금지", Lang::kKo, LineKind::kCopyright},
        LineCase{"무단전재 및 재배포 금지", Lang::kKo, LineKind::kCopyright},
        LineCase{"Copyright © Herald Corporation", Lang::kKo, LineKind::kCopyright},
        LineCase{"▶ 관련기사", Lang::kKo, LineKind::kRelated},
        LineCase{"많이 본 뉴스", Lang::kKo, LineKind::kRelated},
        LineCase{"입력 2015.01.09 12:26", Lang::kKo, LineKind::kDateline},
        LineCase{"입력 2016.03.03 03:00 | 수정 2016.03.03 09:12", Lang::kKo, LineKind::kDateline},
        LineCase{"송고시간2016-03-03 10:35", Lang::kKo, LineKind::kDateline},
        LineCase{"2016년 3월 3일 오후 2시 10분", Lang::kKo, LineKind::kDateline},
        LineCase{"홍길동 기자", Lang::kKo, LineKind::kByline},
        LineCase{"글·사진 홍길동 기자", Lang::kKo, LineKind::kByline},
        LineCase{"홍길동 김철수 기자", Lang::kKo, LineKind::kByline},
        LineCase{"김다솔 기자 dasol@yna.co.kr", Lang::kKo, LineKind::kReporterEmail},
        LineCase{"[헤럴드경제=홍길동 기자]", Lang::kKo, LineKind::kByline},
        LineCase{"(끝)", Lang::kKo, LineKind::kCredit},
        LineCase{"[연합뉴스 자료사진]", Lang::kKo, LineKind::kCredit},
        LineCase{"[사진=연합뉴스]", Lang::kKo, LineKind::kCaption},
        LineCase{"2일 서울역에서 시민들이 열차를 기다리고 있다. [연합뉴스 자료사진]", Lang::kKo,
                 LineKind::kCaption},
        LineCase{"▲ 2일 입학식에서 신입생들이 노래하고 있다. /연합뉴스", Lang::kKo,
                 LineKind::kCaption},
        LineCase{"PRINT", Lang::kKo, LineKind::kShare},
        LineCase{"Go to English edition", Lang::kKo, LineKind::kStray},
        // Running text.
        LineCase{"서울시는 연말 기간 지하철을 새벽 2시까지 연장 운행한다고 18일 밝혔다.", Lang::kKo,
                 LineKind::kUnknown},
        LineCase{"저작권 침해 소송이 지난해 두 배로 늘었다.", Lang::kKo, LineKind::kUnknown},
        LineCase{"공유 경제 기업들이 빠르게 성장하고 있다.", Lang::kKo, LineKind::kUnknown},
        LineCase{"구독자 수가 100만명을 넘어섰다고 회사 측이 밝혔다.", Lang::kKo,
                 LineKind::kUnknown}));

TEST(SentenceLikeTest, Table) {
  EXPECT_TRUE(internal::IsSentenceLike("Seoul will run its subway trains late.", Lang::kEn));
  EXPECT_TRUE(internal::IsSentenceLike("He has yet to visit China. (Yonhap)", Lang::kEn));
  EXPECT_TRUE(internal::IsSentenceLike("시는 내년 봄 결정할 방침이다", Lang::kKo));
  EXPECT_FALSE(internal::IsSentenceLike("Seoul to run late-night subways", Lang::kEn));
  EXPECT_FALSE(internal::IsSentenceLike("N. Korea vows to respond to U.N. sanctions", Lang::kEn));
  EXPECT_FALSE(internal::IsSentenceLike("Mr. Kim", Lang::kEn));
  EXPECT_TRUE(internal::IsHeadlineCandidate("北, 동해상으로 단거리 발사체 발사", Lang::kKo));
  EXPECT_FALSE(internal::IsHeadlineCandidate("전체메뉴 검색", Lang::kKo));
  EXPECT_FALSE(internal::IsHeadlineCandidate("Contact: desk@example.com now please", Lang::kEn));
}

// ---- inline recognisers --------------------------------------------------------------------

struct DatelineCase {
  const char* text;
  const char* want;  // the dateline, or "" for none
};

class WireDatelineTest : public ::testing::TestWithParam<DatelineCase> {};

TEST_P(WireDatelineTest, Prefix) {
  const DatelineCase& c = GetParam();
  std::string_view text = c.text;
  auto len = internal::MatchWireDateline(text);
  EXPECT_EQ(len ? std::string(text.substr(0, *len)) : std::string(), c.want) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    All, WireDatelineTest,
    ::testing::Values(
        DatelineCase{"SEOUL, March 3 (Yonhap) -- North Korea fired.", "SEOUL, March 3 (Yonhap) --"},
        DatelineCase{"WASHINGTON (AP) — The U.S. said so.", "WASHINGTON (AP) —"},
        DatelineCase{"NEW YORK, Jan. 9 (AFP-Yonhap) -- Stocks rose.",
                     "NEW YORK, Jan. 9 (AFP-Yonhap) --"},
        DatelineCase{"BEIJING -- China said Friday.", "BEIJING --"},
        DatelineCase{"SEOUL (Yonhap) North Korea said.", "SEOUL (Yonhap)"},
        DatelineCase{"(서울=연합뉴스) 홍길동 기자 = 정부는 밝혔다.",
                     "(서울=연합뉴스) 홍길동 기자 ="},
        DatelineCase{"(워싱턴=연합뉴스) 김철수 특파원 = 미국은 밝혔다.",
                     "(워싱턴=연합뉴스) 김철수 특파원 ="},
        DatelineCase{"【서울=뉴시스】홍길동 기자 = 정부는", "【서울=뉴시스】홍길동 기자 ="},
        DatelineCase{"(서울=연합뉴스) 정부는 밝혔다.", "(서울=연합뉴스)"},
        DatelineCase{"홍길동 기자 = 정부는 밝혔다.", "홍길동 기자 ="},
        DatelineCase{"NATO members met on Friday.", ""},
        DatelineCase{"North Korea (DPRK) said -- nothing.", ""},
        DatelineCase{"정부는 (서울=연합뉴스) 밝혔다.", ""}, DatelineCase{"", ""}));

struct CutCase {
  const char* text;
  Lang page;
  const char* want;  // the furniture cut off, or "" for none
  Zone zone;
};

class PrefixTest : public ::testing::TestWithParam<CutCase> {};
class SuffixTest : public ::testing::TestWithParam<CutCase> {};

TEST_P(PrefixTest, Cut) {
  const CutCase& c = GetParam();
  std::string_view text = c.text;
  auto cut = internal::MatchFurniturePrefix(text, c.page);
  EXPECT_EQ(cut ? std::string(text.substr(0, cut->length)) : std::string(), c.want) << c.text;
  if (cut && *c.want) {
    EXPECT_EQ(ZoneName(cut->zone), ZoneName(c.zone)) << c.text;
  }
}

TEST_P(SuffixTest, Cut) {
  const CutCase& c = GetParam();
  std::string_view text = c.text;
  auto cut = internal::MatchFurnitureSuffix(text, c.page);
  EXPECT_EQ(cut ? std::string(text.substr(text.size() - cut->length)) : std::string(), c.want)
      << c.text;
  if (cut && *c.want) {
    EXPECT_EQ(ZoneName(cut->zone), ZoneName(c.zone)) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    All, PrefixTest,
    ::testing::Values(
        CutCase{"Print There is concern.", Lang::kEn, "Print", Zone::kBoilerplate},
        CutCase{"Email this article Share It was built.", Lang::kEn, "Email this article Share",
                Zone::kBoilerplate},
        CutCase{"Subscribe to our newsletter The jail closed.", Lang::kEn,
                "Subscribe to our newsletter", Zone::kBoilerplate},
        CutCase{"Updated : Mar. 3, 2019 - 15:12 There were protests.", Lang::kEn,
                "Updated : Mar. 3, 2019 - 15:12", Zone::kDateline},
        CutCase{"By Kim Da-sol In 1981, the orchid was chosen.", Lang::kEn, "By Kim Da-sol",
                Zone::kByline},
        CutCase{"By KH디지털2 Inspectors said so.", Lang::kEn, "By KH디지털2", Zone::kByline},
        CutCase{"[Photo: Yonhap] The Congress debated it.", Lang::kEn, "[Photo: Yonhap]",
                Zone::kCaption},
        CutCase{"(END) Two astronauts returned.", Lang::kEn, "(END)", Zone::kCredit},
        CutCase{"피터빈트 The leaders resigned.", Lang::kEn, "피터빈트", Zone::kByline},
        CutCase{"Copyright © Herald Corporation The jail closed.", Lang::kEn,
                "Copyright © Herald Corporation", Zone::kBoilerplate},
        CutCase{"구독 호주의 정부는 반대했다.", Lang::kKo, "구독", Zone::kBoilerplate},
        CutCase{"기사 공유하기 오늘 바람이 불었다.", Lang::kKo, "기사 공유하기",
                Zone::kBoilerplate},
        CutCase{"(끝) 기업은 성장했다.", Lang::kKo, "(끝)", Zone::kCredit},
        CutCase{"무단전재 및 재배포 금지 그는 우승했다.", Lang::kKo, "무단전재 및 재배포 금지",
                Zone::kBoilerplate},
        CutCase{"<저작권자(c) 연합뉴스, 무단 전재-재배포 금지> 그것은 금지를 포함한다.", Lang::kKo,
                "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", Zone::kBoilerplate},
        CutCase{"김다솔 기자 dasol@yna.co.kr 참가국은 전시장을 세웠다.", Lang::kKo,
                "김다솔 기자 dasol@yna.co.kr", Zone::kByline},
        CutCase{"Copyright © Herald Corporation 그의 손자는 말했다.", Lang::kKo,
                "Copyright © Herald Corporation", Zone::kBoilerplate},
        CutCase{"▶ 관련기사 정부는 밝혔다.", Lang::kKo, "▶ 관련기사", Zone::kBoilerplate},
        // Ordinary sentence openings stay.
        CutCase{"Share prices fell on Monday.", Lang::kEn, "", Zone::kBody},
        CutCase{"Facebook, Google and others hired them.", Lang::kEn, "", Zone::kBody},
        CutCase{"By 2020, the plan will be done.", Lang::kEn, "", Zone::kBody},
        CutCase{"By contrast, Seoul kept quiet.", Lang::kEn, "", Zone::kBody},
        CutCase{"Copyright law was changed in 2011.", Lang::kEn, "", Zone::kBody},
        CutCase{"Related costs rose sharply.", Lang::kEn, "", Zone::kBody},
        CutCase{"Print media is shrinking.", Lang::kEn, "", Zone::kBody},
        CutCase{"구독자 수가 늘었다.", Lang::kKo, "", Zone::kBody},
        CutCase{"김 기자는 현장에 있었다.", Lang::kKo, "", Zone::kBody},
        CutCase{"(주)한국전력은 밝혔다.", Lang::kKo, "", Zone::kBody}));

INSTANTIATE_TEST_SUITE_P(
    All, SuffixTest,
    ::testing::Values(
        CutCase{"Kim has yet to visit China. (Yonhap)", Lang::kEn, "(Yonhap)", Zone::kCredit},
        CutCase{"The launch was analyzed. (END)", Lang::kEn, "(END)", Zone::kCredit},
        CutCase{"He left. yoonmi@heraldcorp.com", Lang::kEn, "yoonmi@heraldcorp.com",
                Zone::kCredit},
        CutCase{"It rained. Subscribe to our newsletter", Lang::kEn, "Subscribe to our newsletter",
                Zone::kBoilerplate},
        CutCase{"People were evacuated. • Link copied", Lang::kEn, "• Link copied",
                Zone::kBoilerplate},
        CutCase{"Both leaders resigned. 피터빈트", Lang::kEn, "피터빈트", Zone::kByline},
        CutCase{"It was tense. By Kim Da-sol", Lang::kEn, "By Kim Da-sol", Zone::kByline},
        CutCase{"They left. Published : Jan. 9, 2015 - 12:26", Lang::kEn,
                "Published : Jan. 9, 2015 - 12:26", Zone::kDateline},
        CutCase{"상태이기 때문입니다. [사진=연합뉴스]", Lang::kKo, "[사진=연합뉴스]",
                Zone::kCaption},
        CutCase{"이는 결과다. Copyright © Herald Corporation", Lang::kKo,
                "Copyright © Herald Corporation", Zone::kBoilerplate},
        CutCase{"개혁이 이뤄졌습니다. 무단전재 및 재배포 금지", Lang::kKo,
                "무단전재 및 재배포 금지", Zone::kBoilerplate},
        CutCase{"보고되지 않았다. 김다솔 기자 dasol@yna.co.kr", Lang::kKo,
                "김다솔 기자 dasol@yna.co.kr", Zone::kCredit},
        CutCase{"결정할 방침이다. (끝)", Lang::kKo, "(끝)", Zone::kCredit},
        CutCase{"남겨졌다. 구독", Lang::kKo, "구독", Zone::kBoilerplate},
        // Ordinary sentence endings stay.
        CutCase{"He met Kim Jong-un (right).", Lang::kEn, "", Zone::kBody},
        CutCase{"The firm was founded by Kim Da-sol.", Lang::kEn, "", Zone::kBody},
        CutCase{"Write to desk@example.com for details.", Lang::kEn, "", Zone::kBody},
        CutCase{"He said he would share.", Lang::kEn, "", Zone::kBody},
        CutCase{"정부는 이를 공유했다.", Lang::kKo, "", Zone::kBody}));

// ---- pages ---------------------------------------------------------------------------------

std::string DataDir() { return KOBI_TEST_DATA_DIR; }

// The fixture pages with their hand-checked labels (NAME.expected.tsv: zone<TAB>text).
struct PageCase {
  std::string page;      // path of the page
  std::string expected;  // path of the expected labels
};

std::vector<PageCase> PageCases() {
  std::vector<PageCase> cases;
  std::string dir = DataDir() + "/pages";
  for (const char* name :
       {"korea_herald", "yonhap_en", "yonhap_ko", "korea_times", "joongang_daily", "korean_daily",
        "wire_en_oneline", "daily_ko_oneline", "herald_interview_oneline", "daily_ko_reporter"}) {
    cases.push_back({dir + "/" + name + ".txt", dir + "/" + name + ".expected.tsv"});
  }
  for (const char* name : {"herald_en", "herald_ko"}) {
    cases.push_back(
        {DataDir() + "/../../samples/" + name + ".txt", dir + "/sample_" + name + ".expected.tsv"});
  }
  return cases;
}

class PageTest : public ::testing::TestWithParam<PageCase> {};

TEST_P(PageTest, MatchesExpectedLabels) {
  const PageCase& c = GetParam();
  std::string page = ReadFile(c.page);
  ASSERT_FALSE(page.empty()) << c.page;
  std::vector<std::string> want;
  std::istringstream lines(ReadFile(c.expected));
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) want.push_back(line);
  }
  ASSERT_FALSE(want.empty()) << c.expected;
  std::vector<std::string> got;
  for (const Segment& s : SegmentPage(page)) {
    got.push_back(std::string(ZoneName(s.zone)) + "\t" + Escape(s.text));
  }
  for (std::size_t i = 0; i < std::max(want.size(), got.size()); ++i) {
    ASSERT_EQ(i < got.size() ? got[i] : "<none>", i < want.size() ? want[i] : "<none>")
        << c.page << " segment " << i;
  }
}

// Offsets: in order, non-overlapping, on UTF-8 boundaries, trimmed, text == span, and every
// non-whitespace byte of the page lies in exactly one segment.
void CheckSpans(std::string_view page, const std::vector<Segment>& segments) {
  std::vector<bool> covered(page.size(), false);
  std::size_t prev_end = 0;
  for (const Segment& s : segments) {
    ASSERT_LE(prev_end, s.span.begin);
    ASSERT_LT(s.span.begin, s.span.end);
    ASSERT_LE(s.span.end, page.size());
    ASSERT_TRUE(utf8::IsBoundary(page, s.span.begin));
    ASSERT_TRUE(utf8::IsBoundary(page, s.span.end));
    ASSERT_EQ(s.text, s.span.In(page));
    ASSERT_EQ(utf8::Trim(s.text), s.text);
    for (std::size_t k = s.span.begin; k < s.span.end; ++k) covered[k] = true;
    prev_end = s.span.end;
  }
  std::size_t pos = 0;
  while (pos < page.size()) {
    utf8::Decoded d = utf8::Decode(page, pos);
    if (d.cp == utf8::kInvalid || !utf8::IsWhitespace(d.cp)) {
      ASSERT_TRUE(covered[pos]) << "byte " << pos << " not in any segment";
    }
    pos += d.length;
  }
}

TEST_P(PageTest, SpansCoverThePage) {
  std::string page = ReadFile(GetParam().page);
  CheckSpans(page, SegmentPage(page));
  // CRLF and forced language give the same guarantees.
  std::string crlf;
  for (char ch : page) {
    if (ch == '\n') crlf += '\r';
    crlf += ch;
  }
  CheckSpans(crlf, SegmentPage(crlf));
  CheckSpans(page, SegmentPage(page, SegmentOptions{Lang::kKo}));
  CheckSpans(page, SegmentPage(page, SegmentOptions{Lang::kEn}));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, PageTest, ::testing::ValuesIn(PageCases()),
                         [](const auto& info) {
                           std::string name = std::filesystem::path(info.param.expected).stem();
                           return name.substr(0, name.find('.'));
                         });

TEST(SegmentPageTest, RandomPagesKeepTheOffsetContract) {
  const std::vector<std::string> pieces = {"SEOUL, March 3 (Yonhap) -- ",
                                           "North Korea fired a missile.",
                                           " ",
                                           "\n",
                                           "\n\n",
                                           "(Yonhap)",
                                           "(끝)",
                                           "구독",
                                           "• Link copied",
                                           "By Kim Da-sol",
                                           "피터빈트",
                                           "\t",
                                           "정부는 밝혔다.",
                                           "\xC2\xA0",
                                           "\xE3\x80\x80",
                                           "[사진=연합뉴스]",
                                           "Published : Jan. 9, 2015",
                                           "\"",
                                           "(서울=연합뉴스) 홍길동 기자 = ",
                                           "a@b.co",
                                           "Copyright ©",
                                           "...",
                                           "N. Korea"};
  std::mt19937 rng(7);
  for (int round = 0; round < 400; ++round) {
    std::string page;
    int n = static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) page += pieces[rng() % pieces.size()];
    CheckSpans(page, SegmentPage(page));
  }
}

TEST(SegmentPageTest, EmptyAndBlankPages) {
  EXPECT_TRUE(SegmentPage("").empty());
  EXPECT_TRUE(SegmentPage(" \n\n\t \r\n").empty());
}

TEST(SegmentPageTest, WireDatelineAndCreditAreNotBody) {
  std::string page =
      "N. Korea fires missiles\n\n"
      "SEOUL, March 3 (Yonhap) -- North Korea fired two missiles on Thursday. Officials said "
      "the launch came hours after new sanctions. (Yonhap)\n";
  auto segs = SegmentPage(page);
  ASSERT_EQ(segs.size(), 5u);
  EXPECT_EQ(segs[0].zone, Zone::kHeadline);
  EXPECT_EQ(segs[1].zone, Zone::kDateline);
  EXPECT_EQ(segs[1].text, "SEOUL, March 3 (Yonhap) --");
  EXPECT_EQ(segs[2].text, "North Korea fired two missiles on Thursday.");
  EXPECT_EQ(segs[3].text, "Officials said the launch came hours after new sanctions.");
  EXPECT_EQ(segs[4].zone, Zone::kCredit);
  EXPECT_EQ(segs[4].text, "(Yonhap)");
  EXPECT_EQ(segs[4].lang, Lang::kEn);
}

TEST(SegmentPageTest, WrappedEnglishLinesJoin) {
  std::string page =
      "Seoul mayor unveils housing plan\n\n"
      "The city will build 80,000 rental homes for young people\n"
      "by 2020, the mayor said on Monday.\n\n"
      "The plan costs 2 trillion won.\n";
  auto segs = SegmentPage(page);
  ASSERT_EQ(segs.size(), 3u);
  EXPECT_EQ(segs[1].zone, Zone::kBody);
  EXPECT_EQ(segs[1].text,
            "The city will build 80,000 rental homes for young people\n"
            "by 2020, the mayor said on Monday.");
}

TEST(SegmentPageTest, PageLanguage) {
  EXPECT_EQ(DetectPageLang("서울시는 지하철을 연장 운행한다고 밝혔다. Copyright © Herald"),
            Lang::kKo);
  EXPECT_EQ(DetectPageLang("China hopes to move forward.\n피터빈트\n"), Lang::kEn);
  EXPECT_EQ(DetectPageLang(""), Lang::kEn);
  // A Hangul line on an English page is a byline; on a Korean page the same line is a headline.
  std::string page = "이효진\n\nSeoul will extend subway hours until 2 a.m. on weekends.\n";
  EXPECT_EQ(SegmentPage(page)[0].zone, Zone::kByline);
}

TEST(ZoneNameTest, RoundTrip) {
  for (Zone z : {Zone::kHeadline, Zone::kByline, Zone::kDateline, Zone::kBody, Zone::kCredit,
                 Zone::kCaption, Zone::kBoilerplate}) {
    EXPECT_EQ(ParseZone(ZoneName(z)), z);
  }
  EXPECT_EQ(ZoneName(Zone::kBoilerplate), "boilerplate");
  EXPECT_FALSE(ParseZone("masthead").has_value());
}

}  // namespace
}  // namespace kobi::tokenize
