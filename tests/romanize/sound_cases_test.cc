// Runs the written romanization cases of tests/data/rom/sound_cases.tsv (issue #14: cluster
// simplification of nouns, linking across a lexical boundary, palatalization, ㄴ-insertion
// compounds, McCune-Reischauer tensification). Every case must pass; scripts/eval_romanize.sh
// reports the same cases as a score.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "kobi/romanize/romanizer.h"

namespace kobi::romanize {
namespace {

TEST(SoundCases, AllWrittenCasesPass) {
  std::ifstream f(std::string(KOBI_TEST_DATA_DIR) + "/rom/sound_cases.tsv");
  std::string line;
  int n = 0;
  while (std::getline(f, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream row(line);
    std::string hangul, system, expected;
    std::getline(row, hangul, '\t');
    std::getline(row, system, '\t');
    std::getline(row, expected, '\t');
    RomanizeOptions o;
    if (system == "mr") o.system = System::kMcCuneReischauer;
    EXPECT_EQ(Romanize(hangul, o), expected) << hangul << " (" << system << ")";
    ++n;
  }
  EXPECT_GE(n, 25) << "tests/data/rom/sound_cases.tsv not found or truncated";
}

}  // namespace
}  // namespace kobi::romanize
