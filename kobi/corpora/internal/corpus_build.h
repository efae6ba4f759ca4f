// Internals shared by corpus_builder.cc (BuildCorpus, MergeCorpusParts) and corpus_batch.cc
// (the steps of a distributed build): the manifest reader, the build of a batch of documents and
// the four output files written together.
//
//   kobi::corpora::CorpusBatch all = kobi::corpora::internal::ReadManifest("docs.tsv");
//   auto report = kobi::corpora::internal::BuildCorpusDocuments(all, "out", options, nullptr,
//                                                               nullptr);
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/align/lexicon.h"
#include "kobi/core/output_file.h"
#include "kobi/corpora/corpus_batch.h"
#include "kobi/corpora/corpus_builder.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/formats.h"

namespace kobi::corpora::internal {

// Every document pair of a manifest (not checked for existence), its count and checksum.
CorpusBatch ReadManifest(const std::string& manifest);

// Builds the batch's documents into out_dir. `lexicon`: the corpus lexicon learned over the
// whole manifest (used when options.corpus_lexicon and the manifest has more than one
// document); null: learn it here (pass 1 over the batch's documents, which for BuildCorpus are
// all of them). `keys`, when not null, receives the dedup key of every pair written.
CorpusReport BuildCorpusDocuments(const CorpusBatch& batch, const std::string& out_dir,
                                  const CorpusOptions& options,
                                  const std::vector<align::LexiconEntry>* lexicon,
                                  std::vector<PairKey>* keys);

// Pass 1 over the batch's documents: LexiconTrainer::Save() text.
std::string LexiconCounts(const CorpusBatch& batch, const CorpusOptions& options);

// corpus.tsv / .en / .ko / .tmx under one prefix (dir/corpus or dir/final), each committed only
// by Close().
class CorpusWriters {
 public:
  CorpusWriters(const std::string& dir, const std::string& stem,
                const std::vector<std::string>& inputs);
  // A pair with extra = {score text, source}.
  void Write(Pair& pair);
  void Close();

 private:
  OutputFile tsv_, en_, ko_;
  std::unique_ptr<PairWriter> tmx_;
};

}  // namespace kobi::corpora::internal
