// Corpus building: outputs exist, are deterministic across thread counts, and bad manifests
// are reported with file and line.
#include <gtest/gtest.h>

#include <string>

#include "kobi/core/error.h"
#include "kobi/corpora/corpus_builder.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

void WriteDocs(const TempDir& dir) {
  WriteFile(dir.File("a.en"),
            "The city opened a new library on Friday. It has 120,000 books.\n"
            "The mayor said the library cost 45 billion won. Visitors were pleased.\n");
  WriteFile(dir.File("a.ko"),
            "시는 금요일 새 도서관을 열었다. 이 도서관에는 책 12만 권이 있다.\n"
            "시장은 도서관에 450억 원이 들었다고 말했다. 방문객들은 만족했다.\n");
  WriteFile(dir.File("b.en"),
            "The city opened a new library on Friday. Rain is expected on Sunday.\n");
  WriteFile(dir.File("b.ko"), "시는 금요일 새 도서관을 열었다. 일요일에는 비가 올 전망이다.\n");
  WriteFile(dir.File("docs.tsv"), "# two documents\na.en\ta.ko\n\nb.en\tb.ko\n");
}

TEST(CorpusBuilderTest, DeterministicForAnyThreadCount) {
  TempDir dir;
  WriteDocs(dir);
  CorpusOptions one;
  one.threads = 1;
  one.progress = false;
  CorpusReport r1 = BuildCorpus(dir.File("docs.tsv"), dir.File("out1"), one);
  CorpusOptions four = one;
  four.threads = 4;
  BuildCorpus(dir.File("docs.tsv"), dir.File("out4"), four);
  for (const char* f : {"corpus.tsv", "corpus.en", "corpus.ko", "corpus.tmx", "report.md",
                        "report.txt"}) {
    EXPECT_EQ(ReadFile(dir.File(std::string("out1/") + f)),
              ReadFile(dir.File(std::string("out4/") + f)))
        << f;
  }
  EXPECT_EQ(r1.documents, 2u);
  EXPECT_GT(r1.stats.kept(), 0u);
  // The first sentence of b duplicates a's and is dropped.
  EXPECT_GE(r1.stats.dropped(kRuleDuplicate), 1u);
  std::string tsv = ReadFile(dir.File("out1/corpus.tsv"));
  EXPECT_NE(tsv.find("\ta.en\n"), std::string::npos);
  EXPECT_NE(ReadFile(dir.File("out1/report.txt")).find("kept"), std::string::npos);
}

TEST(CorpusBuilderTest, BadManifestLinesNameFileAndLine) {
  TempDir dir;
  WriteDocs(dir);
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
