#include "kobi/align/eval_metrics.h"

#include <gtest/gtest.h>

#include "kobi/align/bead_io.h"

namespace kobi::align {
namespace {

std::vector<Bead> B(std::string_view text) { return ParseBeads(text, "test"); }

TEST(EvalMetrics, PerfectAlignment) {
  auto gold = B("[0]:[0]\n[1]:[1,2]\n[2]:[]\n");
  auto s = Summarize(CountBeads(gold, gold));
  EXPECT_DOUBLE_EQ(s.strict.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.strict.recall, 1.0);
  EXPECT_DOUBLE_EQ(s.lax.f1, 1.0);
}

TEST(EvalMetrics, HandCounted) {
  // Gold: [0]:[0] [1]:[1,2] [2]:[] [3]:[3]
  // Test: [0]:[0] (strict) [1]:[1] (lax: shares link 1-1) []:[2] (wrong, deletion)
  //       [2,3]:[3] (lax: shares 3-3)
  auto gold = B("[0]:[0]\n[1]:[1,2]\n[2]:[]\n[3]:[3]\n");
  auto test = B("[0]:[0]\n[1]:[1]\n[]:[2]\n[2,3]:[3]\n");
  AlignmentCounts c = CountBeads(gold, test);
  // Precision over 4 predicted beads: strict 1, lax 3.
  EXPECT_EQ(c.precision.tp_strict, 1);
  EXPECT_EQ(c.precision.fp_strict, 3);
  EXPECT_EQ(c.precision.tp_lax, 3);
  EXPECT_EQ(c.precision.fp_lax, 1);
  // Recall over the 3 gold beads with both sides, against the 3 test beads with both sides.
  EXPECT_EQ(c.recall.tp_strict, 1);
  EXPECT_EQ(c.recall.fp_strict, 2);
  EXPECT_EQ(c.recall.tp_lax, 3);
  auto s = Summarize(c);
  EXPECT_DOUBLE_EQ(s.strict.precision, 0.25);
  EXPECT_NEAR(s.strict.recall, 1.0 / 3, 1e-12);
  EXPECT_NEAR(s.strict.f1, 2 * 0.25 / 3 / (0.25 + 1.0 / 3), 1e-12);
  EXPECT_DOUBLE_EQ(s.lax.precision, 0.75);
  EXPECT_DOUBLE_EQ(s.lax.recall, 1.0);
}

TEST(EvalMetrics, CountsAddUp) {
  auto gold = B("[0]:[0]\n");
  auto test = B("[0]:[]\n[]:[0]\n");
  AlignmentCounts total;
  total.Add(CountBeads(gold, test));
  total.Add(CountBeads(gold, gold));
  EXPECT_EQ(total.precision.tp_strict, 1);
  EXPECT_EQ(total.precision.fp_strict, 2);
  EXPECT_EQ(total.recall.tp_strict, 1);
  EXPECT_EQ(total.recall.fp_strict, 1);
}

TEST(EvalMetrics, PrecisionAtTop) {
  std::vector<ScoredOutcome> o = {
      {0.9, true, true}, {0.2, false, true}, {0.8, true, true}, {0.1, false, false}};
  EXPECT_DOUBLE_EQ(PrecisionAtTop(o, 0.5), 1.0);
  EXPECT_DOUBLE_EQ(PrecisionAtTop(o, 1.0), 0.5);
  EXPECT_DOUBLE_EQ(PrecisionAtTop(o, 1.0, false), 0.75);
  EXPECT_DOUBLE_EQ(PrecisionAtTop({}, 0.5), 0.0);
}

TEST(EvalMetrics, RawPairsByCharacterSpans) {
  std::string en = "A one. B two. C three.\nD four.";
  std::string ko = "가 하나. 나 둘. 다 셋.\n라 넷.";
  std::vector<TextPair> gold = {
      {"A one. B two.", "가 하나. 나 둘."}, {"C three.", "다 셋."}, {"D four.", "라 넷."}};
  std::vector<TextPair> test = {{"A one.", "가 하나. 나 둘."},  // lax only
                                {"B two.", "다 셋."},           // wrong
                                {"C three.", "다 셋."},         // strict
                                {"D four.", "라 넷."}};         // strict
  std::vector<ScoredOutcome> outcomes;
  AlignmentCounts c = CountPairs(gold, test, en, ko, &outcomes);
  EXPECT_EQ(c.precision.tp_strict, 2);
  EXPECT_EQ(c.precision.tp_lax, 3);
  EXPECT_EQ(c.precision.fp_lax, 1);
  EXPECT_EQ(c.recall.tp_strict, 2);
  EXPECT_EQ(c.recall.tp_lax, 3);
  EXPECT_EQ(outcomes.size(), 4u);
}

}  // namespace
}  // namespace kobi::align
