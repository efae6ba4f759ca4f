// Runs the written splitting cases of tests/data/tok/split_cases.txt (issue #14 failure kinds:
// times, lettered lists, glued and full-width periods, footnote numbers, over-splits, Korean
// quotatives, nouns in 다, period lists, informal endings and emoticons). Every case must pass;
// scripts/eval_split.sh reports the same cases as a score.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "kobi/tokenize/sentence_splitter.h"

namespace kobi::tokenize {
namespace {

struct FileCase {
  std::string name;
  Lang lang = Lang::kEn;
  std::string in;
  std::vector<std::string> out;
};

std::vector<FileCase> ReadCases() {
  std::ifstream f(std::string(KOBI_TEST_DATA_DIR) + "/tok/split_cases.txt");
  std::vector<FileCase> cases;
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("#CASE ", 0) == 0) {
      FileCase c;
      c.lang = line.compare(6, 2, "ko") == 0 ? Lang::kKo : Lang::kEn;
      c.name = line.substr(line.rfind(' ') + 1);
      cases.push_back(std::move(c));
    } else if (!cases.empty() && line.rfind("IN\t", 0) == 0) {
      cases.back().in = line.substr(3);
    } else if (!cases.empty() && line.rfind("OUT\t", 0) == 0) {
      cases.back().out.push_back(line.substr(4));
    }
  }
  return cases;
}

TEST(SplitCases, AllWrittenCasesPass) {
  std::vector<FileCase> cases = ReadCases();
  ASSERT_GE(cases.size(), 30u) << "tests/data/tok/split_cases.txt not found or truncated";
  for (const FileCase& c : cases) {
    std::vector<std::string> got;
    for (const Span& s : SplitSentences(c.in, c.lang)) got.emplace_back(s.In(c.in));
    EXPECT_EQ(got, c.out) << c.name;
  }
}

}  // namespace
}  // namespace kobi::tokenize
