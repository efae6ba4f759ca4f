// The TMX reader over the XML reader (libexpat): XML errors with lines even under skip_bad,
// refused entity declarations, units across chunk boundaries, resuming after an unclosed <tu>.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/corpora/formats.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::string Tu(const std::string& en, const std::string& ko = "가") {
  return "<tu><tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv><tuv xml:lang=\"ko\"><seg>" + ko +
         "</seg></tuv></tu>\n";
}

const std::string kHead = "<tmx version=\"1.4\">\n<body>\n";

std::vector<std::string> ReadEn(const std::string& path, ReaderOptions options,
                                std::uint64_t* skipped = nullptr) {
  options.format = Format::kTmx;
  auto reader = OpenPairReader(path, options);
  std::vector<std::string> out;
  Pair p;
  while (reader->Next(p)) out.push_back(p.en);
  if (skipped) *skipped = reader->skipped();
  return out;
}

TEST(TmxReaderTest, XmlErrorsNameTheLineEvenWithSkipBad) {
  struct Case {
    std::string name, body, message;
    std::uint64_t line;
  };
  const std::vector<Case> cases = {
      {"undefined entity", Tu("a") + Tu("a &nbsp; b"), "unknown entity", 4},
      {"&#X is not XML", Tu("a") + Tu("&#X41;"), "not well-formed", 4},
      {"mismatched tag", Tu("a") + "<tu><tuv xml:lang=\"en\"><seg>b</tuv></tu>\n",
       "does not close <seg>", 4},
      {"bad attribute", Tu("a") + "<tu><tuv xml:lang=en><seg>b</seg></tuv></tu>\n",
       "not well-formed", 4},
  };
  TempDir dir;
  ReaderOptions skip;
  skip.skip_bad = true;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = dir.File("x.tmx");
    WriteFile(path, kHead + c.body + "</body></tmx>\n");
    try {
      ReadEn(path, skip);
      ADD_FAILURE() << "accepted";
    } catch (const InputError& e) {
      EXPECT_EQ(e.line(), c.line) << e.what();
      EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find(c.message), std::string::npos) << e.what();
    }
  }
}

TEST(TmxReaderTest, EntityDeclarationsAreRefused) {
  TempDir dir;
  const std::string path = dir.File("e.tmx");
  WriteFile(path, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY a \"boom\">\n]>\n" + kHead +
                      Tu("&a;") + "</body></tmx>\n");
  try {
    ReadEn(path, {});
    ADD_FAILURE() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 3u) << e.what();
    EXPECT_NE(std::string(e.what()).find("declares the entity"), std::string::npos) << e.what();
  }
}

TEST(TmxReaderTest, NotTmxAndInvalidUtf8) {
  TempDir dir;
  const std::string html = dir.File("h.tmx");
  WriteFile(html, "<html>\n<body/></html>\n");
  EXPECT_THROW(ReadEn(html, {}), InputError);
  const std::string bad = dir.File("u.tmx");
  WriteFile(bad, kHead + Tu("a") + Tu("b\xff") + Tu("c") + "</body></tmx>\n");
  try {
    ReadEn(bad, {});
    ADD_FAILURE() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 4u) << e.what();
    EXPECT_NE(std::string(e.what()).find("invalid UTF-8"), std::string::npos) << e.what();
  }
  ReaderOptions skip;
  skip.skip_bad = true;
  std::uint64_t skipped = 0;
  EXPECT_EQ(ReadEn(bad, skip, &skipped), (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(skipped, 1u);
  ReaderOptions repair;
  repair.repair_utf8 = true;
  EXPECT_EQ(ReadEn(bad, repair), (std::vector<std::string>{"a", "b\uFFFD", "c"}));
}

// Units longer than a chunk and an unclosed <tu> whose inner <tu> begins chunks later: the
// reader keeps the open unit's text to resume there.
TEST(TmxReaderTest, UnitsAcrossChunksAndResumingAfterAnUnclosedTu) {
  const std::string long_text(100 * 1024, 'x');
  std::string body = Tu("a");
  body += "<tu><tuv xml:lang=\"en\"><seg>never closed ";
  body += long_text + "</seg></tuv>\n";
  body += "<prop type=\"x\">" + long_text + "</prop>\n";
  body += Tu("b " + long_text);
  for (int i = 0; i < 3000; ++i) body += Tu(std::to_string(i).insert(0, 1, 'c'));
  TempDir dir;
  const std::string path = dir.File("long.tmx");
  WriteFile(path, kHead + body + "</body></tmx>\n");
  ReaderOptions skip;
  skip.skip_bad = true;
  std::uint64_t skipped = 0;
  std::vector<std::string> got = ReadEn(path, skip, &skipped);
  ASSERT_EQ(got.size(), 3002u);
  EXPECT_EQ(got[0], "a");
  EXPECT_EQ(got[1], "b " + long_text);
  EXPECT_EQ(got[2], "c0");
  EXPECT_EQ(got.back(), "c2999");
  EXPECT_EQ(skipped, 1u);
  try {
    ReadEn(path, {});
    ADD_FAILURE() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 4u) << e.what();
    EXPECT_NE(std::string(e.what()).find("unterminated <tu> (the next <tu> starts at line 6)"),
              std::string::npos)
        << e.what();
  }
}

TEST(TmxReaderTest, TwoUnclosedTusInARow) {
  const std::string open = "<tu><tuv xml:lang=\"en\"><seg>lost</seg></tuv>\n";
  TempDir dir;
  const std::string path = dir.File("two.tmx");
  WriteFile(path, kHead + Tu("a") + open + open + Tu("b") + "</body></tmx>\n");
  ReaderOptions skip;
  skip.skip_bad = true;
  std::uint64_t skipped = 0;
  EXPECT_EQ(ReadEn(path, skip, &skipped), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(skipped, 2u);
}

}  // namespace
}  // namespace kobi::corpora
