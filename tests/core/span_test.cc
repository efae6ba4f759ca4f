#include "kobi/core/span.h"

#include <gtest/gtest.h>

namespace kobi {
namespace {

TEST(OffsetMapTest, IdentityMapsThrough) {
  OffsetMap m = OffsetMap::Identity(10);
  EXPECT_EQ(m.ToOriginal(4), 4u);
  EXPECT_EQ(m.ToOriginal(Span{2, 7}), (Span{2, 7}));
}

TEST(OffsetMapTest, ReplacedRegionCoversWholeOriginal) {
  // Original "ab" + 3-byte decomposed char + "c"; derived "ab" + 2-byte composed char + "c".
  OffsetMap m;
  m.Add(0, 0);
  m.Add(2, 2);  // start of replaced region
  m.Add(4, 5);  // end of replaced region
  m.Add(5, 6);
  EXPECT_EQ(m.ToOriginal(1), 1u);
  EXPECT_EQ(m.ToOriginal(4), 5u);
  EXPECT_EQ(m.ToOriginal(Span{2, 4}), (Span{2, 5}));
  EXPECT_EQ(m.ToOriginal(Span{0, 5}), (Span{0, 6}));
}

}  // namespace
}  // namespace kobi
