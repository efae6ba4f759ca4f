// PairCleaner (CleanStream's decisions one pair at a time), CleanFile (`kobi clean IN -o OUT` as
// one library call) and IsCleanRule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/cleaner.h"
#include "kobi/corpora/filter_stream.h"
#include "kobi/corpora/formats.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

const std::string kCleanFileTestData = KOBI_TEST_DATA_DIR;

// The annotate column of CleanStream's output for a TSV file (the last field of each line).
std::vector<std::string> CleanFileTestRules(const std::string& tsv) {
  std::vector<std::string> rules;
  std::size_t start = 0;
  while (start < tsv.size()) {
    std::size_t nl = tsv.find('\n', start);
    std::string line = tsv.substr(start, nl - start);
    rules.push_back(line.substr(line.rfind('\t') + 1));
    start = nl + 1;
  }
  return rules;
}

TEST(CleanFileTest, PairCleanerDecidesAsCleanStream) {
  testing::TempDir dir;
  const std::string input = kCleanFileTestData + "/corpora/clean_small.tsv";
  CleanFileOptions o;
  o.stream.rows.annotate = true;
  o.stream.threads = 2;
  CleanFileResult r = CleanFile(input, dir.File("annotated.tsv"), o);
  std::vector<std::string> expected =
      CleanFileTestRules(testing::ReadFile(dir.File("annotated.tsv")));
  PairCleaner cleaner;
  auto reader = OpenPairReader(input, {});
  std::vector<std::string> got;
  Pair p;
  while (reader->Next(p)) got.emplace_back(cleaner.Decide(p.en, p.ko).rule);
  EXPECT_EQ(got, expected);
  EXPECT_EQ(cleaner.stats().Summary(), r.stats.Summary());
  EXPECT_GE(cleaner.stats().dropped(kRuleDuplicate), 1u);
  EXPECT_EQ(r.stats.total(), expected.size());
  // Duplicates are the in-order step: disabled, the same pairs are kept.
  CleanOptions keep_duplicates;
  keep_duplicates.disabled = {std::string(kRuleDuplicate)};
  PairCleaner lenient(keep_duplicates);
  Verdict a = lenient.Decide("The bank kept its rate.", "은행은 금리를 유지했다.");
  Verdict b = lenient.Decide("The bank kept its rate.", "은행은 금리를 유지했다.");
  EXPECT_TRUE(a.keep());
  EXPECT_TRUE(b.keep());
  PairCleaner strict;
  EXPECT_TRUE(strict.Decide("The bank kept its rate.", "은행은 금리를 유지했다.").keep());
  EXPECT_EQ(strict.Decide("The bank kept its rate.", "은행은 금리를 유지했다.").rule,
            kRuleDuplicate);
}

TEST(CleanFileTest, WritesWhatCleanStreamWritesAndReportsSkipsAndNotes) {
  testing::TempDir dir;
  const std::string input = kCleanFileTestData + "/corpora/clean_small.tsv";
  CleanFileOptions o;
  o.stream.rows.hash_column = true;
  CleanFileResult r = CleanFile(input, dir.File("sub/folder/out.tsv"), o);  // folders created
  auto reader = OpenPairReader(input, {});
  {
    OutputFile out(dir.File("stream.tsv"));
    CleanStream(*reader, out, o.stream);
    out.Close();
  }
  EXPECT_EQ(testing::ReadFile(dir.File("sub/folder/out.tsv")),
            testing::ReadFile(dir.File("stream.tsv")));
  EXPECT_EQ(r.skipped, 0u);
  EXPECT_FALSE(r.adequacy_disabled);
  EXPECT_NE(r.input.find("clean_small.tsv"), std::string::npos);

  testing::WriteFile(dir.File("bad.tsv"),
                     "The bank kept its rate.\t은행은 금리를 유지했다.\nno tab\n");
  CleanFileOptions skip;
  skip.reader.skip_bad = true;
  skip.stream.clean.disabled = {std::string(kRuleAdequacy)};
  CleanFileResult s = CleanFile(dir.File("bad.tsv"), dir.File("bad.out.tsv"), skip);
  EXPECT_EQ(s.skipped, 1u);
  ASSERT_EQ(s.skip_examples.size(), 1u);
  EXPECT_NE(s.skip_examples[0].find(":2:"), std::string::npos) << s.skip_examples[0];
  EXPECT_TRUE(s.adequacy_disabled);
  EXPECT_THROW(CleanFile(dir.File("bad.tsv"), dir.File("bad2.out.tsv"), {}), InputError);
  EXPECT_THROW(CleanFile(dir.File("missing.tsv"), dir.File("m.out.tsv"), {}), IoError);
}

TEST(CleanFileTest, RuleNames) {
  for (std::string_view rule : AllRules()) EXPECT_TRUE(IsCleanRule(rule)) << rule;
  EXPECT_FALSE(IsCleanRule("keep"));
  EXPECT_FALSE(IsCleanRule("no_such_rule"));
  EXPECT_FALSE(IsCleanRule(""));
}

}  // namespace
}  // namespace kobi::corpora
