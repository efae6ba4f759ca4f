// Line input for the corpus readers: a LineReader without UTF-8 validation (readers validate
// per row so a bad row can be skipped), with one line of push-back for format sniffing, and a
// dropped leading byte order mark.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "kobi/core/line_io.h"

namespace kobi::corpora::internal {

class LineSource {
 public:
  explicit LineSource(const std::string& path);
  // Next line (terminator and a final '\r' removed); false at end.
  bool Next(std::string& line);
  // Pushes `line` back so the next Next() returns it again with the same line number.
  void Unget(std::string line);
  std::uint64_t line_number() const { return line_number_; }
  const std::string& path() const { return reader_.path(); }
  std::uint64_t bytes_read() const { return reader_.bytes_read(); }

 private:
  LineReader reader_;
  bool has_pending_ = false;
  std::string pending_;
  std::uint64_t line_number_ = 0;
};

// Checks UTF-8; on invalid input either repairs (repair = true; returns the substitution
// count) or returns -1 with *message describing the first bad byte.
long CheckUtf8(std::string& text, bool repair, std::string* message);

}  // namespace kobi::corpora::internal
