// Corpus building: outputs exist, are deterministic across thread counts, and bad manifests
// are reported with file and line.
#include "kobi/corpora/corpus_builder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "kobi/align/coverage.h"
#include "kobi/align/dictionary.h"
#include "kobi/core/error.h"
#include "kobi/corpora/internal/corpus_passes.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;
using testing::WriteLibraryDocs;

void WriteBuildDocs(const TempDir& dir) {
  WriteLibraryDocs(dir);
  WriteFile(dir.File("docs.tsv"), "# two documents\na.en\ta.ko\n\nb.en\tb.ko\n");
}

TEST(CorpusBuilderTest, DeterministicForAnyThreadCount) {
  TempDir dir;
  WriteBuildDocs(dir);
  CorpusOptions one;
  one.threads = 1;
  one.progress = false;
  CorpusReport r1 = BuildCorpus(dir.File("docs.tsv"), dir.File("out1"), one);
  CorpusOptions four = one;
  four.threads = 4;
  BuildCorpus(dir.File("docs.tsv"), dir.File("out4"), four);
  for (const char* f :
       {"corpus.tsv", "corpus.en", "corpus.ko", "corpus.tmx", "report.md", "report.txt"}) {
    EXPECT_EQ(ReadFile(dir.File(std::string("out1/") + f)),
              ReadFile(dir.File(std::string("out4/") + f)))
        << f;
  }
  EXPECT_EQ(r1.totals.documents, 2u);
  EXPECT_GT(r1.totals.kept, 0u);
  // The first sentence of b duplicates a's and is dropped as a duplicate of an earlier document.
  EXPECT_GE(r1.totals.corpus_duplicates, 1u);
  std::string tsv = ReadFile(dir.File("out1/corpus.tsv"));
  EXPECT_NE(tsv.find("\ta.en\n"), std::string::npos);
  EXPECT_NE(ReadFile(dir.File("out1/report.txt")).find("kept"), std::string::npos);
  EXPECT_EQ(ReadFile(dir.File("out1/report.json")), ReadFile(dir.File("out4/report.json")));
  // No temporary file is left behind.
  for (const auto& e : std::filesystem::directory_iterator(dir.File("out1"))) {
    EXPECT_NE(e.path().filename().string().front(), '.') << e.path();
  }
}

// The library's defaults are the CLI's: the bundled glossary unless told otherwise.
TEST(CorpusBuilderTest, AlignsWithTheBundledGlossaryByDefault) {
  TempDir dir;
  WriteBuildDocs(dir);
  CorpusOptions o;
  o.progress = false;
  CorpusReport r = BuildCorpus(dir.File("docs.tsv"), dir.File("out"), o);
  EXPECT_EQ(r.options.at("glossary"), "bundled");
  o.clean.use_glossary = false;
  EXPECT_EQ(BuildCorpus(dir.File("docs.tsv"), dir.File("out2"), o).options.at("glossary"), "none");
}

TEST(CorpusBuilderTest, BadDocumentsFailWholeOrAreSkipped) {
  TempDir dir;
  WriteBuildDocs(dir);
  WriteFile(dir.File("bad.ko"), "시는 금요일 새 도서관을 열었다.\n이 도서관에는 \xff 책이 있다.\n");
  WriteFile(dir.File("docs.tsv"), "a.en\ta.ko\nb.en\tbad.ko\nb.en\tgone.ko\n");
  CorpusOptions o;
  o.progress = false;
  // Without --skip-bad: the missing document fails before any work, naming the manifest line.
  try {
    BuildCorpus(dir.File("docs.tsv"), dir.File("out"), o);
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 3u);
    EXPECT_NE(std::string(e.what()).find("gone.ko"), std::string::npos);
  }
  // The invalid UTF-8 document fails naming its own line; nothing is left in the output folder.
  WriteFile(dir.File("docs2.tsv"), "a.en\ta.ko\nb.en\tbad.ko\n");
  try {
    BuildCorpus(dir.File("docs2.tsv"), dir.File("out2"), o);
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_NE(e.file().find("bad.ko"), std::string::npos);
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.File("out2")));

  o.skip_bad = true;
  CorpusReport r = BuildCorpus(dir.File("docs.tsv"), dir.File("out3"), o);
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[0].verdict, kDocOk);
  EXPECT_EQ(r.documents[1].verdict, kDocSkipped);
  EXPECT_NE(r.documents[1].skip_reason.find("invalid UTF-8"), std::string::npos);
  EXPECT_EQ(r.documents[2].verdict, kDocSkipped);
  EXPECT_NE(r.documents[2].skip_reason.find("no such document: gone.ko"), std::string::npos);
  EXPECT_EQ(r.totals.documents_skipped, 2u);
  EXPECT_GT(r.totals.kept, 0u);

  o.skip_bad = false;
  o.repair = true;
  WriteFile(dir.File("docs4.tsv"), "b.en\tbad.ko\n");
  CorpusReport repaired = BuildCorpus(dir.File("docs4.tsv"), dir.File("out4"), o);
  EXPECT_EQ(repaired.documents[0].verdict, kDocOk);
  EXPECT_EQ(repaired.totals.repaired_utf8, 1u);
}

TEST(CorpusBuilderTest, UnrelatedPagesGiveNoPairsUnlessKept) {
  TempDir dir;
  WriteBuildDocs(dir);
  WriteFile(dir.File("c.en"),
            "The city opened a new library on Friday. It has 120,000 books.\n"
            "The mayor said the library cost 45 billion won. Visitors were pleased with the "
            "reading rooms.\n");
  WriteFile(dir.File("c.ko"),
            "월요일 부산에서 폭우로 수십 채의 주택이 침수됐다. 당국은 피해 규모를 450억 원으로 "
            "추산했다.\n구조대원들은 밤새 그 지역을 수색했다.\n");
  WriteFile(dir.File("docs.tsv"), "c.en\tc.ko\n");
  CorpusOptions o;
  o.progress = false;
  CorpusReport r = BuildCorpus(dir.File("docs.tsv"), dir.File("out"), o);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].verdict, kDocUnrelated);
  EXPECT_LT(r.documents[0].coverage, align::kMinCoverage);
  EXPECT_EQ(r.totals.kept, 0u);
  EXPECT_EQ(ReadFile(dir.File("out/corpus.tsv")), "");
  o.keep_unrelated = true;
  CorpusReport kept = BuildCorpus(dir.File("docs.tsv"), dir.File("out2"), o);
  EXPECT_EQ(kept.documents[0].verdict, kDocUnrelated);
  EXPECT_EQ(kept.documents[0].dropped.count("unrelated"), 0u);
}

TEST(CorpusBuilderTest, PassTwoJudgesScoreWithThePassTwoLexicon) {
  // Unit entries as the corpus lexicon writes them (kobi/align/lexicon.h): with them, the
  // adequacy score of the clean step sees that a fluent sentence about something else covers
  // none of its words, and a translation all of them.
  align::Dictionary lexicon;
  for (const auto& [en, ko] : {std::pair{"museu*", "박물*"},
                               {"summe*", "여름*"},
                               {"holid*", "휴가*"},
                               {"teach*", "교사*"},
                               {"gover*", "정부*"},
                               {"class*", "학급*"}}) {
    lexicon.Add(en, ko);
  }
  CleanOptions clean;
  clean.min_adequacy = 0.3;
  const internal::PassTwoJudges plain(clean, nullptr), learned(clean, &lexicon);
  EXPECT_EQ(learned.options.dictionary, &lexicon);
  EXPECT_EQ(plain.options.min_adequacy, 0.3);
  const std::string en = "The museum will stay open late during the summer holidays.";
  const std::string translation = "박물관은 여름 휴가 기간에 늦게까지 문을 연다.";
  const std::string other = "교사들은 정부에 더 작은 학급을 요구했다.";
  EXPECT_LT(learned.scorer.Score(en, other), plain.scorer.Score(en, other));
  EXPECT_GT(learned.scorer.Score(en, translation), learned.scorer.Score(en, other));
  EXPECT_EQ(learned.cleaner.Check(en, other).rule, kRuleAdequacy);
  EXPECT_TRUE(learned.cleaner.Check(en, translation).keep());
}

TEST(CorpusBuilderTest, BadManifestLinesNameFileAndLine) {
  TempDir dir;
  WriteBuildDocs(dir);
  WriteFile(dir.File("bad.tsv"), "a.en\ta.ko\nonly-one-column\n");
  try {
    BuildCorpus(dir.File("bad.tsv"), dir.File("out"), {});
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
  }
  WriteFile(dir.File("missing.tsv"), "a.en\tnope.ko\n");
  EXPECT_THROW(BuildCorpus(dir.File("missing.tsv"), dir.File("out"), {}), InputError);
}

}  // namespace
}  // namespace kobi::corpora
