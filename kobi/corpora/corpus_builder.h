// Builds a clean parallel corpus from a manifest of document pairs (`kobi corpus build`).
//
// Manifest: one document pair per line, "en_path<TAB>ko_path" with an optional third column
// (a score, as `kobi docalign` writes, ignored; relative paths are relative to
// the manifest's folder; blank lines and lines starting with '#' are skipped). Every pair is
// segmented and sentence-aligned exactly as `kobi align` does (align::AlignPages with the same
// defaults: the bundled glossary unless CleanOptions says otherwise), each bead with text on
// both sides becomes a candidate pair, which is cleaned (Cleaner) and deduplicated across the
// whole corpus (first occurrence in manifest order wins). A document whose alignment shows the
// pages are not translations of each other (see DocumentVerdict) gives no pairs unless
// keep_unrelated. Documents are processed on `threads` threads; results are consumed in
// manifest order, so the output is byte-identical for any thread count.
//
// Bad documents: missing, unreadable or invalid UTF-8 is an error (InputError naming the
// manifest line or the document's line) unless skip_bad (skipped, named in the report) or,
// for invalid UTF-8, repair (U+FFFD, counted). Every output file is written to a temporary
// file and renamed into place only when the whole corpus is complete, so an interrupted or
// failed run never leaves a truncated corpus where a complete one is expected.
//
// Output in out_dir (created if needed):
//   corpus.tsv   en <TAB> ko <TAB> score <TAB> source: the metadata convention of
//                docs/corpora.md (bead score, 3 decimals; the en path as in the manifest)
//   corpus.en / corpus.ko   the same pairs, one sentence per line (Moses)
//   corpus.tmx   TMX 1.4b, score and source as x-kobi-score / x-kobi-source props
//   report.json / report.md / report.txt   see corpus_report.h
//
// The same build cut into batches for many machines, with the same output: corpus_batch.h.
//
//   kobi::corpora::CorpusOptions options;  options.threads = 0;   // all cores
//   kobi::corpora::CorpusReport r = kobi::corpora::BuildCorpus("docs.tsv", "out", options);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/corpora/cleaner.h"
#include "kobi/corpora/corpus_report.h"

namespace kobi::corpora {

struct CorpusOptions {
  unsigned threads = 1;   // 0 = all cores
  CleanOptions clean;     // cleaning rules, and the glossary/dictionary used to align and score
  bool progress = true;   // progress bar on stderr when it is a terminal
  bool skip_bad = false;  // skip missing, unreadable or invalid-UTF-8 documents
  bool repair = false;    // invalid UTF-8 in a document becomes U+FFFD (counted)
  std::string encoding = "utf-8";  // of the documents: utf-8, cp949 or euc-kr
  bool keep_unrelated = false;     // keep the pairs of documents judged unrelated
  std::string version = "0.1.0";   // written into report.json (the CLI passes its own)
  // Align twice: a lexicon learned from the confident beads of every document (pass 1,
  // kobi/align/lexicon.h) helps align each of them (pass 2). Same result for any thread count.
  bool corpus_lexicon = true;
};

// The verdict on one aligned document pair, from its coverage (align::DocumentCoverage,
// kobi/align/coverage.h: the share of its sentences, both sides, in beads whose pair scores at
// least align::kAdequatePair on its own): unrelated when the coverage is below
// align::kMinCoverage, the threshold docalign's sentence-level check uses too.
std::string_view DocumentVerdict(double coverage);

// Throws InputError for a bad manifest line (file:line) or a bad document (unless skip_bad /
// repair), IoError when the output cannot be written.
CorpusReport BuildCorpus(const std::string& manifest, const std::string& out_dir,
                         const CorpusOptions& options);

// Merges the output folders of consecutive parts of one manifest (each built by BuildCorpus,
// e.g. on different machines), in order, into out_dir as if the whole manifest had been built
// at once: corpus.tsv/en/ko/tmx concatenated with pairs already given by an earlier part dropped
// (first occurrence in manifest order, the same key as BuildCorpus), and the reports merged
// (MergeReports + UncountKept). Throws InputError for a part whose corpus.tsv or report.json is
// not a kobi corpus build's, UsageError for parts built with different options.
CorpusReport MergeCorpusParts(const std::vector<std::string>& part_dirs,
                              const std::string& out_dir);

}  // namespace kobi::corpora
