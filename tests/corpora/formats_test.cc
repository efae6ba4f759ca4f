// Format readers and writers: round trips, bad rows, detection, TMX details.
#include "kobi/corpora/formats.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "kobi/core/error.h"
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
    "control \x01\x02\x1F chars and U+FFFF \xEF\xBF\xBF",
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
  const std::vector<std::string> palette = {"a",  " ",   "<",  ">", "&",           "\"",   "'",
                                            "한", "글",  "漢", "😀", "\xCC\x81",    "\x01", ";",
                                            "#",  "]]>", "\\", "é", "\xEF\xBF\xBE"};
  for (int n = 0; n < 200; ++n) {
    Pair p;
    for (std::string* side : {&p.en, &p.ko}) {
      int len = static_cast<int>(rng() % 12);
      for (int k = 0; k < len; ++k) *side += palette[rng() % palette.size()];
    }
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

// A CR ends a line in every line-based input (LF, CRLF, lone CR), so TSV and Moses cannot hold
// one inside a text: their writers refuse it; JSONL and TMX carry it.
TEST(FormatsTest, CarriageReturnInsideTextOnlyInJsonlAndTmx) {
  TempDir dir;
  std::string jsonl = dir.File("in.jsonl");
  WriteFile(jsonl, "{\"translation\":{\"en\":\"CR\\rinside\",\"ko\":\"끝\\r\"}}\n");
  std::vector<Pair> pairs = ReadPairs(jsonl);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].en, "CR\rinside");
  std::string tmx = dir.File("mid.tmx");
  WritePairs(tmx, Format::kTmx, pairs);
  ReaderOptions ro;
  ro.format = Format::kTmx;
  std::vector<Pair> back = ReadPairs(tmx, ro);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].en, "CR\rinside");
  EXPECT_EQ(back[0].ko, "끝\r");
  for (Format f : {Format::kTsv, Format::kMoses}) {
    try {
      WritePairs(dir.File("out"), f, pairs);
      ADD_FAILURE() << FormatName(f) << " accepted a CR";
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find("carriage return"), std::string::npos) << e.what();
    }
  }
}

// Without a header the column count is the most common one, not row 1's: a stray tab in row 1
// is the bad row, and the good rows after it are kept.
TEST(FormatsTest, StrayTabInFirstRowIsTheBadRow) {
  TempDir dir;
  std::string tsv = dir.File("stray.tsv");
  std::string text = "a\tstray\tb\n";
  for (int i = 0; i < 20; ++i) text += "en " + std::to_string(i) + "\tko\n";
  WriteFile(tsv, text);
  ReaderOptions ro;
  ro.skip_bad = true;
  auto reader = OpenPairReader(tsv, ro);
  std::vector<Pair> pairs;
  Pair p;
  while (reader->Next(p)) pairs.push_back(p);
  EXPECT_EQ(pairs.size(), 20u);
  EXPECT_EQ(reader->skipped(), 1u);
  EXPECT_EQ(pairs.front().line, 2u);
  EXPECT_EQ(pairs.back().line, 21u);
  try {
    ReadPairs(tsv);
    ADD_FAILURE() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 1u);
    EXPECT_NE(std::string(e.what()).find("stray tab: 3 columns, expected 2"), std::string::npos)
        << e.what();
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

// One metadata convention: score (a JSON number when it is one), source, unnamed values; TMX
// x-kobi-score / x-kobi-source / x-kobi-extra; readers put named values in their slots.
TEST(FormatsTest, MetadataConventionAcrossFormats) {
  TempDir dir;
  std::string jsonl = dir.File("m.jsonl");
  WritePairs(jsonl, Format::kJsonl,
             {{"A", "가", {"0.900", "a.txt", "x"}, 1},
              {"B", "나", {"n/a", "-0"}, 2},
              {"C", "다", {"-0"}, 3},
              {"D", "라", {}, 4}});
  EXPECT_EQ(ReadFile(jsonl),
            "{\"translation\":{\"en\":\"A\",\"ko\":\"가\"},\"score\":0.900,\"source\":\"a.txt\","
            "\"extra\":[\"x\"]}\n"
            "{\"translation\":{\"en\":\"B\",\"ko\":\"나\"},\"score\":\"n/a\",\"source\":\"-0\"}\n"
            "{\"translation\":{\"en\":\"C\",\"ko\":\"다\"},\"score\":\"-0\"}\n"
            "{\"translation\":{\"en\":\"D\",\"ko\":\"라\"}}\n");
  std::vector<Pair> back = ReadPairs(jsonl);
  ASSERT_EQ(back.size(), 4u);
  EXPECT_EQ(back[0].extra, (std::vector<std::string>{"0.900", "a.txt", "x"}));
  EXPECT_EQ(back[1].extra, (std::vector<std::string>{"n/a", "-0"}));
  EXPECT_EQ(back[2].extra, (std::vector<std::string>{"-0"}));

  // Named values land in their slots whatever the order or gaps; kobi align's own JSONL
  // (indices and evidence beside the translation) reads as a pair with its score.
  std::string other = dir.File("o.jsonl");
  WriteFile(other,
            "{\"source\":\"s.txt\",\"translation\":{\"ko\":\"가\",\"en\":\"A\"}}\n"
            "{\"translation\":{\"en\":\"B\",\"ko\":\"나\"},\"score\":1e-3,\"extra\":[\"e\"]}\n"
            "{\"translation\":{\"en\":\"C\",\"ko\":\"다\"},\"score\":0.912,\"en\":[0,1],"
            "\"ko\":[0],\"evidence\":{\"numbers\":[\"3=3\"],\"names\":[]}}\n"
            "{\"translation\":{\"en\":\"D\",\"ko\":\"라\"},\"score\":12345678901234567890123}\n");
  back = ReadPairs(other);
  ASSERT_EQ(back.size(), 4u);
  EXPECT_EQ(back[0].extra, (std::vector<std::string>{"", "s.txt"}));
  EXPECT_EQ(back[1].extra, (std::vector<std::string>{"1e-3", "", "e"}));
  EXPECT_EQ(back[2].en, "C");
  EXPECT_EQ(back[2].extra, (std::vector<std::string>{"0.912"}));
  EXPECT_EQ(back[3].extra, (std::vector<std::string>{"12345678901234567890123"}));

  std::string tmx = dir.File("m.tmx");
  WritePairs(tmx, Format::kTmx, {{"A", "가", {"0.900", "a.txt", "x"}, 1}});
  std::string text = ReadFile(tmx);
  EXPECT_NE(text.find("<prop type=\"x-kobi-score\">0.900</prop>\n      "
                      "<prop type=\"x-kobi-source\">a.txt</prop>\n      "
                      "<prop type=\"x-kobi-extra\">x</prop>"),
            std::string::npos);
  std::string reordered = dir.File("r.tmx");
  WriteFile(reordered,
            "<tmx version=\"1.4\"><body>\n"
            "<tu><prop type=\"x-kobi-source\">d.txt</prop><prop type=\"x-score\">0.5</prop>"
            "<tuv xml:lang=\"en\"><seg>A</seg></tuv><tuv xml:lang=\"ko\"><seg>가</seg></tuv></tu>\n"
            "<tu><prop type=\"x-kobi-source\">e.txt</prop>"
            "<tuv xml:lang=\"en\"><seg>B</seg></tuv><tuv xml:lang=\"ko\"><seg>나</seg></tuv></tu>\n"
            "</body></tmx>\n");
  back = ReadPairs(reordered);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].extra, (std::vector<std::string>{"0.5", "d.txt"}));
  EXPECT_EQ(back[1].extra, (std::vector<std::string>{"", "e.txt"}));
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
    auto parsed = internal::ParseTmxUnit(tu);
    EXPECT_FALSE(parsed.ok()) << tu;
    const std::string& error = parsed.error();
    EXPECT_NE(error.find(message), std::string::npos) << tu << " -> " << error;
  }
  TempDir dir;
  std::string path = dir.File("bad.tmx");
  WriteFile(path,
            "<tmx>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>\n</body></tmx>\n");
  try {
    ReadPairs(path);
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 3u);
  }
}

// Structural damage that would lose pairs is an error even with skip_bad; an unclosed <tu> is
// one bad row that ends where the next <tu> begins.
TEST(FormatsTest, TmxDamageIsNeverSilent) {
  auto tu = [](const std::string& en) {
    return "<tu><tuv xml:lang=\"en\"><seg>" + en +
           "</seg></tuv><tuv xml:lang=\"ko\"><seg>가</seg></tuv></tu>\n";
  };
  const std::string head = "<tmx version=\"1.4\">\n<body>\n";
  TempDir dir;
  ReaderOptions skip;
  skip.skip_bad = true;
  skip.format = Format::kTmx;
  struct Case {
    std::string name, text, message;
    std::uint64_t line;
  };
  const std::vector<Case> errors = {
      {"unclosed comment",
       head + tu("a") + "<!-- never closed\n" + tu("b") + tu("c") + "</body></tmx>\n",
       "unterminated comment", 4},
      {"missing </tmx>", head + tu("a") + tu("b"), "missing </tmx>", 5},
      {"cut inside a <tu>", head + tu("a") + "<tu><tuv xml:lang=\"en\"><seg>b", "missing </tmx>",
       4},
  };
  for (const auto& c : errors) {
    SCOPED_TRACE(c.name);
    std::string path = dir.File("damaged.tmx");
    WriteFile(path, c.text);
    try {
      ReadPairs(path, skip);
      ADD_FAILURE() << "accepted";
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find(c.message), std::string::npos) << e.what();
      EXPECT_EQ(e.line(), c.line) << e.what();
    }
  }
  std::string path = dir.File("unclosed_tu.tmx");
  WriteFile(path, head + tu("a") + "<tu><tuv xml:lang=\"en\"><seg>lost</seg></tuv>\n" + tu("b") +
                      tu("c") + "</body></tmx>\n");
  auto reader = OpenPairReader(path, skip);
  std::vector<std::string> got;
  Pair p;
  while (reader->Next(p)) got.push_back(p.en);
  EXPECT_EQ(got, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(reader->skipped(), 1u);
  ASSERT_FALSE(reader->skip_examples().empty());
  EXPECT_NE(reader->skip_examples()[0].find(":4: unterminated <tu>"), std::string::npos)
      << reader->skip_examples()[0];
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
