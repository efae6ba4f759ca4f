// Corpus formats: names, detection, and factories for readers and writers.
//
// Formats: TSV (en<TAB>ko[<TAB>more], optional "en<TAB>ko" header), Moses file pairs (X.en +
// X.ko, given as the prefix X or either file), JSONL ({"translation":{"en":…,"ko":…}} plus an
// optional "extra" array), TMX 1.4b. All inputs may be gzip or zstd compressed and "-" is stdin
// (the format is then sniffed from the first line). Text is carried byte for byte: readers
// never normalise; a leading UTF-8 byte order mark is dropped.
//
//   kobi::corpora::ReaderOptions ro;  ro.skip_bad = true;
//   auto in = kobi::corpora::OpenPairReader("pairs.jsonl.gz", ro);
//   kobi::corpora::WriterOptions wo;  wo.format = kobi::corpora::Format::kTmx;
//   auto out = kobi::corpora::OpenPairWriter("pairs.tmx", wo);
//   kobi::corpora::Pair p;
//   while (in->Next(p)) out->Write(p);
//   out->Close();
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/corpora/pair.h"

namespace kobi::corpora {

enum class Format { kTsv, kMoses, kJsonl, kTmx };

std::string_view FormatName(Format format);
// "tsv", "moses", "jsonl", "tmx" (case-insensitive); nullopt otherwise.
std::optional<Format> ParseFormat(std::string_view name);

// Guesses the format from the path: extension (after .gz/.zst), a Moses prefix whose .en file
// exists, else nullopt (the reader then sniffs the content).
std::optional<Format> FormatFromPath(const std::string& path);

struct ReaderOptions {
  std::optional<Format> format;  // nullopt = detect from path, then content
  bool skip_bad = false;         // skip and count bad rows instead of throwing
  bool repair_utf8 = false;      // replace invalid UTF-8 by U+FFFD (counted) instead of bad row
  // TSV only (bicleaner's --scol/--tcol): 1-based columns of the English and Korean texts in
  // a wider TSV; the other columns, in order, become Pair::extra. Default 1 and 2 (then an
  // en<TAB>ko header is recognised); other values on a non-TSV input are a UsageError.
  std::size_t en_column = 1;
  std::size_t ko_column = 2;
};

// The TSV row of a pair in its input column layout (the inverse of a TSV reader with these
// columns): Pair::extra in order with en at en_column and ko at ko_column (1-based), joined by
// tabs, no newline. Throws InputError (input_name, pair.line) when a text holds a tab, a line
// break or a final CR, which a TSV cannot carry.
std::string JoinTsvRow(const Pair& pair, std::size_t en_column, std::size_t ko_column,
                       const std::string& input_name);

struct WriterOptions {
  Format format = Format::kTsv;
  bool tsv_header = false;               // TSV: write "en<TAB>ko[<TAB>names…]" first
  std::vector<std::string> extra_names;  // names of extra columns (TSV header, TMX prop types)
  std::string en_lang = "en";            // TMX xml:lang codes
  std::string ko_lang = "ko";
  std::string input_name;           // names the input in "cannot be written" errors
  std::vector<std::string> inputs;  // files the output must not be (CheckOutputNotInput)
};

// Opens a reader. Throws IoError when the input cannot be opened, InputError when its format
// cannot be recognised.
std::unique_ptr<PairReader> OpenPairReader(const std::string& path, const ReaderOptions& options);

// The files OpenPairReader(path, options) reads: path, or both files of a Moses pair. Pass
// them as WriterOptions::inputs so that an output naming an input is refused.
std::vector<std::string> InputFiles(const std::string& path, const ReaderOptions& options);

// Opens a writer. For Moses, path is the prefix (X -> X.en, X.ko; "X.en" is accepted too).
std::unique_ptr<PairWriter> OpenPairWriter(const std::string& path, const WriterOptions& options);

// Moses prefix for a path given as the prefix, X.en or X.ko (optionally .gz/.zst after it);
// the returned suffix is the compression suffix ("" / ".gz" / ".zst").
struct MosesPaths {
  std::string en;
  std::string ko;
};
MosesPaths ResolveMosesPaths(const std::string& path);

}  // namespace kobi::corpora
