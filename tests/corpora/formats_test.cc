// Format readers and writers: round trips, bad rows, detection, TMX details.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/internal/format_impl.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

std::vector<Pair> ReadPairs(const std::string& path, ReaderOptions options = {}) {
  auto reader = OpenPairReader(path, options);
  std::vector<Pair> out;
  Pair p;
  while (reader->Next(p)) out.push_back(p);
  return out;
}

void WritePairs(const std::string& path, Format format, const std::vector<Pair>& pairs) {
  WriterOptions wo;
  wo.format = format;
  auto writer = OpenPairWriter(path, wo);
  for (const auto& p : pairs) writer->Write(p);
  writer->Close();
}

// Texts a TSV cell can hold; none may change in any format.
const std::vector<std::string> kTrickyTexts = {
    "Plain text.",
    "<b>bold</b> & <i>italic</i> &amp; &lt;tag&gt; ]]> <![CDATA[x]]> <!-- c -->",
    "\"double\" 'single' “curly” ‘quotes’ \\ backslash",
    "emoji 😀🇰🇷 👩‍👩‍👧",
    "Cafe\xCC\x81 (combining acute, not NFC) 가\xE1\x86\xAB jamo",
    "大韓民國 漢字 混用",
    "  leading and trailing spaces  ",
    "",
    "control \x01\x02\x1F chars and U+FFFF \xEF\xBF\xBF and CR\rinside",
    "{\"json\": [1, 2]} \\u0041 \\n literal",
    "서울 = Seoul; 1조400억 원 ≈ ₩1.04 trillion",
};

TEST(FormatsTest, RoundTripsThroughEveryFormatByteExact) {
  TempDir dir;
  std::vector<Pair> pairs;
  for (std::size_t i = 0; i < kTrickyTexts.size(); ++i) {
    Pair p;
    p.en = kTrickyTexts[i];
    p.ko = kTrickyTexts[(i + 3) % kTrickyTexts.size()];
    pairs.push_back(p);
  }
  // Property: random strings over a palette of awkward characters.
  std::mt19937 rng(42);
  const std::vector<std::string> palette = {"a", " ", "<", ">", "&", "\"", "'", "한", "글",
                                            "漢", "😀", "\xCC\x81", "\x01", "\r", ";", "#",
                                            "]]>", "\\", "é", "\xEF\xBF\xBE"};
  for (int n = 0; n < 200; ++n) {
    Pair p;
    for (std::string* side : {&p.en, &p.ko}) {
      int len = static_cast<int>(rng() % 12);
      for (int k = 0; k < len; ++k) *side += palette[rng() % palette.size()];
    }
    if (!p.ko.empty() && p.ko.back() == '\r') p.ko += "x";  // a TSV line cannot end in CR
    if (!p.en.empty() && p.en.back() == '\r') p.en += "x";
    pairs.push_back(p);
  }
  std::string tsv = dir.File("in.tsv");
  WritePairs(tsv, Format::kTsv, pairs);
  std::string original = ReadFile(tsv);
  for (Format f : {Format::kTsv, Format::kJsonl, Format::kTmx, Format::kMoses}) {
    SCOPED_TRACE(std::string(FormatName(f)));
    std::string mid = dir.File(std::string("mid.") + std::string(FormatName(f)));
    WritePairs(mid, f, ReadPairs(tsv));
    ReaderOptions ro;
    ro.format = f;
    std::string back = dir.File("back.tsv");
    WritePairs(back, Format::kTsv, ReadPairs(mid, ro));
    EXPECT_EQ(ReadFile(back), original);
  }
}

TEST(FormatsTest, ExtraColumnsSurviveJsonlAndTmx) {
  TempDir dir;
  std::string tsv = dir.File("in.tsv");
  WriteFile(tsv, "a\tb\t0.5\tdoc<1>.txt\nc\td\t1\t&x\n");
  for (Format f : {Format::kJsonl, Format::kTmx}) {
    std::string mid = dir.File("mid");
    WritePairs(mid, f, ReadPairs(tsv));
    ReaderOptions ro;
    ro.format = f;
    std::string back = dir.File("back.tsv");
    WritePairs(back, Format::kTsv, ReadPairs(mid, ro));
    EXPECT_EQ(ReadFile(back), ReadFile(tsv)) << FormatName(f);
  }
}

struct BadRowCase {
  std::string name;
  std::string content;
  std::uint64_t line;
  std::string message_part;
};

TEST(FormatsTest, BadRowsNameFileAndLineOrAreSkippedAndCounted) {
  const std::vector<BadRowCase> cases = {
      {"missing column", "a\tb\nno tab here\nc\td\n", 2, "missing column"},
      {"stray tab", "a\tb\nc\td\te\nf\tg\n", 2, "stray tab"},
      {"invalid utf8", "a\tb\nc\xff\td\nf\tg\n", 2, "invalid UTF-8"},
      {"empty line", "a\tb\n\nf\tg\n", 2, "empty line"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    std::string path = dir.File("x.tsv");
    WriteFile(path, c.content);
    try {
      ReadPairs(path);
      ADD_FAILURE() << "no error";
    } catch (const InputError& e) {
      EXPECT_EQ(e.line(), c.line);
      EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
      EXPECT_NE(std::string(e.what()).find(c.message_part), std::string::npos) << e.what();
    }
    ReaderOptions skip;
    skip.skip_bad = true;
    auto reader = OpenPairReader(path, skip);
    Pair p;
    int n = 0;
    while (reader->Next(p)) ++n;
    EXPECT_EQ(n, 2);
    EXPECT_EQ(reader->skipped(), 1u);
  }
}

TEST(FormatsTest, JsonlBadRows) {
  TempDir dir;
  std::string path = dir.File("x.jsonl");
  WriteFile(path,
            "{\"translation\": {\"en\": \"a\", \"ko\": \"가\"}}\n"
            "{\"translation\": {\"en\": \"a\"}}\n"
            "not json\n"
            "{\"translation\": {\"en\": \"b\", \"ko\": \"나\"}, \"extra\": [\"0.9\"]}\n");
  ReaderOptions skip;
  skip.skip_bad = true;
  auto reader = OpenPairReader(path, skip);
  std::vector<Pair> got;
  Pair p;
  while (reader->Next(p)) got.push_back(p);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].ko, "나");
  EXPECT_EQ(got[1].line, 4u);
  ASSERT_EQ(got[1].extra.size(), 1u);
  EXPECT_EQ(reader->skipped(), 2u);
  EXPECT_THROW(ReadPairs(path), InputError);
}

TEST(FormatsTest, TsvHeaderIsSkippedAndMayBeSwapped) {
  TempDir dir;
  std::string path = dir.File("h.tsv");
  WriteFile(path, "ko\ten\n가\ta\n");
  auto pairs = ReadPairs(path);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].en, "a");
  EXPECT_EQ(pairs[0].ko, "가");
}

TEST(FormatsTest, TmxReaderHandlesRealWorldShapes) {
  TempDir dir;
  std::string path = dir.File("x.tmx");
  WriteFile(path,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
            "<tmx version=\"1.4\"><header srclang=\"en-US\" datatype=\"plaintext\"/>\n<body>\n"
            "<!-- <tu> in a comment is ignored -->\n"
            "<tu tuid=\"1\"><note>n</note><tuv xml:lang=\"EN-us\"><seg>A &amp; B "
            "<bpt i=\"1\">&lt;b&gt;</bpt>bold<ept i=\"1\">&lt;/b&gt;</ept></seg></tuv>\n"
            "<tuv lang=\"ko-KR\"><seg><![CDATA[가 < 나]]> &#xAC00;&#44032;</seg></tuv></tu>\n"
            "<tu><tuv xml:lang=\"fr\"><seg>x</seg></tuv><tuv xml:lang=\"en\"><seg>two\nlines"
            "</seg></tuv><tuv xml:lang=\"ko\"><seg/></tuv></tu>\n"
            "</body></tmx>\n");
  auto pairs = ReadPairs(path);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].en, "A & B bold");
  EXPECT_EQ(pairs[0].ko, "가 < 나 가가");
  EXPECT_EQ(pairs[0].line, 6u);
  EXPECT_EQ(pairs[1].en, "two\nlines");
  EXPECT_EQ(pairs[1].ko, "");
}

TEST(FormatsTest, TmxBadUnitsAreErrorsWithLines) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>", "no Korean"},
      {"<tu><tuv xml:lang=\"en\"><seg>a &bogus; b</seg></tuv></tu>", "unknown entity"},
      {"<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu>", "mismatched"},
      {"<tu><tuv><seg>a</seg></tuv></tu>", "without xml:lang"},
  };
  for (const auto& [tu, message] : cases) {
    Pair p;
    std::string error = internal::ParseTmxUnit(tu, p);
    EXPECT_NE(error.find(message), std::string::npos) << tu << " -> " << error;
  }
  TempDir dir;
  std::string path = dir.File("bad.tmx");
  WriteFile(path, "<tmx>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>\n</body></tmx>\n");
  try {
    ReadPairs(path);
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 3u);
  }
}

TEST(FormatsTest, TmxWriterEscapes) {
  EXPECT_EQ(internal::EscapeXmlAttribute("\"x\"\t"), "&quot;x&quot;&#x9;");
}

TEST(FormatsTest, DetectionByNameAndContent) {
  EXPECT_EQ(FormatFromPath("a.tsv.gz"), Format::kTsv);
  EXPECT_EQ(FormatFromPath("a.jsonl.zst"), Format::kJsonl);
  EXPECT_EQ(FormatFromPath("a.TMX"), Format::kTmx);
  EXPECT_EQ(FormatFromPath("train.en"), Format::kMoses);
  EXPECT_EQ(FormatFromPath("-"), std::nullopt);
  EXPECT_EQ(ResolveMosesPaths("x/train.ko.gz").en, "x/train.en.gz");
  TempDir dir;
  std::string path = dir.File("noext");
  WriteFile(path, "{\"translation\": {\"en\": \"a\", \"ko\": \"b\"}}\n");
  EXPECT_EQ(ReadPairs(path).size(), 1u);
}

TEST(FormatsTest, MosesFilesOfDifferentLengthAreAnError) {
  TempDir dir;
  WriteFile(dir.File("m.en"), "a\nb\nc\n");
  WriteFile(dir.File("m.ko"), "가\n나\n");
  try {
    ReadPairs(dir.File("m"));
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 3u);
  }
}

TEST(FormatsTest, TsvWriterRefusesTabsAndNewlines) {
  TempDir dir;
  WriterOptions wo;
  wo.input_name = "in.tmx";
  auto w = OpenPairWriter(dir.File("o.tsv"), wo);
  Pair p;
  p.en = "a\tb";
  p.line = 7;
  try {
    w->Write(p);
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 7u);
    EXPECT_EQ(e.file(), "in.tmx");
  }
}

}  // namespace
}  // namespace kobi::corpora
