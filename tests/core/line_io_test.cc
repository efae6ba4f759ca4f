#include "kobi/core/line_io.h"

#include <bzlib.h>
#include <gtest/gtest.h>
#include <lzma.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

#include "kobi/core/error.h"

namespace kobi {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("kobi_core_test_" + name)).string();
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::vector<std::string> ReadLines(const std::string& path, LineReader::Options o = {}) {
  LineReader r(path, o);
  std::vector<std::string> lines;
  std::string line;
  while (r.Next(line)) lines.push_back(line);
  return lines;
}

TEST(LineReaderTest, ReadsLinesAndStripsCr) {
  std::string p = TempPath("plain.txt");
  WriteBytes(p, "one\r\ntwo\n\nlast");
  EXPECT_EQ(ReadLines(p), (std::vector<std::string>{"one", "two", "", "last"}));
}

TEST(LineReaderTest, InvalidUtf8NamesFileAndLine) {
  std::string p = TempPath("bad.txt");
  WriteBytes(p, "fine\nbad \xFF here\n");
  try {
    ReadLines(p);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_NE(std::string(e.what()).find(p + ":2:"), std::string::npos);
  }
  LineReader::Options o;
  o.repair = true;
  LineReader r(p, o);
  std::string line;
  while (r.Next(line)) {
  }
  EXPECT_EQ(r.repaired(), 1u);
}

TEST(OutputFileTest, GzipAndZstdRoundTrip) {
  for (std::string ext : {".gz", ".zst", ".txt"}) {
    std::string p = TempPath("round" + ext);
    {
      OutputFile out(p);
      out.WriteLine("김정은\tKim Jong-un");
      out.WriteLine("second");
      out.Close();
    }
    EXPECT_EQ(ReadLines(p), (std::vector<std::string>{"김정은\tKim Jong-un", "second"})) << ext;
    EXPECT_EQ(ReadAll(p), "김정은\tKim Jong-un\nsecond\n") << ext;
  }
}

TEST(LineReaderTest, MissingFileIsIoError) {
  EXPECT_THROW(LineReader("/nonexistent/kobi/file.txt"), IoError);
}

TEST(LineReaderTest, ReadsCp949) {
  std::string p = TempPath("cp949.txt");
  WriteBytes(p, "\xC7\xD1\xB1\xB9\n");  // 한국 in CP949
  LineReader::Options o;
  o.encoding = "cp949";
  EXPECT_EQ(ReadLines(p, o), (std::vector<std::string>{"한국"}));
}

// Bytes outside EUC-KR (80..A0, FF) are errors in both Korean encodings, not U+0080.
TEST(LineReaderTest, EucKrAndCp949AgreeOnStrayHighBytes) {
  std::string p = TempPath("euckr.txt");
  WriteBytes(p, "\xC7\xD1\xB1\xB9\nbad \x80 byte\n");
  for (const char* encoding : {"euc-kr", "cp949"}) {
    LineReader::Options o;
    o.encoding = encoding;
    LineReader r(p, o);
    std::string line;
    ASSERT_TRUE(r.Next(line));
    EXPECT_EQ(line, "한국") << encoding;
    EXPECT_THROW(r.Next(line), InputError) << encoding;
  }
}

TEST(LineReaderTest, EveryLineEndingIsABreak) {
  std::string p = TempPath("endings.txt");
  WriteBytes(p, "lf\ncrlf\r\ncr\rcr2\r\rlast");
  LineReader r(p);
  std::vector<std::pair<std::string, LineReader::LineEnd>> got;
  std::string line;
  while (r.Next(line)) got.emplace_back(line, r.line_end());
  using E = LineReader::LineEnd;
  EXPECT_EQ(got, (std::vector<std::pair<std::string, E>>{{"lf", E::kLf},
                                                         {"crlf", E::kCrLf},
                                                         {"cr", E::kCr},
                                                         {"cr2", E::kCr},
                                                         {"", E::kCr},
                                                         {"last", E::kNone}}));
}

TEST(LineReaderTest, CrLfSplitAcrossReadBuffers) {
  // The reader fills 64 KiB at a time: put the CR last in the first fill, the LF first in the next.
  for (std::size_t cr_at : {(std::size_t{1} << 16) - 1, std::size_t{1} << 16}) {
    std::string p = TempPath("crlf_edge.txt");
    WriteBytes(p, std::string(cr_at, 'a') + "\r\nb\r");
    std::vector<std::string> lines = ReadLines(p);
    ASSERT_EQ(lines.size(), 2u) << cr_at;
    EXPECT_EQ(lines[0].size(), cr_at);
    EXPECT_EQ(lines[1], "b");
  }
}

TEST(LineReaderTest, DropsLeadingBomOnly) {
  std::string p = TempPath("bom.txt");
  WriteBytes(p,
             "\xEF\xBB\xBF"
             "first\n\xEF\xBB\xBF"
             "second\n");
  LineReader r(p);
  std::string line;
  ASSERT_TRUE(r.Next(line));
  EXPECT_EQ(line, "first");
  EXPECT_TRUE(r.had_bom());
  ASSERT_TRUE(r.Next(line));
  EXPECT_EQ(line, "\xEF\xBB\xBFsecond");  // a later U+FEFF is text
  LineReader::Options keep;
  keep.drop_bom = false;
  EXPECT_EQ(ReadLines(p, keep).front(),
            "\xEF\xBB\xBF"
            "first");
}

// Every prefix of a gzip file (every cut point) is an error naming the file, for the line
// reader and for whole-file reads; the complete file reads back exactly.
TEST(LineReaderTest, EveryCutPointOfAGzipFileIsAnError) {
  std::string text;
  for (int i = 0; i < 6; ++i) text += "line " + std::to_string(i) + " 김정은 위원장\n";
  std::string full_path = TempPath("cut_full.gz");
  {
    OutputFile out(full_path);
    out.Write(text);
    out.Close();
  }
  std::ifstream in(full_path, std::ios::binary);
  std::string gz((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(gz.size(), 20u);
  EXPECT_EQ(ReadAll(full_path), text);
  std::string p = TempPath("cut.gz");
  for (std::size_t cut = 0; cut < gz.size(); ++cut) {
    WriteBytes(p, gz.substr(0, cut));
    EXPECT_THROW(ReadLines(p), IoError) << "cut at " << cut;
    try {
      ReadAll(p);
      ADD_FAILURE() << "ReadAll accepted a cut at " << cut;
    } catch (const IoError& e) {
      EXPECT_EQ(std::string(e.what()).rfind(p + ": ", 0), 0u) << e.what();
    }
  }
}

TEST(LineReaderTest, EveryCutPointOfAZstdFileIsAnError) {
  std::string full_path = TempPath("cut_full.zst");
  {
    OutputFile out(full_path);
    out.Write("one\ntwo 김정은\n");
    out.Close();
  }
  std::ifstream in(full_path, std::ios::binary);
  std::string zst((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string p = TempPath("cut.zst");
  for (std::size_t cut = 0; cut < zst.size(); ++cut) {
    WriteBytes(p, zst.substr(0, cut));
    EXPECT_THROW(ReadAll(p), IoError) << "cut at " << cut;
  }
}

}  // namespace
}  // namespace kobi

namespace kobi {
namespace {

std::string XzCompress(const std::string& text) {
  std::string out(text.size() + 1024, '\0');
  std::size_t pos = 0;
  EXPECT_EQ(lzma_easy_buffer_encode(6, LZMA_CHECK_CRC64, nullptr,
                                    reinterpret_cast<const std::uint8_t*>(text.data()), text.size(),
                                    reinterpret_cast<std::uint8_t*>(out.data()), &pos, out.size()),
            LZMA_OK);
  out.resize(pos);
  return out;
}

std::string Bzip2Compress(const std::string& text) {
  std::string out(text.size() + 1024, '\0');
  unsigned len = static_cast<unsigned>(out.size());
  EXPECT_EQ(BZ2_bzBuffToBuffCompress(out.data(), &len, const_cast<char*>(text.data()),
                                     static_cast<unsigned>(text.size()), 9, 0, 0),
            BZ_OK);
  out.resize(len);
  return out;
}

TEST(LineReaderTest, ReadsXzAndBzip2ByExtensionOrMagic) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "줄 " + std::to_string(i) + "\tline\n";
  const std::vector<std::string> want = ReadLines([&] {
    std::string p = TempPath("plain_ref.txt");
    WriteBytes(p, text);
    return p;
  }());
  ASSERT_EQ(want.size(), 3000u);
  struct Case {
    std::string name;
    std::string bytes;
  };
  const std::string xz = XzCompress(text), bz = Bzip2Compress(text);
  for (const Case& c :
       {Case{"a.txt.xz", xz}, Case{"a_xz.txt", xz}, Case{"a.txt.bz2", bz}, Case{"a_bz2.txt", bz}}) {
    std::string p = TempPath(c.name);
    WriteBytes(p, c.bytes);
    EXPECT_EQ(ReadLines(p), want) << c.name;
    EXPECT_EQ(ReadAll(p), text) << c.name;
  }
  // zstd by magic bytes too; a text file starting with "BZh9" is still text.
  {
    std::string z = TempPath("magic.zst");
    OutputFile out(z);
    out.Write(text);
    out.Close();
    std::filesystem::rename(z, TempPath("magic_zst.txt"));
    EXPECT_EQ(ReadLines(TempPath("magic_zst.txt")), want);
    std::string p = TempPath("bzh.txt");
    WriteBytes(p, "BZh9 is not bzip2\n");
    EXPECT_EQ(ReadLines(p), (std::vector<std::string>{"BZh9 is not bzip2"}));
  }
  // Concatenated streams are read as one (xz -c a b, pbzip2).
  for (const Case& c : {Case{"cat.xz", XzCompress("one\n") + XzCompress("two\n")},
                        Case{"cat.bz2", Bzip2Compress("one\n") + Bzip2Compress("two\n")}}) {
    std::string p = TempPath(c.name);
    WriteBytes(p, c.bytes);
    EXPECT_EQ(ReadLines(p), (std::vector<std::string>{"one", "two"})) << c.name;
  }
}

TEST(LineReaderTest, TruncatedXzAndBzip2AreErrors) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i * 7919) + "\n";
  for (std::string name : {"cut.xz", "cut.bz2"}) {
    std::string full = name == "cut.xz" ? XzCompress(text) : Bzip2Compress(text);
    for (std::size_t cut : {full.size() / 3, full.size() - 1}) {
      std::string p = TempPath(name);
      WriteBytes(p, full.substr(0, cut));
      EXPECT_THROW(ReadLines(p), IoError) << name << " cut at " << cut;
    }
  }
  std::string p = TempPath("garbage.xz");
  WriteBytes(p, "not xz at all\n");
  EXPECT_THROW(ReadLines(p), IoError);
}

}  // namespace
}  // namespace kobi
