// Internals shared by corpus_builder.cc (BuildCorpus, MergeCorpusParts) and corpus_batch.cc
// (the steps of a distributed build): the build over a range of the manifest's documents and
// the four output files written together.
//
//   kobi::corpora::internal::RangeSpec spec;  spec.first = 100;  spec.count = 50;
//   auto report = kobi::corpora::internal::BuildCorpusRange("docs.tsv", "part", options, spec);
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/align/lexicon.h"
#include "kobi/core/output_file.h"
#include "kobi/corpora/corpus_builder.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/formats.h"

namespace kobi::corpora::internal {

// Which documents of the manifest to build, and with what.
struct RangeSpec {
  std::size_t first = 0;         // 0-based index of the first document
  std::size_t count = SIZE_MAX;  // documents from `first` (clipped to the manifest)
  // The corpus lexicon learned over the whole manifest (used when options.corpus_lexicon and
  // the manifest has more than one document); null: learn it here (pass 1 over every document).
  const std::vector<align::LexiconEntry>* lexicon = nullptr;
  std::vector<PairKey>* keys = nullptr;  // receives the dedup key of every pair written
};

CorpusReport BuildCorpusRange(const std::string& manifest, const std::string& out_dir,
                              const CorpusOptions& options, const RangeSpec& spec);

// Pass 1 over documents [first, first + count): LexiconTrainer::Save() text.
std::string LexiconCountsRange(const std::string& manifest, const CorpusOptions& options,
                               std::size_t first, std::size_t count);


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
