// A corpus build cut into batches (corpus_batch.h) writes what BuildCorpus writes, byte for
// byte, for every batch size; partitions hold the same pairs; bad documents behave the same.
#include "kobi/corpora/corpus_batch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;
using testing::WriteLibraryDocs;

// Documents written for this test. c repeats sentences of a (dropped as corpus duplicates
// when they fall into a later batch); d is unrelated to its pair.
void WriteBatchDocs(const TempDir& dir, const std::string& manifest_lines) {
  WriteLibraryDocs(dir);
  WriteFile(dir.File("c.en"),
            "The mayor said the library cost 45 billion won. Prices rose 3.2% in May.\n"
            "The central bank kept its rate at 3.5%.\n");
  WriteFile(dir.File("c.ko"),
            "시장은 도서관에 450억 원이 들었다고 말했다. 5월 물가는 3.2% 올랐다.\n"
            "중앙은행은 기준금리를 3.5%로 유지했다.\n");
  WriteFile(dir.File("docs.tsv"), manifest_lines);
}

const char* kManifest =
    "# test\na.en\ta.ko\nb.en\tb.ko\n\nc.en\tc.ko\na.en\ta.ko\nc.en\ta.ko\nb.en\tb.ko\n";
const char* kOutputs[] = {"corpus.tsv",  "corpus.en", "corpus.ko", "corpus.tmx",
                          "report.json", "report.md", "report.txt"};

// Steps 1-3 on batches read already, run in order in this process; the parts' folders.
std::vector<std::string> RunBatches(const TempDir& dir, const std::vector<CorpusBatch>& batches,
                                    const CorpusOptions& options, const std::string& out,
                                    bool partitioned) {
  std::vector<std::string> counts;
  for (const auto& b : batches) counts.push_back(CorpusBatchLexiconCounts(b, options));
  std::string lexicon = TrainCorpusLexicon(counts);
  std::vector<std::string> parts;
  std::vector<std::vector<PairKey>> keys(batches.size());
  for (std::size_t i = 0; i < batches.size(); ++i) {
    parts.push_back(dir.File(out + ".parts/" + std::to_string(i)));
    BuildCorpusBatch(batches[i], parts[i], options, lexicon, keys[i]);
  }
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < batches.size(); ++i) {
    std::vector<std::uint64_t> drop;
    for (std::size_t k = 0; k < keys[i].size(); ++k) {
      if (!seen.insert(KeyHex(keys[i][k])).second) drop.push_back(k);
    }
    FinishCorpusBatch(parts[i], drop, partitioned ? dir.File(out + "/" + PartitionName(i)) : "");
  }
  return parts;
}

// The four steps, run in order in this process.
CorpusReport BuildInBatches(const TempDir& dir, const CorpusOptions& options, std::size_t size,
                            const std::string& out, bool partitioned = false) {
  std::string manifest = dir.File("docs.tsv");
  std::vector<CorpusBatch> batches = ReadManifestBatches(manifest, size);
  return AssembleCorpus(RunBatches(dir, batches, options, out, partitioned), dir.File(out),
                        manifest, partitioned);
}

CorpusOptions QuietCorpus() {
  CorpusOptions o;
  o.threads = 1;
  o.progress = false;
  return o;
}

TEST(CorpusBatchTest, EveryBatchSizeGivesTheWholeBuild) {
  TempDir dir;
  WriteBatchDocs(dir, kManifest);
  CorpusReport whole = BuildCorpus(dir.File("docs.tsv"), dir.File("whole"), QuietCorpus());
  ASSERT_GT(whole.totals.corpus_duplicates, 0u);
  ASSERT_EQ(CountManifestDocuments(dir.File("docs.tsv")), 6u);
  for (std::size_t size : {1, 4, 6}) {
    std::string out = "b" + std::to_string(size);
    CorpusReport r = BuildInBatches(dir, QuietCorpus(), size, out);
    EXPECT_EQ(r, whole) << size;
    for (const char* f : kOutputs) {
      EXPECT_EQ(ReadFile(dir.File(out + "/" + f)), ReadFile(dir.File(std::string("whole/") + f)))
          << f << " batch size " << size;
    }
  }
}

// The manifest is read once: each batch carries its own entries (and the manifest's checksum
// and size), so batches run where the manifest cannot be read, and give the same build.
TEST(CorpusBatchTest, BatchesCarryTheirEntries) {
  TempDir dir;
  WriteBatchDocs(dir, kManifest);
  BuildCorpus(dir.File("docs.tsv"), dir.File("whole"), QuietCorpus());
  std::vector<CorpusBatch> batches = ReadManifestBatches(dir.File("docs.tsv"), 4);
  ASSERT_EQ(batches.size(), 2u);
  EXPECT_EQ(batches[0].entries.size(), 4u);
  EXPECT_EQ(batches[1].entries.size(), 2u);
  EXPECT_EQ(batches[1].documents, 6u);
  EXPECT_EQ(batches[1].entries[0], (ManifestEntry{"c.en", "a.ko", 7}));
  std::filesystem::remove(dir.File("docs.tsv"));
  std::vector<std::string> parts = RunBatches(dir, batches, QuietCorpus(), "out", false);
  AssembleCorpus(parts, dir.File("out"), dir.File("docs.tsv"));  // not read again either
  EXPECT_EQ(ReadFile(dir.File("out/corpus.tmx")), ReadFile(dir.File("whole/corpus.tmx")));
  EXPECT_EQ(ReadFile(dir.File("out/report.json")), ReadFile(dir.File("whole/report.json")));
  WriteFile(dir.File("docs.tsv"), kManifest);
  EXPECT_THROW(ReadManifestBatches(dir.File("docs.tsv"), 0), UsageError);
  EXPECT_EQ(ReadManifestBatches(dir.File("docs.tsv"), 100).size(), 1u);
}

TEST(CorpusBatchTest, WithoutCorpusLexiconAndWithBadDocumentsSkipped) {
  TempDir dir;
  WriteBatchDocs(dir, std::string(kManifest) + "gone.en\tb.ko\nb.en\tb.ko\n");
  CorpusOptions o = QuietCorpus();
  o.skip_bad = true;
  o.corpus_lexicon = false;
  CorpusReport whole = BuildCorpus(dir.File("docs.tsv"), dir.File("whole"), o);
  ASSERT_EQ(whole.totals.documents_skipped, 1u);
  BuildInBatches(dir, o, 3, "b3");
  for (const char* f : kOutputs) {
    EXPECT_EQ(ReadFile(dir.File(std::string("b3/") + f)),
              ReadFile(dir.File(std::string("whole/") + f)))
        << f;
  }
  // Without --skip-bad the batch holding the missing document fails as BuildCorpus does.
  o.skip_bad = false;
  std::vector<PairKey> keys;
  std::vector<CorpusBatch> batches = ReadManifestBatches(dir.File("docs.tsv"), 3);
  ASSERT_EQ(batches.size(), 3u);
  EXPECT_NO_THROW(BuildCorpusBatch(batches[0], dir.File("p0"), o, "", keys));
  EXPECT_THROW(BuildCorpusBatch(batches[2], dir.File("p2"), o, "", keys), InputError);
  EXPECT_THROW(BuildCorpus(dir.File("docs.tsv"), dir.File("fail"), o), InputError);
}

TEST(CorpusBatchTest, PartitionsHoldTheCorpusWithAnIndex) {
  TempDir dir;
  WriteBatchDocs(dir, kManifest);
  BuildCorpus(dir.File("docs.tsv"), dir.File("whole"), QuietCorpus());
  CorpusReport r = BuildInBatches(dir, QuietCorpus(), 4, "parts", true);
  std::string joined = ReadAll(dir.File("parts/" + PartitionName(0))) +
                       ReadAll(dir.File("parts/" + PartitionName(1)));
  EXPECT_EQ(joined, ReadFile(dir.File("whole/corpus.tsv")));
  EXPECT_EQ(PartitionName(1), "corpus-00001.tsv.zst");
  EXPECT_FALSE(std::filesystem::exists(dir.File("parts/corpus.tsv")));
  EXPECT_EQ(ReadFile(dir.File("parts/report.json")), ReadFile(dir.File("whole/report.json")));
  std::string index = ReadFile(dir.File("parts/index.json"));
  EXPECT_NE(index.find("\"file\": \"corpus-00001.tsv.zst\""), std::string::npos) << index;
  EXPECT_NE(index.find("\"first_document\": 4"), std::string::npos) << index;
  EXPECT_NE(index.find("\"pairs\": " + std::to_string(r.totals.kept) + "\n"), std::string::npos)
      << index;
}

TEST(CorpusBatchTest, AssembleRefusesUnfinishedOrForeignParts) {
  TempDir dir;
  WriteBatchDocs(dir, kManifest);
  std::vector<PairKey> keys;
  BuildCorpusBatch(ReadManifestBatches(dir.File("docs.tsv"), 2)[0], dir.File("p"), QuietCorpus(),
                   "", keys);
  EXPECT_THROW(AssembleCorpus({dir.File("p")}, dir.File("out"), dir.File("docs.tsv")), Error);
  EXPECT_THROW(FinishCorpusBatch(dir.File("p"), {1000}), InputError);
  EXPECT_FALSE(std::filesystem::exists(dir.File("out/corpus.tsv")));
}

}  // namespace
}  // namespace kobi::corpora
