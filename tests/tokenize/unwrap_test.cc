// Tests of Unwrap / SplitWrapped: hard-wrapped lines joined, line-end hyphens undone, spans
// mapped back to the wrapped input.
#include "kobi/tokenize/unwrap.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kobi::tokenize {
namespace {

TEST(Unwrap, JoinsLinesAndUndoesHyphens) {
  EXPECT_EQ(Unwrap("The commit-\ntee met on\nMonday.").text, "The committee met on Monday.");
  EXPECT_EQ(Unwrap("a well-\nknown case").text, "a well-known case");
  EXPECT_EQ(Unwrap("cases of COVID-\n19 rose").text, "cases of COVID-19 rose");
  EXPECT_EQ(Unwrap("trailing  \n  spaces").text, "trailing spaces");
  EXPECT_EQ(Unwrap("one\n\ntwo\nlines").text, "one\n\ntwo lines");
  EXPECT_EQ(Unwrap("회의는 내일\n열린다.").text, "회의는 내일 열린다.");
}

TEST(SplitWrapped, SentencesAndOffsets) {
  std::string in =
      "The delegates reached an agree-\nment late on Friday. Talks\nresume next week.\n\n"
      "A second para-\ngraph follows.";
  std::vector<WrappedSentence> got = SplitWrapped(in, Lang::kEn);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].text, "The delegates reached an agreement late on Friday.");
  EXPECT_EQ(got[1].text, "Talks resume next week.");
  EXPECT_EQ(got[2].text, "A second paragraph follows.");
  EXPECT_EQ(got[0].span.In(in), "The delegates reached an agree-\nment late on Friday.");
  EXPECT_EQ(got[1].span.In(in), "Talks\nresume next week.");
  EXPECT_EQ(got[2].span.In(in), "A second para-\ngraph follows.");
}

TEST(SplitWrapped, SpansOrderedAndCoverText) {
  std::string in = "Line one of a\nwrapped text. And a-\nnother one\nhere.\n\nLast.";
  std::vector<WrappedSentence> got = SplitWrapped(in, Lang::kEn);
  std::size_t prev = 0;
  std::size_t covered = 0;
  for (const WrappedSentence& s : got) {
    EXPECT_LE(prev, s.span.begin);
    EXPECT_LT(s.span.begin, s.span.end);
    EXPECT_LE(s.span.end, in.size());
    prev = s.span.end;
    for (char c : s.span.In(in)) covered += c != ' ' && c != '\n' && c != '-';
  }
  std::size_t total = 0;
  for (char c : in) total += c != ' ' && c != '\n' && c != '-';
  EXPECT_EQ(covered, total);
}

}  // namespace
}  // namespace kobi::tokenize
