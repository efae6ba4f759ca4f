// Line-oriented input and output over files, stdin/stdout and compressed streams.
//
// Input: "-" is stdin. gzip input (any file, by content, not only *.gz), *.zst, and xz / bzip2
// (*.xz, *.bz2, or any file by its magic bytes; kobi/core/internal/xz_bz2_source.h) are
// decompressed transparently. Lines end at LF, CRLF or a lone CR (classic Mac files): one rule
// for every command, so a CR never ends up inside a line. A UTF-8 byte order mark at the start
// of the input is dropped (unless Options::drop_bom is false; had_bom() tells).
// With Options::encoding "cp949"/"euc-kr", each line is converted to UTF-8 first.
// Lines are validated as UTF-8: an invalid line throws InputError naming file and line, unless
// Options::repair is set, in which case bad bytes become U+FFFD and are counted.
//
//   kobi::LineReader in("news.txt.gz");
//   std::string line;
//   while (in.Next(line)) { ... in.line_number() ... }
//
// Output: OutputFile (kobi/core/output_file.h, included here): "-" is stdout; *.gz and *.zst are
// compressed; files are written atomically (temporary file renamed on Close()).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "kobi/core/output_file.h"

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

// The UTF-8 byte order mark (U+FEFF at the start of a file).
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

class LineReader {
 public:
  // How the last line read ended (kNone: the input's last line, without a terminator).
  enum class LineEnd { kNone, kLf, kCrLf, kCr };

  struct Options {
    bool validate_utf8 = true;
    bool drop_bom = true;            // drop a UTF-8 BOM at the start of the first line
    bool repair = false;             // replace invalid bytes by U+FFFD instead of throwing
    bool hint_repair = false;        // the error suggests --repair (commands that have the flag)
    std::string encoding = "utf-8";  // or cp949 / euc-kr (read through Boost.Locale)
  };
  explicit LineReader(const std::string& path);
  LineReader(const std::string& path, Options options);

  // Reads the next line without its terminator; false at end of input.
  bool Next(std::string& line);

  std::uint64_t line_number() const { return line_number_; }
  const std::string& path() const { return display_path_; }
  std::uint64_t repaired() const { return repaired_; }  // U+FFFD substitutions so far
  std::uint64_t bytes_read() const { return bytes_read_; }
  LineEnd line_end() const { return line_end_; }
  // The bytes of a line end ("\n", "\r\n", "\r", or "" for kNone).
  static std::string_view LineEndBytes(LineEnd end) {
    switch (end) {
      case LineEnd::kLf:
        return "\n";
      case LineEnd::kCrLf:
        return "\r\n";
      case LineEnd::kCr:
        return "\r";
      case LineEnd::kNone:
        break;
    }
    return "";
  }
  bool had_bom() const { return had_bom_; }

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
  LineEnd line_end_ = LineEnd::kNone;
  bool had_bom_ = false;
};

// Reads a whole file (decompressed, UTF-8 validated unless options say otherwise).
// Line terminators are kept as they are (offsets refer to these bytes).
std::string ReadAll(const std::string& path, const LineReader::Options& options = {});

}  // namespace kobi
