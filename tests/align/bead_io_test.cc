#include "kobi/align/bead_io.h"

#include <gtest/gtest.h>

#include "kobi/core/error.h"

namespace kobi::align {
namespace {

TEST(BeadIo, ParsesGoldAndScoredLines) {
  auto beads = ParseBeads("[0]:[0]\n[1, 2]:[3]\n[7]:[]\n[]:[9]:0.25\n\n", "x");
  ASSERT_EQ(beads.size(), 4u);
  EXPECT_EQ(beads[1].en, (std::vector<int>{1, 2}));
  EXPECT_EQ(beads[1].ko, (std::vector<int>{3}));
  EXPECT_TRUE(beads[2].ko.empty());
  EXPECT_TRUE(beads[3].en.empty());
  EXPECT_DOUBLE_EQ(beads[3].score, 0.25);
  EXPECT_DOUBLE_EQ(beads[0].score, 1.0);
}

TEST(BeadIo, RoundTrip) {
  Bead b{{4, 5}, {6}, 0.5};
  EXPECT_EQ(FormatBead(b, true), "[4,5]:[6]:0.500");
  EXPECT_EQ(FormatBead(b, false), "[4,5]:[6]");
  auto back = ParseBeads(FormatBead(b, true), "x");
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0], b);
}

TEST(BeadIo, ErrorsNameTheLine) {
  const char* bad[] = {"[0]:[0]\n[1:[1]\n", "[0]:[0]\n[]:[]\n", "[0]:[0]\n[2,1]:[0]\n",
                       "[0]:[0]\n[1]:[1]:x\n", "[0]:[0]\n[1][1]\n",
                       // a sentence in two beads; a score that is not a finite number
                       "[0]:[0]\n[0]:[1]\n", "[0]:[0]\n[1]:[1,0]\n", "[0]:[0]\n[1]:[1]:nan\n",
                       "[0]:[0]\n[1]:[1]:inf\n", "[0]:[0]\n[1]:[1]:-inf\n", "[0]:[0]\n[1]:[1]:\n"};
  for (const char* text : bad) {
    try {
      ParseBeads(text, "g.beads");
      ADD_FAILURE() << "no error for " << text;
    } catch (const InputError& e) {
      EXPECT_EQ(e.line(), 2u) << text;
      EXPECT_EQ(e.file(), "g.beads");
    }
  }
}

TEST(BeadIo, ScoresAreReadWithoutTheLocale) {
  auto beads = ParseBeads("[0]:[0]: 0.25 \n[1]:[1]:1e-3\n", "x");
  ASSERT_EQ(beads.size(), 2u);
  EXPECT_DOUBLE_EQ(beads[0].score, 0.25);
  EXPECT_DOUBLE_EQ(beads[1].score, 0.001);
  EXPECT_EQ(FormatBead(beads[0], true), "[0]:[0]:0.250");
}

TEST(BeadIo, SharedSentenceNamesBothLines) {
  try {
    ParseBeads("[0]:[0]\n[1]:[1]\n[2]:[1]\n", "g.beads");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "g.beads:3: Korean sentence 1 is already in the bead on line 2");
  }
}

}  // namespace
}  // namespace kobi::align
