// The streaming drivers of `kobi clean` and `kobi dedup`, for C++ callers and the CLI alike:
// read pairs from a PairReader, decide each one (the Cleaner's rules on worker threads,
// duplicates in input order), write TSV rows to an OutputFile, return the counts.
//
// Rows keep the input's column layout (bicleaner/bifixer style): with en_column/ko_column
// (--scol/--tcol) the English and Korean texts go back to their columns and every other
// column is carried through; then, in this order, the appended columns that were asked for:
//   score  the adequacy score (align::PairScorer, 0-1, three decimals; empty for an empty pair)
//   hash   the dedup key: XXH3-128 of both sides normalised (dedup.h), 32 hex digits
//   rule   with annotate: "keep" or the rule that rejected the pair
// Kept rows carry the repaired texts; annotated rows carry the texts as read (so the input can
// be inspected). Output never depends on the thread count.
//
//   auto in = kobi::corpora::OpenPairReader("crawl.tsv", {});
//   kobi::OutputFile out("clean.tsv");
//   kobi::corpora::CleanStreamOptions o;  o.rows.hash_column = true;
//   kobi::corpora::CleanStats stats = kobi::corpora::CleanStream(*in, out, o);
//   out.Close();
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/line_io.h"
#include "kobi/corpora/cleaner.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/pair.h"

namespace kobi::corpora {

struct RowOptions {
  std::size_t en_column = 1;  // 1-based output columns (the reader's ReaderOptions columns)
  std::size_t ko_column = 2;
  bool score_column = false;  // clean only
  bool hash_column = false;
  bool annotate = false;  // every input pair, texts as read, plus the verdict column
};

struct CleanStreamOptions {
  CleanOptions clean;
  RowOptions rows;
  unsigned threads = 0;  // 0 = all cores
};

// Cleans every pair of `in`, writing kept pairs (or, with annotate, every pair) to `out`.
// Duplicates are decided by the rule "duplicate" (disable it in clean.disabled to keep them).
CleanStats CleanStream(PairReader& in, OutputFile& out, const CleanStreamOptions& options);

// The decisions of CleanStream one pair at a time, for callers that bring their own pairs (the
// Python module's kobi.Cleaner): Check() applies the rules (thread-safe, any order), Finish()
// then decides duplicates and counts the verdict, and must be called in input order.
//
//   kobi::corpora::PairCleaner cleaner(options);
//   kobi::corpora::Verdict v = cleaner.Check(en, ko);   // any thread
//   cleaner.Finish(v);                                  // in order: v.rule may become "duplicate"
class PairCleaner {
 public:
  explicit PairCleaner(const CleanOptions& options = {});
  Verdict Check(std::string_view en, std::string_view ko) const { return cleaner_.Check(en, ko); }
  void Finish(Verdict& verdict);
  // Check and Finish of one pair.
  Verdict Decide(std::string_view en, std::string_view ko);
  const CleanStats& stats() const { return stats_; }

 private:
  Cleaner cleaner_;
  Deduper deduper_;
  CleanStats stats_;
  bool dedup_ = true;
};

// `kobi clean IN -o OUT` as one call: opens the input (reader, its format detected unless
// given; kobi/corpora/formats.h) and the output (its folders created; "-" = stdout), cleans
// with CleanStream (rows.en_column/ko_column are taken from the reader's columns) and closes
// the output. On an error the output is removed (kobi/core/output_file.h) and the error thrown.
struct CleanFileOptions {
  ReaderOptions reader;
  CleanStreamOptions stream;
};
struct CleanFileResult {
  CleanStats stats;
  std::string input;                       // the reader's name for the input (messages)
  std::uint64_t skipped = 0;               // bad rows skipped (reader.skip_bad)
  std::vector<std::string> skip_examples;  // the first few, "file:line: message"
  // The adequacy threshold is set but the rule "adequacy" is disabled (worth a note).
  bool adequacy_disabled = false;
};
CleanFileResult CleanFile(const std::string& input, const std::string& output,
                          const CleanFileOptions& options);

// True for a rule name of AllRules() (what CleanOptions::disabled may hold).
bool IsCleanRule(std::string_view name);

struct DedupStreamOptions {
  bool exact = false;  // only byte-identical pairs (ExactDedupKey) instead of normalised ones
  RowOptions rows;     // score_column is not available here
  unsigned threads = 0;
};

struct DedupStats {
  std::uint64_t total = 0;
  std::uint64_t kept = 0;
  // "kept 9 of 10 pairs (90.0%); dropped: duplicate 1"
  std::string Summary() const;
};

// Writes the first occurrence of every pair of `in` (or, with annotate, every pair with
// "keep" or "duplicate"), texts as read.
DedupStats DedupStream(PairReader& in, OutputFile& out, const DedupStreamOptions& options);

}  // namespace kobi::corpora
