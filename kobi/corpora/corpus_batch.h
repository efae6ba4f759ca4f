// A corpus build cut into batches of documents, for many machines (`python3 -m kobi.dask
// build`, docs/distributed.md). Run in this order, the steps give byte for byte what
// BuildCorpus writes for the whole manifest, for any number and size of batches:
//
//   0. ReadManifestBatches reads the manifest once (on the driver) and cuts it into batches;
//      each batch carries its own entries, so the machine that runs it never reads the manifest;
//   1. CorpusBatchLexiconCounts on every batch (pass 1 of the corpus lexicon, per batch), then
//      TrainCorpusLexicon on all the counts in manifest order (skip both when
//      options.corpus_lexicon is false or the manifest has one document: pass "" below);
//   2. BuildCorpusBatch on every batch into its own part folder, with that lexicon: the part's
//      corpus files, report.json, and the dedup key of each pair it kept;
//   3. in manifest order, the keys an earlier batch already gave mark the pairs to drop (only
//      keys travel, 16 bytes a pair); FinishCorpusBatch on every batch drops them;
//   4. AssembleCorpus concatenates the finished parts into the output folder, or, for a corpus
//      too large for one file, FinishCorpusBatch writes each part as
//      corpus-NNNNN.tsv.zst (PartitionName) and AssembleCorpus writes index.json beside them.
//
// Every step writes its files atomically (kobi/core/output_file.h) and depends only on its
// inputs, so a step that is run again (a lost machine) writes the same bytes.
//
//   std::vector<kobi::corpora::CorpusBatch> b = kobi::corpora::ReadManifestBatches("docs.tsv",
//   100); std::string counts = kobi::corpora::CorpusBatchLexiconCounts(b[0], options); std::string
//   lexicon = kobi::corpora::TrainCorpusLexicon({counts /*, other batches */});
//   std::vector<kobi::corpora::PairKey> keys;
//   kobi::corpora::BuildCorpusBatch(b[0], "parts/0", options, lexicon, keys);
//   kobi::corpora::FinishCorpusBatch("parts/0", {});      // indices into keys to drop
//   kobi::corpora::AssembleCorpus({"parts/0"}, "out");
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kobi/corpora/corpus_builder.h"
#include "kobi/corpora/dedup.h"

namespace kobi::corpora {

// One document pair of a manifest, as written there (paths relative to the manifest's folder).
struct ManifestEntry {
  std::string en, ko;
  std::uint64_t line = 0;  // its line in the manifest (errors name it)
  bool operator==(const ManifestEntry&) const = default;
};

// Consecutive document pairs of a manifest (blank and comment lines not counted), with what a
// batch needs to know of the whole manifest, so that whoever runs it does not read it.
struct CorpusBatch {
  std::string manifest;       // its path: resolves relative entries, named in errors and reports
  std::string checksum;       // XXH3-128 (hex) of the whole manifest, recorded in reports
  std::size_t documents = 0;  // document pairs in the whole manifest
  std::vector<ManifestEntry> entries;
  bool operator==(const CorpusBatch&) const = default;
};

// Reads the manifest once and cuts it into batches of `batch_size` (>= 1) document pairs, in
// manifest order (one empty batch for an empty manifest). InputError for a bad line; documents
// are not checked (each batch checks its own).
std::vector<CorpusBatch> ReadManifestBatches(const std::string& manifest, std::size_t batch_size);

// The number of document pairs in the manifest; InputError for a bad line.
std::size_t CountManifestDocuments(const std::string& manifest);

// Step 1: the corpus-lexicon counts of a batch (align::LexiconTrainer::Save text, UTF-8).
std::string CorpusBatchLexiconCounts(const CorpusBatch& batch, const CorpusOptions& options);
// The counts of every batch, in manifest order -> the lexicon (align::FormatLexicon text).
std::string TrainCorpusLexicon(const std::vector<std::string>& counts);

// Step 2: builds a batch into part_dir (corpus.tsv/en/ko/tmx, report.json/md/txt) as
// BuildCorpus builds the whole manifest, aligning with `lexicon` (from TrainCorpusLexicon;
// ignored unless options.corpus_lexicon and the manifest has more than one document). `keys`
// receives the dedup key of each pair written, in order. Throws as BuildCorpus does for the
// batch's documents.
CorpusReport BuildCorpusBatch(const CorpusBatch& batch, const std::string& part_dir,
                              const CorpusOptions& options, const std::string& lexicon,
                              std::vector<PairKey>& keys);

// Step 3: writes part_dir/final.{tsv,en,ko,tmx,json} without the pairs at the (increasing)
// indices `drop` of its corpus.tsv, counted as corpus duplicates in final.json; and, when
// `partition` is not empty, final.tsv again to that path (compressed if .zst/.gz).
void FinishCorpusBatch(const std::string& part_dir, const std::vector<std::uint64_t>& drop,
                       const std::string& partition = "");

// "corpus-00012.tsv.zst": the partition of batch `index` (0-based).
std::string PartitionName(std::size_t index);

// Step 4: the finished parts, in manifest order -> out_dir/corpus.{tsv,en,ko,tmx} and
// report.{json,md,txt}, as BuildCorpus(manifest, out_dir) writes them (`manifest` as the user
// named it: report.json records it; the manifest is not read again, its checksum comes from
// the batches). With `partitioned`, the corpus stays in the partitions
// FinishCorpusBatch wrote to out_dir/PartitionName(i) and index.json lists them:
//   {"partitions": [{"file": "corpus-00000.tsv.zst", "first_document": 0, "documents": 64,
//                    "pairs": 812}, ...], "documents": N, "pairs": M}
// Throws InputError for a part that is not a finished part of the same manifest.
CorpusReport AssembleCorpus(const std::vector<std::string>& part_dirs, const std::string& out_dir,
                            const std::string& manifest, bool partitioned = false);

}  // namespace kobi::corpora
