// The report of a corpus build (report.json, report.md, report.txt), and how reports of parts
// of a corpus merge into the report of the whole.
//
// A report has one entry per document pair of the manifest, in manifest order, and totals.
// Document entries depend on that document only (its sentences, beads, cleaning, duplicates
// within the document, verdict), never on batching or thread count. Totals are the sums of
// the entries, plus what only the whole corpus knows: pairs dropped because an earlier document
// (in manifest order) already gave them (`corpus_duplicates`) and the histograms of the pairs
// finally kept. So a distributed build merges its parts with MergeReports() and then counts
// each pair it drops as a duplicate of an earlier part with CountCorpusDuplicate().
//
//   kobi::corpora::CorpusReport a = kobi::corpora::ParseReportJson(ReadAll("p1/report.json"),
//   "p1/report.json"); kobi::corpora::CorpusReport b =
//   kobi::corpora::ParseReportJson(ReadAll("p2/report.json"), "p2/report.json");
//   kobi::corpora::CorpusReport whole = kobi::corpora::MergeReports({a, b});
//   std::string json = whole.ToJson();
//
// report.json fields are listed in docs/corpora.md ("Reports").
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kobi::corpora {

// What the build concluded about a document pair.
inline constexpr std::string_view kDocOk = "ok";
inline constexpr std::string_view kDocUnrelated = "unrelated";  // pages are not translations
inline constexpr std::string_view kDocSkipped = "skipped";      // missing/unreadable/bad UTF-8

struct DocumentReport {
  std::string en, ko;  // paths as written in the manifest
  std::string verdict = std::string(kDocOk);
  std::string skip_reason;  // why a skipped document was skipped
  std::uint64_t sentences_en = 0, sentences_ko = 0;
  std::uint64_t beads = 0;
  std::uint64_t unaligned_beads = 0;  // 1-0 / 0-1 beads
  std::uint64_t candidates = 0;       // beads with both sides
  std::uint64_t kept = 0;             // candidates passing every rule, unique in the document
  // Per rule; "duplicate": within the document; "unrelated": every candidate of a document
  // judged unrelated (not cleaned).
  std::map<std::string, std::uint64_t, std::less<>> dropped;
  std::uint64_t repaired_mojibake = 0;  // pairs whose mojibake was repaired
  std::uint64_t repaired_utf8 = 0;      // invalid UTF-8 sequences replaced (--repair)
  double mean_score = 0;                // mean bead score over candidates (3 decimals)
  double coverage = 0;                // share of sentences in adequate pairs (see DocumentVerdict)
  std::vector<std::string> warnings;  // aligner warnings
  friend bool operator==(const DocumentReport&, const DocumentReport&) = default;
};

struct CorpusTotals {
  std::uint64_t documents = 0, documents_ok = 0, documents_unrelated = 0, documents_skipped = 0;
  std::uint64_t sentences_en = 0, sentences_ko = 0, beads = 0, unaligned_beads = 0;
  std::uint64_t candidates = 0;
  std::uint64_t kept = 0;               // pairs written to the corpus
  std::uint64_t corpus_duplicates = 0;  // pairs an earlier document already gave
  std::map<std::string, std::uint64_t, std::less<>> dropped;
  std::uint64_t repaired_mojibake = 0, repaired_utf8 = 0;
  std::array<std::uint64_t, 6> length_histogram{};  // kept pairs by English words
  std::array<std::uint64_t, 10> score_histogram{};  // kept pairs by bead score (tenths)
  friend bool operator==(const CorpusTotals&, const CorpusTotals&) = default;
};

struct ManifestInfo {
  std::string path;
  std::string xxh3_128;  // checksum of the manifest's bytes, 32 hex digits
  std::uint64_t documents = 0;
  friend bool operator==(const ManifestInfo&, const ManifestInfo&) = default;
};

struct CorpusReport {
  std::string kobi_version;
  std::map<std::string, std::string, std::less<>> options;  // options that shape the output
  std::vector<ManifestInfo> manifests;                      // one per part (one for a single build)
  std::vector<DocumentReport> documents;
  CorpusTotals totals;

  // Adds a document's entry in manifest order and its counts to the totals (all but `kept`).
  void AddDocument(DocumentReport doc);
  // Each kept pair of a document, in order: written to the corpus (kept, histograms), or
  // dropped as a duplicate of an earlier document.
  void CountKept(std::string_view en, double score);
  void CountCorpusDuplicate() { ++totals.corpus_duplicates; }
  // Counts a pair the merge drops as a duplicate of an earlier part: one pair fewer kept
  // (and out of the histograms), one more corpus duplicate.
  void UncountKept(std::string_view en, double score);

  std::string ToJson() const;      // report.json (pretty, stable key order)
  std::string ToMarkdown() const;  // report.md
  std::string ToText() const;      // report.txt
  friend bool operator==(const CorpusReport&, const CorpusReport&) = default;
};

// Histogram buckets: English words of a pair; its score rounded to 3 decimals as written in
// corpus.tsv (so a merge that reads the parts' corpus.tsv counts the same buckets).
std::size_t LengthBucket(std::string_view en);
std::size_t ScoreBucket(double score);

// Parses report.json; throws InputError(name, 0, …) when it is not a kobi corpus report.
CorpusReport ParseReportJson(std::string_view json, const std::string& name);

// Reports of consecutive parts of one manifest, in order -> the report of the whole:
// documents concatenated, totals summed, manifests listed. Throws UsageError when the parts
// were built with different options. Pairs the merged corpus drops as duplicates of earlier
// parts are then counted with UncountKept().
CorpusReport MergeReports(const std::vector<CorpusReport>& parts);

}  // namespace kobi::corpora
