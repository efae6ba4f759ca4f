#include "kobi/core/parse_result.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kobi {
namespace {

ParseResult<int> ParseDigit(char c) {
  if (c < '0' || c > '9') return ParseFailure{"expected a digit"};
  return c - '0';
}

TEST(ParseResultTest, ValueOrMessage) {
  auto good = ParseDigit('7');
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 7);
  EXPECT_EQ(good.error(), "");
  auto bad = ParseDigit('x');
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.error(), "expected a digit");
}

// Take() is the one place a failure becomes InputError: file and line added, exit 1.
TEST(ParseResultTest, TakeThrowsALocatedInputError) {
  EXPECT_EQ(ParseDigit('3').Take("x.txt", 2), 3);
  try {
    ParseDigit('x').Take("x.txt", 3);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "x.txt:3: expected a digit");
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.exit_code(), ExitCode::kBadInput);
  }
}

TEST(ParseResultTest, MovesTheValueOut) {
  ParseResult<std::vector<std::string>> r(std::vector<std::string>{"a", "b"});
  std::vector<std::string> v = std::move(r).Take("x", 1);
  EXPECT_EQ(v.size(), 2u);
}

}  // namespace
}  // namespace kobi
