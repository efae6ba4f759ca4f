// Builds a clean parallel corpus from a manifest of document pairs (`kobi corpus build`).
//
// Manifest: one document pair per line, "en_path<TAB>ko_path" (relative paths are relative to
// the manifest's folder; blank lines and lines starting with '#' are skipped). Every pair is
// segmented and sentence-aligned (align::AlignPages), each bead with text on both sides becomes
// a candidate pair, which is cleaned (Cleaner) and deduplicated across the whole corpus (first
// occurrence in manifest order wins). Documents are processed on `threads` threads; results
// are consumed in manifest order, so the output is byte-identical for any thread count.
//
// Output in out_dir (created if needed):
//   corpus.tsv   en <TAB> ko <TAB> bead score (3 decimals) <TAB> source document (en path)
//   corpus.en / corpus.ko   the same pairs, one sentence per line (Moses)
//   corpus.tmx   TMX 1.4b with x-kobi-score and x-kobi-source props
//   report.md / report.txt   pairs kept and dropped per rule, length and score histograms
//
//   kobi::corpora::CorpusOptions options;  options.threads = 0;   // all cores
//   kobi::corpora::CorpusReport r = kobi::corpora::BuildCorpus("docs.tsv", "out", options);
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "kobi/corpora/cleaner.h"

namespace kobi::corpora {

struct CorpusOptions {
  unsigned threads = 1;  // 0 = all cores
  CleanOptions clean;
  bool progress = true;  // progress bar on stderr when it is a terminal
};

struct CorpusReport {
  std::uint64_t documents = 0;
  std::uint64_t beads = 0;
  std::uint64_t unaligned_beads = 0;   // 1-0 / 0-1 beads (a sentence without counterpart)
  CleanStats stats;                    // over candidate pairs (beads with both sides)
  std::array<std::uint64_t, 6> length_histogram{};  // kept pairs by English words
  std::array<std::uint64_t, 10> score_histogram{};  // kept pairs by bead score (tenths)
  std::vector<std::string> warnings;   // aligner warnings, prefixed with the document

  // The report as Markdown (report.md) or plain text (report.txt).
  std::string ToMarkdown() const;
  std::string ToText() const;
};

// Throws InputError for a bad manifest line (file:line) or unreadable document, IoError when
// the output cannot be written.
CorpusReport BuildCorpus(const std::string& manifest, const std::string& out_dir,
                         const CorpusOptions& options);

}  // namespace kobi::corpora
