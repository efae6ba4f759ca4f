// The one convention for parsers of a row, a line or a record (a JSONL line, a TMX <tu>, a bead,
// an XML entity, a reversible token line): they return ParseResult<T>, either a value or a
// message saying what is wrong. A row parser does not know where its row came from, so the
// message names no file or line; the caller that reads the file turns a failure into
// kobi::InputError ("file:line: message", exit 1) in one place, Take(), or counts it as a bad
// row under --skip-bad. Parsers never throw for bad input.
//
//   kobi::ParseResult<int> ParseDigit(char c) {
//     if (c < '0' || c > '9') return kobi::ParseFailure{"expected a digit"};
//     return c - '0';
//   }
//   int d = ParseDigit(line[0]).Take("x.txt", 3);   // throws "x.txt:3: expected a digit"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "kobi/core/error.h"

namespace kobi {

// What a failed parse returns: the message, without file or line.
struct ParseFailure {
  std::string message;
};

template <typename T>
class [[nodiscard]] ParseResult {
 public:
  ParseResult(T value) : value_(std::move(value)) {}  // NOLINT(runtime/explicit): a value
  ParseResult(ParseFailure failure) : error_(std::move(failure.message)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  // The message of a failure ("" when ok()).
  const std::string& error() const { return error_; }
  // The value; only when ok().
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }

  // The value, or InputError(file, line, error()): the one place a row parser's failure becomes
  // the error the CLI reports (exit 1).
  T Take(std::string_view file, std::uint64_t line) && {
    if (!ok()) throw InputError(file, line, error_);
    return std::move(*value_);
  }

 private:
  std::optional<T> value_;
  std::string error_;
};

}  // namespace kobi
