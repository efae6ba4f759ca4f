// Per-format readers and writers behind OpenPairReader / OpenPairWriter, and the helpers the
// tests and the fuzz target exercise directly.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kobi/core/parse_result.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/internal/line_source.h"
#include "kobi/corpora/pair.h"

namespace kobi::corpora::internal {

// Base for readers over lines: bad rows throw or are counted (skip_bad).
class LineBasedReader : public PairReader {
 public:
  LineBasedReader(std::unique_ptr<LineSource> source, const ReaderOptions& options)
      : source_(std::move(source)), options_(options) {}
  const std::string& path() const override { return source_->path(); }
  std::uint64_t bytes_read() const override { return source_->bytes_read(); }
  // Said after a bad row's error when the format was guessed from the first line.
  void set_format_note(std::string note) { format_note_ = std::move(note); }

 protected:
  // Throws InputError(path, line, message) or, with skip_bad, counts the row.
  void Bad(std::uint64_t line, const std::string& message);
  // Validates (or repairs) UTF-8 of a row; false (after Bad) when the row must be skipped.
  bool ValidUtf8(std::string& text, std::uint64_t line);

  std::unique_ptr<LineSource> source_;
  ReaderOptions options_;
  std::string format_note_;
};

std::unique_ptr<PairReader> MakeTsvReader(std::unique_ptr<LineSource> source,
                                          const ReaderOptions& options);
std::unique_ptr<PairReader> MakeJsonlReader(std::unique_ptr<LineSource> source,
                                            const ReaderOptions& options);
std::unique_ptr<PairReader> MakeTmxReader(std::unique_ptr<LineSource> source,
                                          const ReaderOptions& options);
std::unique_ptr<PairReader> MakeMosesReader(const MosesPaths& paths, const ReaderOptions& options);

std::unique_ptr<PairWriter> MakeTsvWriter(const std::string& path, const WriterOptions& options);
std::unique_ptr<PairWriter> MakeJsonlWriter(const std::string& path, const WriterOptions& options);
std::unique_ptr<PairWriter> MakeTmxWriter(const std::string& path, const WriterOptions& options);
std::unique_ptr<PairWriter> MakeMosesWriter(const std::string& path, const WriterOptions& options);

// Metadata values found by name (JSONL keys, TMX prop types) -> Pair::extra by the
// convention of pair.h: score, source, then the unnamed values in order. A source without a
// score gets an empty score slot (and unnamed values after a score an empty source slot);
// without either, the unnamed values start at slot 0 (JSONL "extra" of older kobi versions).
std::vector<std::string> ArrangeMetadata(const std::string* score, const std::string* source,
                                         std::vector<std::string> unnamed);

// Whether the first line of a header names the en/ko columns; sets *swapped when it says
// "ko<TAB>en".
bool IsTsvHeader(std::string_view line, bool* swapped);

// Parses one <tu>…</tu> element (the whole element text) into en / ko / extra, or a failure
// (kobi/core/parse_result.h) that the reader reports or counts with the <tu>'s line.
ParseResult<Pair> ParseTmxUnit(std::string_view tu);

}  // namespace kobi::corpora::internal
