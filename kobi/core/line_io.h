// Line-oriented input and output over files, stdin/stdout and compressed streams.
//
// Input: "-" is stdin. gzip input (any file, by content, not only *.gz) and *.zst are
// decompressed transparently. Lines end at '\n'; a '\r' before it is removed (CRLF files).
// With Options::encoding "cp949"/"euc-kr", each line is converted to UTF-8 first.
// Lines are validated as UTF-8: an invalid line throws InputError naming file and line, unless
// Options::repair is set, in which case bad bytes become U+FFFD and are counted.
//
//   kobi::LineReader in("news.txt.gz");
//   std::string line;
//   while (in.Next(line)) { ... in.line_number() ... }
//
// Output: "-" is stdout; *.gz and *.zst are compressed. Data only; summaries go to stderr.
//
//   kobi::OutputFile out("pairs.tsv.gz");
//   out.Write("a\tb\n");
//   out.Close();   // flushes; errors throw IoError (the destructor closes silently)
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace kobi {

// Abstract byte source (plain, gzip or zstd).
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes; returns 0 at end. Throws IoError on failure.
  virtual std::size_t Read(char* buf, std::size_t n) = 0;
};

// Opens path ("-" = stdin) with transparent decompression.
std::unique_ptr<ByteSource> OpenSource(const std::string& path);

class LineReader {
 public:
  struct Options {
    bool validate_utf8 = true;
    bool repair = false;            // replace invalid bytes by U+FFFD instead of throwing
    std::string encoding = "utf-8"; // or cp949 / euc-kr (read through Boost.Locale)
  };
  explicit LineReader(const std::string& path);
  LineReader(const std::string& path, Options options);

  // Reads the next line without its terminator; false at end of input.
  bool Next(std::string& line);

  std::uint64_t line_number() const { return line_number_; }
  const std::string& path() const { return display_path_; }
  std::uint64_t repaired() const { return repaired_; }   // U+FFFD substitutions so far
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool Fill();
  std::unique_ptr<ByteSource> source_;
  Options options_;
  std::string display_path_;
  std::string buffer_;
  std::size_t buffer_pos_ = 0;
  bool eof_ = false;
  std::uint64_t line_number_ = 0;
  std::uint64_t repaired_ = 0;
  std::uint64_t bytes_read_ = 0;
};

// Reads a whole file (decompressed, UTF-8 validated unless options say otherwise).
// Line terminators are kept as they are (offsets refer to these bytes).
std::string ReadAll(const std::string& path, const LineReader::Options& options = {});

class OutputFile {
 public:
  explicit OutputFile(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void Write(std::string_view data);
  void WriteLine(std::string_view line) { Write(line); Write("\n"); }
  void Flush();
  void Close();
  const std::string& path() const { return path_; }

 public:
  class Impl;  // defined in line_io.cc

 private:
  std::unique_ptr<Impl> impl_;
  std::string path_;
};

}  // namespace kobi
