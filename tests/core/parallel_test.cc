#include "kobi/core/parallel.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace kobi {
namespace {

std::vector<std::string> RunWith(unsigned threads, int n) {
  int next = 0;
  std::vector<std::string> out;
  OrderedParallelMap<int, std::string> pm(threads, 7);
  pm.Run(
      [&](int& item) {
        if (next >= n) return false;
        item = next++;
        return true;
      },
      [](const int& x) { return std::to_string(x * x); },
      [&](std::string&& s) { out.push_back(std::move(s)); });
  return out;
}

TEST(ParallelTest, OutputDoesNotDependOnThreads) {
  auto one = RunWith(1, 1000);
  ASSERT_EQ(one.size(), 1000u);
  EXPECT_EQ(one[999], "998001");
  EXPECT_EQ(RunWith(2, 1000), one);
  EXPECT_EQ(RunWith(5, 1000), one);
}

TEST(ParallelTest, PropagatesExceptions) {
  int next = 0;
  OrderedParallelMap<int, int> pm(2, 4);
  EXPECT_THROW(pm.Run(
                   [&](int& i) {
                     if (next >= 20) return false;
                     i = next++;
                     return true;
                   },
                   [](const int& x) -> int {
                     if (x == 13) throw std::runtime_error("x");
                     return x;
                   },
                   [](int&&) {}),
               std::runtime_error);
}

}  // namespace
}  // namespace kobi
