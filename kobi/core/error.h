// kobi's one error policy (see docs/design.md, "Errors").
//
// Library code throws kobi::Error (or a subclass) for anything the caller did not ask for and
// cannot be repaired. The CLI's main() catches it, prints Error::what() as one line on stderr,
// and exits with Error::exit_code(). Nothing else is thrown on purpose; main() also catches
// std::exception as an internal error (exit 3) so no input can crash the binary.
//
//   throw kobi::InputError("news.txt", 12, "invalid UTF-8 at byte 40");
//   // prints: kobi: news.txt:12: invalid UTF-8 at byte 40     (exit 1)
//
// Row-level problems in bulk data (corpus rows) use the same InputError; readers that offer
// leniency (--skip-bad, --repair) catch it per row, count it and report the count on stderr.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kobi {

// Process exit codes used by the CLI.
enum class ExitCode : int {
  kOk = 0,
  kBadInput = 1,  // bad input data or I/O failure
  kUsage = 2,     // bad flags or arguments
  kInternal = 3,  // a bug: an unexpected exception
};

// Base of the hierarchy. what() is the full one-line message.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, ExitCode code = ExitCode::kBadInput)
      : std::runtime_error(message), code_(code) {}
  ExitCode exit_code() const { return code_; }

 private:
  ExitCode code_;
};

// Bad data at a known place. line is 1-based; 0 means "no line" (whole file).
class InputError : public Error {
 public:
  InputError(std::string_view file, std::uint64_t line, std::string_view message);
  const std::string& file() const { return file_; }
  std::uint64_t line() const { return line_; }
  const std::string& detail() const { return detail_; }

 private:
  std::string file_;
  std::uint64_t line_;
  std::string detail_;
};

// A file could not be opened, read or written.
class IoError : public Error {
 public:
  IoError(std::string_view file, std::string_view message);
};

// Wrong flags or arguments (exit 2).
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, ExitCode::kUsage) {}
};

// Formats "file:line: message" (or "file: message" when line is 0).
std::string FormatLocation(std::string_view file, std::uint64_t line, std::string_view message);

}  // namespace kobi
