// A sentence pair as kobi's corpus formats carry it, plus the reader/writer interfaces every
// format implements.
//
// Text is UTF-8, exactly as read: readers never normalise, trim or re-encode, so a round trip
// through any format gives back the same bytes (see docs/corpora.md for what each format can
// hold). `extra` holds further columns (TSV columns 3.., JSONL "extra", TMX x-kobi-* props).
//
//   std::unique_ptr<kobi::corpora::PairReader> in = kobi::corpora::OpenPairReader("a.tmx", {});
//   kobi::corpora::Pair p;
//   while (in->Next(p)) { ... p.en, p.ko, p.line ... }
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kobi::corpora {

struct Pair {
  std::string en;
  std::string ko;
  std::vector<std::string> extra;  // further columns / metadata values, in order
  std::uint64_t line = 0;          // 1-based line in the input where the pair starts
};

// Reads pairs in input order. Next() throws kobi::InputError (file:line) for a bad row unless
// the reader was opened with skip_bad, in which case the row is skipped and counted.
class PairReader {
 public:
  virtual ~PairReader() = default;
  // False at end of input.
  virtual bool Next(Pair& pair) = 0;
  // Display name of the input (for messages).
  virtual const std::string& path() const = 0;
  // Rows skipped as bad (only with skip_bad).
  std::uint64_t skipped() const { return skipped_; }
  // The first few skip reasons ("file:line: message"), for the stderr summary.
  const std::vector<std::string>& skip_examples() const { return skip_examples_; }
  // Invalid UTF-8 sequences replaced by U+FFFD (only with repair_utf8).
  std::uint64_t repaired() const { return repaired_; }
  // Bytes consumed so far (compressed inputs: decompressed bytes).
  virtual std::uint64_t bytes_read() const = 0;

 protected:
  void CountRepairs(std::uint64_t n) { repaired_ += n; }
  void CountSkip(const std::string& message) {
    ++skipped_;
    if (skip_examples_.size() < 5) skip_examples_.push_back(message);
  }

 private:
  std::uint64_t skipped_ = 0;
  std::uint64_t repaired_ = 0;
  std::vector<std::string> skip_examples_;
};

// Writes pairs. Throws kobi::InputError naming the pair's input line when a text cannot be
// represented in the format (a tab or newline in a TSV field, a newline in a Moses line).
class PairWriter {
 public:
  virtual ~PairWriter() = default;
  virtual void Write(const Pair& pair) = 0;
  // Flushes and closes; throws IoError on failure.
  virtual void Close() = 0;
};

}  // namespace kobi::corpora
