// Review pages for aligned documents (`kobi review`): a folder of static, offline HTML pages
// where a person looks at the alignment of each document pair, sees the evidence of each bead,
// accepts, rejects, merges or splits beads, and exports the result (a beads file that
// `kobi eval align` reads as gold, and a TSV of the accepted pairs).
//
// The pages need more than a corpus build keeps (sentences, beads, evidence, the segments cut
// as furniture), so WriteReview() aligns the documents again, exactly as the build did: the
// documents of DIR/report.json (paths resolved against the manifest named there), with the
// options recorded in the report (glossary, dictionary, corpus lexicon, repair, cleaning
// rules), the same two passes (corpus lexicon) and the same cleaning and dedup, so each bead
// says whether its pair went into the corpus or which rule dropped it. Every document's count
// of kept pairs is checked against the report; a difference (documents or options changed
// since the build) is a warning in ReviewResult. For an `align --batch` job list the documents
// are aligned as `kobi align --batch` aligns them (no cleaning; verdict from coverage).
//
// Output (out_dir, created): index.html, doc/NNNN.html (one per document that was aligned),
// review.js, review.css. Each file is written atomically. The pages load nothing from the
// network and keep review state in the browser's localStorage, keyed by a hash of the
// document's sentences, so state survives a reload and never applies to a changed document.
//
//   kobi::corpora::ReviewOptions options;
//   kobi::corpora::ReviewResult r = kobi::corpora::WriteReview("out/corpus", "out/review",
//   options);
//   // open out/review/index.html
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kobi/corpora/cleaner.h"

namespace kobi::corpora {

struct ReviewOptions {
  unsigned threads = 1;  // 0 = all cores; pages do not depend on it
  bool progress = true;  // progress bar on stderr when it is a terminal
  // Glossary and dictionary of the build (not owned). A corpus built with a custom glossary
  // (-g) or a dictionary must be reviewed with the same ones: the report records that one was
  // used, and WriteReview throws UsageError when it is not given. Other fields of `clean` are
  // taken from the report.
  const glossary::Glossary* glossary = nullptr;
  bool use_glossary = true;  // batch lists only (a corpus report says which glossary it used)
  const align::Dictionary* dictionary = nullptr;
  // Corpus folders: the manifest to resolve document paths with, instead of the one named in
  // report.json (a build run from another folder, or a moved manifest). Single-part reports.
  std::string manifest;
  bool corpus_lexicon = true;  // batch lists: the --no-corpus-lexicon of `align --batch`
  std::string version;         // written into the pages' footer
};

struct ReviewResult {
  std::uint64_t documents = 0;  // entries of the index
  std::uint64_t pages = 0;      // document pages written (skipped documents have none)
  std::vector<std::string> warnings;
};

// `source` is a corpus build folder (holding report.json) or an `align --batch` job list.
// Throws InputError / IoError naming the file (report, manifest, list, document) on bad or
// missing input, UsageError when the glossary/dictionary of the build are not given.
ReviewResult WriteReview(const std::string& source, const std::string& out_dir,
                         const ReviewOptions& options);

}  // namespace kobi::corpora
