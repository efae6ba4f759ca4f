// Steps shared by `kobi corpus build` (corpus_builder.cc) and `kobi review` (review.cc), so a
// review aligns and judges documents exactly as the build did: reading a document (with
// --repair), pass 1 (the corpus lexicon learned across documents) and a document's coverage.
//
//   std::uint64_t repaired = 0;
//   std::string en = ReadDocument("a.en.txt", false, "utf-8", repaired);
//   align::CorpusLexicon lexicon(options);
//   align::AlignOptions pass2 = LearnCorpusLexicon(paths, options, lexicon, false, "utf-8", 1,
//   true);
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kobi/align/aligner.h"
#include "kobi/align/lexicon.h"
#include "kobi/align/pair_scorer.h"
#include "kobi/corpora/cleaner.h"

namespace kobi::corpora::internal {

// XXH3-128 of `data` as 32 hex digits (report.json's manifest checksum).
std::string Checksum128(std::string_view data);

// Reads a document in `encoding` (utf-8, cp949 or euc-kr; conversion errors name the line);
// invalid UTF-8 is repaired (counted in `repaired`) or an InputError naming its line (with a
// hint at --repair).
std::string ReadDocument(const std::string& path, bool repair, const std::string& encoding,
                         std::uint64_t& repaired);

// Pass 1 of a batch: aligns every document pair given (resolved paths; nullopt = left out, as
// a missing one), in order, on `threads` threads, and learns a lexicon from their confident
// beads into `lexicon` (constructed with `options`, those of pass 1). A document that cannot be
// read is left out. Returns the options of pass 2 (the caller's dictionary plus the learned
// entries), which refer to `lexicon`: keep it alive while they are used.
// Pass 1's alignments: every readable document pair given (nullopt = left out), aligned with
// `options` on `threads` threads and handed to `add` in order. Unreadable ones are left out.
void AlignPassOne(const std::vector<std::optional<std::pair<std::string, std::string>>>& documents,
                  const align::AlignOptions& options, bool repair, const std::string& encoding,
                  unsigned threads, bool progress,
                  const std::function<void(const align::PageAlignment&)>& add);

align::AlignOptions LearnCorpusLexicon(
    const std::vector<std::optional<std::pair<std::string, std::string>>>& documents,
    const align::AlignOptions& options, align::CorpusLexicon& lexicon, bool repair,
    const std::string& encoding, unsigned threads, bool progress);

// The share of a document's sentences (both sides) in beads whose pair, judged on its own by
// `scorer`, scores at least align::kAdequatePair (align::DocumentCoverage), and the number of
// candidate beads (both sides non-empty) and their mean score.
struct DocumentJudgement {
  std::uint64_t candidates = 0;
  double mean_score = 0;
  double coverage = 0;
};
DocumentJudgement JudgeDocument(const align::PageAlignment& pa, const align::PairScorer& scorer);

// The judges of pass 2: the adequacy scorer (document coverage, JudgeDocument) and the cleaner,
// both with `dictionary`, the dictionary pass 2 aligns with (the caller's --dictionary plus the
// corpus lexicon learned in pass 1, or either alone), so the clean step of a build uses the
// lexicon it learned the way it uses a --dictionary (its coverage term, align::PairScorer).
//
//   PassTwoJudges judges(options.clean, pass2.dictionary);
//   Verdict v = judges.cleaner.Check(en, ko);
struct PassTwoJudges {
  PassTwoJudges(const CleanOptions& clean, const align::Dictionary* dictionary);
  CleanOptions options;  // `clean` with `dictionary`
  align::PairScorer scorer;
  Cleaner cleaner;
};

}  // namespace kobi::corpora::internal
