// CleanStream / DedupStream: column layouts, appended score and hash columns, annotation with
// the input text, HTML entity repair, exact and near duplicates.
#include "kobi/corpora/filter_stream.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/formats.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

std::vector<std::string> Cols(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

const char kEn1[] = "The central bank kept its benchmark rate at 3.5 percent on Thursday.";
const char kKo1[] = "중앙은행은 목요일 기준금리를 연 3.5%로 동결했다.";
const char kEn2[] = "About 30,000 people gathered in central Seoul on Saturday.";
const char kKo2[] = "토요일 서울 도심에 약 3만 명이 모였다.";

TEST(FilterStreamTest, CleanKeepsColumnLayoutAndAppendsScoreAndHash) {
  TempDir dir;
  std::string in = std::string("u1\tv1\t") + kEn1 + "\t" + kKo1 + "\n" +  //
                   "u2\tv2\t<p>menu</p>\t<p>메뉴</p>\n" +                 //
                   "u3\tv3\t" + kEn1 + "!\t" + kKo1 + "\n";               // near duplicate
  WriteFile(dir.File("in.tsv"), in);
  ReaderOptions ro;
  ro.en_column = 3;
  ro.ko_column = 4;
  auto reader = OpenPairReader(dir.File("in.tsv"), ro);
  CleanStreamOptions o;
  o.rows.en_column = 3;
  o.rows.ko_column = 4;
  o.rows.score_column = true;
  o.rows.hash_column = true;
  o.threads = 2;
  OutputFile out(dir.File("out.tsv"));
  CleanStats stats = CleanStream(*reader, out, o);
  out.Close();
  EXPECT_EQ(stats.total(), 3u);
  EXPECT_EQ(stats.kept(), 1u);
  EXPECT_EQ(stats.dropped(kRuleDuplicate), 1u);
  std::vector<std::string> rows = Lines(ReadFile(dir.File("out.tsv")));
  ASSERT_EQ(rows.size(), 1u);
  std::vector<std::string> c = Cols(rows[0]);
  ASSERT_EQ(c.size(), 6u);
  EXPECT_EQ(c[0], "u1");
  EXPECT_EQ(c[1], "v1");
  EXPECT_EQ(c[2], kEn1);
  EXPECT_EQ(c[3], kKo1);
  EXPECT_EQ(c[4].size(), 5u);  // "0.xyz"
  EXPECT_EQ(c[4][1], '.');
  EXPECT_EQ(c[5], KeyHex(DedupKey(kEn1, kKo1)));
  EXPECT_EQ(c[5].size(), 32u);
}

TEST(FilterStreamTest, AnnotateShowsTheInputTextAndEntitiesAreRepaired) {
  TempDir dir;
  std::string en = "Chefs added Jalape&ntilde;o peppers to 3 new dishes in Seoul.";
  std::string ko = "서울의 요리사들이 새 요리 3가지에 할라페뇨 고추를 넣었다.";
  WriteFile(dir.File("in.tsv"), en + "\t" + ko + "\n");
  for (bool annotate : {false, true}) {
    auto reader = OpenPairReader(dir.File("in.tsv"), {});
    CleanStreamOptions o;
    o.rows.annotate = annotate;
    OutputFile out(dir.File("out.tsv"));
    CleanStats stats = CleanStream(*reader, out, o);
    out.Close();
    EXPECT_EQ(stats.repaired_entities(), 1u);
    std::string got = ReadFile(dir.File("out.tsv"));
    if (annotate) {
      EXPECT_EQ(got, en + "\t" + ko + "\tkeep\n");  // as read
    } else {
      EXPECT_EQ(got, "Chefs added Jalapeño peppers to 3 new dishes in Seoul.\t" + ko + "\n");
    }
  }
  // Without repair the entity is markup.
  auto reader = OpenPairReader(dir.File("in.tsv"), {});
  CleanStreamOptions o;
  o.clean.repair_entities = false;
  o.rows.annotate = true;
  OutputFile out(dir.File("out.tsv"));
  CleanStream(*reader, out, o);
  out.Close();
  EXPECT_EQ(ReadFile(dir.File("out.tsv")), en + "\t" + ko + "\tmarkup\n");
}

TEST(FilterStreamTest, DedupExactAndNear) {
  TempDir dir;
  std::string in = std::string(kEn1) + "\t" + kKo1 + "\tA\n" +  //
                   kEn2 + "\t" + kKo2 + "\tB\n" +               //
                   kEn1 + "\t" + kKo1 + "\tC\n" +               // exact duplicate of row 1
                   "the CENTRAL bank kept its benchmark rate at 3.5 percent on thursday\t" + kKo1 +
                   "\tD\n";  // near duplicate of row 1
  WriteFile(dir.File("in.tsv"), in);
  for (bool exact : {false, true}) {
    auto reader = OpenPairReader(dir.File("in.tsv"), {});
    DedupStreamOptions o;
    o.exact = exact;
    o.rows.annotate = true;
    o.rows.hash_column = true;
    OutputFile out(dir.File("out.tsv"));
    DedupStats stats = DedupStream(*reader, out, o);
    out.Close();
    EXPECT_EQ(stats.total, 4u);
    EXPECT_EQ(stats.kept, exact ? 3u : 2u);
    std::vector<std::string> rows = Lines(ReadFile(dir.File("out.tsv")));
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(Cols(rows[2]).back(), "duplicate");
    EXPECT_EQ(Cols(rows[3]).back(), exact ? "keep" : "duplicate");
    EXPECT_EQ(Cols(rows[0])[3], KeyHex(exact ? ExactDedupKey(kEn1, kKo1) : DedupKey(kEn1, kKo1)));
    EXPECT_EQ(Cols(rows[0])[2], "A");  // extra column carried through
  }
}

TEST(FilterStreamTest, ColumnErrors) {
  TempDir dir;
  WriteFile(dir.File("in.tsv"), "a\tb\tc\n");
  ReaderOptions ro;
  ro.en_column = 3;
  ro.ko_column = 5;
  auto reader = OpenPairReader(dir.File("in.tsv"), ro);
  Pair p;
  EXPECT_THROW(reader->Next(p), InputError);
  ro.ko_column = 3;
  EXPECT_THROW(OpenPairReader(dir.File("in.tsv"), ro), UsageError);
  WriteFile(dir.File("in.jsonl"), "{}\n");
  ro.ko_column = 1;
  EXPECT_THROW(OpenPairReader(dir.File("in.jsonl"), ro), UsageError);
  Pair q{"e", "k", {"x", "y"}, 1};
  EXPECT_EQ(JoinTsvRow(q, 4, 2, "in"), "x\tk\ty\te");
  q.en = "tab\there";
  EXPECT_THROW(JoinTsvRow(q, 1, 2, "in"), InputError);
}

}  // namespace
}  // namespace kobi::corpora
