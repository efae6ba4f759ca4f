#include "kobi/corpora/mojibake.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kobi::corpora {
namespace {

struct MojibakeCase {
  std::string input;
  MojibakeStatus status;
  std::string repaired;
};

TEST(MojibakeTest, Table) {
  const std::vector<MojibakeCase> cases = {
      {"한국어", MojibakeStatus::kClean, "한국어"},
      {"café naïve déjà vu", MojibakeStatus::kClean, "café naïve déjà vu"},
      {"大韓民國 漢字", MojibakeStatus::kClean, "大韓民國 漢字"},
      // CP1252 punctuation in genuine text is not a CP949 run.
      {"그는 …… 말했다 “정말” — 그렇다", MojibakeStatus::kClean, "그는 …… 말했다 “정말” — 그렇다"},
      {"…… ?!?! ……", MojibakeStatus::kClean, "…… ?!?! ……"},
      // UTF-8 read as Windows-1252.
      {"í•œêµ­ì–´", MojibakeStatus::kRepaired, "한국어"},
      // UTF-8 read as Latin-1 (C1 controls kept).
      {"caf\xC3\x83\xC2\xA9", MojibakeStatus::kRepaired, "café"},
      // CP949 bytes read as Latin-1: 한국 = C7 D1 B1 B9.
      {"\xC3\x87\xC3\x91\xC2\xB1\xC2\xB9 news", MojibakeStatus::kRepaired, "한국 news"},
      {"날씨 \xEF\xBF\xBD\xEF\xBF\xBD", MojibakeStatus::kUnrepairable, ""},
      {"占쏙옙占쏙옙", MojibakeStatus::kUnrepairable, ""},
  };
  for (const auto& c : cases) {
    MojibakeResult r = FixMojibake(c.input);
    EXPECT_EQ(r.status, c.status) << c.input;
    if (c.status != MojibakeStatus::kUnrepairable) {
      EXPECT_EQ(r.text, c.repaired) << c.input;
    }
  }
}

}  // namespace
}  // namespace kobi::corpora
