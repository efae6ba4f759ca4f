#include "kobi/core/line_io.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

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

}  // namespace
}  // namespace kobi
