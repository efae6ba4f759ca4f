// Review pages (kobi/corpora/review.h): the review aligns documents exactly as the corpus build
// did (kept counts equal the report's), pages are deterministic, page data cannot break out of
// its <script> element, and the build's glossary/dictionary/manifest are required.
#include "kobi/corpora/review.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "kobi/core/error.h"
#include "kobi/corpora/corpus_builder.h"
#include "kobi/glossary/glossary.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using nlohmann::json;
using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;
using testing::WriteLibraryDocs;

const std::string kSamples = std::string(KOBI_TEST_DATA_DIR) + "/../../samples/";

void WriteReviewDocs(const TempDir& dir) {
  WriteLibraryDocs(dir);
  WriteFile(dir.File("b.en"),
            "The city opened a new library on Friday. Rain is expected on Sunday </script>.\n");
  WriteFile(dir.File("docs.tsv"), kSamples + "herald_en.txt\t" + kSamples +
                                      "herald_ko.txt\na.en\ta.ko\nmissing.en\tb.ko\nb.en\tb.ko\n");
}

json PageData(const std::string& path) {
  std::string html = ReadFile(path);
  std::string open = "<script id=\"kobi-data\" type=\"application/json\">";
  std::size_t begin = html.find(open);
  EXPECT_NE(begin, std::string::npos) << path;
  begin += open.size();
  return json::parse(html.substr(begin, html.find("</script>", begin) - begin));
}

// WriteReviewDocs, then the corpus build the review reads, into dir/out (the missing document
// skipped).
CorpusReport BuildDocs(const TempDir& dir) {
  WriteReviewDocs(dir);
  CorpusOptions build;
  build.progress = false;
  build.skip_bad = true;
  return BuildCorpus(dir.File("docs.tsv"), dir.File("out"), build);
}

ReviewOptions QuietReview() {
  ReviewOptions o;
  o.progress = false;
  return o;
}

TEST(ReviewTest, AlignsAsTheBuildDid) {
  TempDir dir;
  CorpusReport report = BuildDocs(dir);
  ReviewResult r = WriteReview(dir.File("out"), dir.File("review"), QuietReview());
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  EXPECT_EQ(r.documents, 4u);
  EXPECT_EQ(r.pages, 3u);  // the missing document has no page
  json index = PageData(dir.File("review/index.html"));
  ASSERT_EQ(index["documents"].size(), 4u);
  EXPECT_EQ(index["documents"][2]["verdict"], "skipped");
  EXPECT_FALSE(index["documents"][2].contains("page"));
  std::uint64_t in_corpus = 0;
  for (int i : {0, 1, 3}) {
    const json& entry = index["documents"][i];
    json page = PageData(dir.File("review/" + entry["page"].get<std::string>()));
    EXPECT_EQ(page["kept"], report.documents[i].kept) << i;
    EXPECT_EQ(page["verdict"], report.documents[i].verdict) << i;
    EXPECT_EQ(page["en_text"].size(), report.documents[i].sentences_en) << i;
    std::uint64_t keep = 0;
    for (const json& b : page["beads"]) {
      bool pair = !b["en"].empty() && !b["ko"].empty();
      EXPECT_EQ(b.contains("score"), pair);  // unaligned sentences carry no score
      if (pair && b["corpus"] == "keep") ++keep;
    }
    EXPECT_EQ(keep, page["in_corpus"].get<std::uint64_t>());
    in_corpus += keep;
  }
  EXPECT_EQ(in_corpus, report.totals.kept);
  // The sample page's furniture, with zones; evidence of its beads.
  json herald = PageData(dir.File("review/doc/0001.html"));
  ASSERT_FALSE(herald["cut"]["en"].empty());
  EXPECT_EQ(herald["cut"]["en"][0]["zone"].get<std::string>().empty(), false);
  bool glossary = false, numbers = false;
  for (const json& b : herald["beads"]) {
    if (!b.contains("evidence")) continue;
    glossary = glossary || b["evidence"].contains("glossary");
    numbers = numbers || b["evidence"].contains("numbers");
  }
  EXPECT_TRUE(glossary);
  EXPECT_TRUE(numbers);
  // b's text "</script>" stays inside the data.
  std::string b_page = ReadFile(dir.File("review/doc/0004.html"));
  std::size_t scripts = 0;
  for (std::size_t at = b_page.find("</script>"); at != std::string::npos;
       at = b_page.find("</script>", at + 1)) {
    ++scripts;
  }
  EXPECT_EQ(scripts, 2u);
  EXPECT_EQ(PageData(dir.File("review/doc/0004.html"))["en_text"][1].get<std::string>().find(
                "</script>") != std::string::npos,
            true);
  for (const char* f : {"review.js", "review.css"}) {
    EXPECT_FALSE(ReadFile(dir.File(std::string("review/") + f)).empty()) << f;
  }
  // One template: the index and the document pages share their head, each linking the assets
  // from where it lies.
  std::string index_page = ReadFile(dir.File("review/index.html"));
  EXPECT_NE(index_page.find("<body class=\"index\">"), std::string::npos);
  EXPECT_NE(index_page.find("href=\"review.css\""), std::string::npos);
  EXPECT_NE(index_page.find("src=\"review.js\""), std::string::npos);
  EXPECT_NE(b_page.find("<body class=\"document\">"), std::string::npos);
  EXPECT_NE(b_page.find("href=\"../review.css\""), std::string::npos);
  EXPECT_NE(b_page.find("src=\"../review.js\""), std::string::npos);
  EXPECT_EQ(index_page.find("{{"), std::string::npos);
  EXPECT_EQ(index_page.substr(0, index_page.find("<title>")),
            b_page.substr(0, b_page.find("<title>")));
}

TEST(ReviewTest, PagesDoNotDependOnThreads) {
  TempDir dir;
  BuildDocs(dir);
  ReviewOptions one = QuietReview(), four = QuietReview();
  four.threads = 4;
  WriteReview(dir.File("out"), dir.File("r1"), one);
  WriteReview(dir.File("out"), dir.File("r4"), four);
  for (const char* f : {"index.html", "doc/0001.html", "doc/0002.html", "doc/0004.html"}) {
    EXPECT_EQ(ReadFile(dir.File(std::string("r1/") + f)),
              ReadFile(dir.File(std::string("r4/") + f)))
        << f;
  }
}

TEST(ReviewTest, ChangesSinceTheBuildAreWarnings) {
  TempDir dir;
  BuildDocs(dir);
  WriteFile(dir.File("a.en"), "Something else entirely was written here.\n");
  ReviewResult r = WriteReview(dir.File("out"), dir.File("review"), QuietReview());
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings[0].find("a.en"), std::string::npos) << r.warnings[0];
}

TEST(ReviewTest, NeedsTheBuildsResourcesAndManifest) {
  TempDir dir;
  WriteReviewDocs(dir);
  WriteFile(dir.File("docs2.tsv"), "a.en\ta.ko\n");
  WriteFile(dir.File("gloss.tsv"), "en\tko\ttype\nlibrary\t도서관\tterm\n");
  CorpusOptions build;
  build.progress = false;
  glossary::Glossary g = glossary::Glossary::LoadTsv(dir.File("gloss.tsv"));
  build.clean.glossary = &g;
  BuildCorpus(dir.File("docs2.tsv"), dir.File("out"), build);
  EXPECT_THROW(WriteReview(dir.File("out"), dir.File("review"), QuietReview()), UsageError);
  ReviewOptions with = QuietReview();
  with.glossary = &g;
  EXPECT_TRUE(WriteReview(dir.File("out"), dir.File("review"), with).warnings.empty());
  // A glossary given for a build that used the bundled one is not used, and said so.
  CorpusOptions bundled = build;
  bundled.clean.glossary = nullptr;
  BuildCorpus(dir.File("docs2.tsv"), dir.File("out_bundled"), bundled);
  ReviewResult extra = WriteReview(dir.File("out_bundled"), dir.File("review_b"), with);
  ASSERT_EQ(extra.warnings.size(), 1u);
  EXPECT_NE(extra.warnings[0].find("glossary given is not used"), std::string::npos);
  std::filesystem::rename(dir.File("docs2.tsv"), dir.File("moved.tsv"));
  EXPECT_THROW(WriteReview(dir.File("out"), dir.File("review"), with), InputError);
  with.manifest = dir.File("moved.tsv");
  ReviewResult r = WriteReview(dir.File("out"), dir.File("review"), with);
  EXPECT_EQ(r.pages, 1u);
}

TEST(ReviewTest, BatchList) {
  TempDir dir;
  WriteReviewDocs(dir);
  WriteFile(dir.File("jobs.tsv"), "a.en\ta.ko\ta.out\nb.en\tb.ko\tb.out\n");
  ReviewResult r = WriteReview(dir.File("jobs.tsv"), dir.File("review"), QuietReview());
  EXPECT_EQ(r.pages, 2u);
  json index = PageData(dir.File("review/index.html"));
  EXPECT_EQ(index["kind"], "batch");
  EXPECT_EQ(index["documents"][0]["verdict"], "ok");
  json page = PageData(dir.File("review/doc/0001.html"));
  EXPECT_FALSE(page["beads"][0].contains("corpus"));  // no cleaning in a batch
  WriteFile(dir.File("bad.tsv"), "a.en\ta.ko\n");
  EXPECT_THROW(WriteReview(dir.File("bad.tsv"), dir.File("review2"), QuietReview()), InputError);
}

}  // namespace
}  // namespace kobi::corpora
