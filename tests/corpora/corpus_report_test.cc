// Corpus reports: report.json round trip, and reports of parts merging into the report of the
// whole (what a distributed build does).
#include "kobi/corpora/corpus_report.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/corpora/corpus_builder.h"
#include "kobi/corpora/dedup.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;
using testing::WriteLibraryDocs;

void WriteReportDocs(const TempDir& dir) {
  WriteLibraryDocs(dir);
  WriteFile(dir.File("c.en"), "Sales rose 3.5% in 2013. The company hired 200 workers.\n");
  WriteFile(dir.File("c.ko"), "2013년 매출은 3.5% 늘었다. 회사는 직원 200명을 고용했다.\n");
}

TEST(CorpusReportTest, JsonRoundTrip) {
  TempDir dir;
  WriteReportDocs(dir);
  WriteFile(dir.File("all.tsv"), "a.en\ta.ko\nb.en\tb.ko\nc.en\tmissing.ko\n");
  CorpusOptions o;
  o.progress = false;
  o.skip_bad = true;
  CorpusReport r = BuildCorpus(dir.File("all.tsv"), dir.File("out"), o);
  std::string json = ReadFile(dir.File("out/report.json"));
  EXPECT_EQ(json, r.ToJson());
  CorpusReport back = ParseReportJson(json, "report.json");
  EXPECT_EQ(back, r);
  EXPECT_EQ(back.manifests.at(0).xxh3_128.size(), 32u);
  EXPECT_NE(json.find("\"skip_reason\": \"no such document: missing.ko\""), std::string::npos);
  // Totals that do not add up are refused.
  std::string broken = json;
  broken.replace(broken.find("\"candidates\": "), 14, "\"candidates\": 9");
  EXPECT_THROW(ParseReportJson(broken, "broken.json"), InputError);
  EXPECT_THROW(ParseReportJson("{\"kobi_version\": 1}", "x.json"), InputError);
}

// Every report says the encoding the build read; a report written before it always did (no
// "encoding" field) was a UTF-8 build and reads as one.
TEST(CorpusReportTest, RecordsTheEncodingAndReadsOldReportsWithoutIt) {
  TempDir dir;
  WriteReportDocs(dir);
  WriteFile(dir.File("all.tsv"), "a.en\ta.ko\n");
  CorpusOptions o;
  o.progress = false;
  CorpusReport r = BuildCorpus(dir.File("all.tsv"), dir.File("out"), o);
  EXPECT_EQ(r.options.at("encoding"), "utf-8");
  std::string json = ReadFile(dir.File("out/report.json"));
  EXPECT_NE(json.find("\"encoding\": \"utf-8\""), std::string::npos);
  std::string old = json;
  const std::string field = "\n  \"encoding\": \"utf-8\",";
  std::size_t at = old.find(field);
  ASSERT_NE(at, std::string::npos) << old;
  old.erase(at, field.size());
  EXPECT_EQ(ParseReportJson(old, "old.json"), r);
  // Any accepted spelling is recorded by its one name (ASCII documents read as EUC-KR).
  WriteFile(dir.File("x.en"), "The city opened a library in 2024.\n");
  WriteFile(dir.File("x.ko"), "Seoul, 2024.\n");
  WriteFile(dir.File("ascii.tsv"), "x.en\tx.ko\n");
  o.encoding = "EUCKR";
  EXPECT_EQ(BuildCorpus(dir.File("ascii.tsv"), dir.File("out2"), o).options.at("encoding"),
            "euc-kr");
}

TEST(CorpusReportTest, PartsMergeIntoTheWhole) {
  TempDir dir;
  WriteReportDocs(dir);
  WriteFile(dir.File("all.tsv"), "a.en\ta.ko\nb.en\tb.ko\nc.en\tc.ko\n");
  WriteFile(dir.File("p1.tsv"), "a.en\ta.ko\n");
  WriteFile(dir.File("p2.tsv"), "b.en\tb.ko\nc.en\tc.ko\n");
  CorpusOptions o;
  o.progress = false;
  CorpusReport whole = BuildCorpus(dir.File("all.tsv"), dir.File("all"), o);
  std::vector<CorpusReport> parts;
  for (const char* p : {"p1", "p2"}) {
    BuildCorpus(dir.File(std::string(p) + ".tsv"), dir.File(p), o);
    parts.push_back(ParseReportJson(ReadFile(dir.File(std::string(p) + "/report.json")), p));
  }
  CorpusReport merged = MergeReports(parts);
  // The merged corpus drops the pairs an earlier part already has (first occurrence in
  // manifest order), and the report counts them.
  Deduper dedup;
  std::string merged_tsv;
  for (const char* p : {"p1", "p2"}) {
    std::istringstream rows(ReadFile(dir.File(std::string(p) + "/corpus.tsv")));
    std::string row;
    while (std::getline(rows, row)) {
      std::size_t t1 = row.find('\t'), t2 = row.find('\t', t1 + 1), t3 = row.find('\t', t2 + 1);
      std::string en = row.substr(0, t1), ko = row.substr(t1 + 1, t2 - t1 - 1);
      if (dedup.Seen(en, ko)) {
        merged.UncountKept(en, std::stod(row.substr(t2 + 1, t3 - t2 - 1)));
      } else {
        merged_tsv += row + "\n";
      }
    }
  }
  EXPECT_GT(merged.totals.corpus_duplicates, 0u);  // b repeats a's first sentence
  EXPECT_EQ(merged_tsv, ReadFile(dir.File("all/corpus.tsv")));
  EXPECT_EQ(merged.documents, whole.documents);
  EXPECT_EQ(merged.totals, whole.totals);
  ASSERT_EQ(merged.manifests.size(), 2u);
  EXPECT_EQ(merged.manifests[1].documents, 2u);

  // The library's merge of the parts' folders does the same and writes the whole's files.
  CorpusReport folders = MergeCorpusParts({dir.File("p1"), dir.File("p2")}, dir.File("merged"));
  EXPECT_EQ(folders.documents, whole.documents);
  EXPECT_EQ(folders.totals, whole.totals);
  for (const char* f :
       {"corpus.tsv", "corpus.en", "corpus.ko", "corpus.tmx", "report.md", "report.txt"}) {
    EXPECT_EQ(ReadFile(dir.File(std::string("merged/") + f)),
              ReadFile(dir.File(std::string("all/") + f)))
        << f;
  }

  CorpusOptions other = o;
  other.keep_unrelated = true;
  CorpusReport different = BuildCorpus(dir.File("p1.tsv"), dir.File("p1b"), other);
  EXPECT_THROW(MergeReports({parts[0], different}), UsageError);
}

}  // namespace
}  // namespace kobi::corpora
