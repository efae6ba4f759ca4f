#include "kobi/align/batch.h"

#include <optional>
#include <utility>

#include "kobi/align/lexicon.h"
#include "kobi/core/lang.h"
#include "kobi/core/parallel.h"
#include "kobi/core/progress.h"

namespace kobi::align {
namespace {

// Progress on stderr only when asked for.
class BatchProgress {
 public:
  BatchProgress(const BatchOptions& options, const std::string& label, std::size_t total) {
    if (options.progress) progress_.emplace(label, total);
  }
  void Advance() {
    if (progress_) progress_->Advance();
  }
  void Finish() {
    if (progress_) progress_->Finish();
  }

 private:
  std::optional<Progress> progress_;
};

// Produces 0, 1, ..., count-1 for OrderedParallelMap::Run (called on the main thread only).
auto Indices(std::size_t count) {
  return [count, next = std::size_t{0}](std::size_t& i) mutable {
    if (next >= count) return false;
    i = next++;
    return true;
  };
}

}  // namespace

PageAlignment AlignDocument(const BatchDocument& document, const AlignOptions& options) {
  if (!document.presplit) return AlignPages(document.en_page, document.ko_page, options);
  PageAlignment a;
  a.alignment = AlignSentences(document.en, document.ko, options);
  a.en = document.en;
  a.ko = document.ko;
  return a;
}

BatchLexicon AlignBatch(std::size_t count, const BatchOptions& options,
                        const BatchCallbacks& callbacks) {
  BatchLexicon learned;
  const AlignOptions* final_options = &options.align;
  std::optional<CorpusLexicon> corpus;
  if (options.corpus_lexicon && options.align.learn_lexicon && options.align.source == Lang::kEn &&
      count > 1) {
    // Pass 1 over every document; the alignments feed the lexicon in document order.
    corpus.emplace(options.align);
    BatchProgress progress1(options, options.progress_label + " pass 1", count);
    OrderedParallelMap<std::size_t, PageAlignment> pm1(options.threads, 1);
    pm1.Run(
        Indices(count),
        [&](std::size_t i) { return AlignDocument(callbacks.load(i), options.align); },
        [&](PageAlignment&& a) {
          corpus->Add(a.en, a.ko, a.alignment);
          progress1.Advance();
        });
    progress1.Finish();
    final_options = &corpus->Finish();
    learned.used = true;
    learned.entries = corpus->entries();
    learned.pairs = corpus->pairs();
    if (callbacks.lexicon) callbacks.lexicon(learned);
  }
  BatchProgress progress(options, options.progress_label, count);
  OrderedParallelMap<std::size_t, std::pair<std::size_t, PageAlignment>> pm(options.threads, 1);
  pm.Run(
      Indices(count),
      [&](std::size_t i) {
        PageAlignment a = AlignDocument(callbacks.load(i), *final_options);
        if (callbacks.aligned) callbacks.aligned(i, a, *final_options);
        return std::make_pair(i, std::move(a));
      },
      [&](std::pair<std::size_t, PageAlignment>&& r) {
        if (callbacks.done) callbacks.done(r.first, std::move(r.second));
        progress.Advance();
      });
  progress.Finish();
  return learned;
}

std::vector<PageAlignment> AlignBatch(const std::vector<BatchDocument>& documents,
                                      const BatchOptions& options, BatchLexicon* lexicon) {
  std::vector<PageAlignment> results(documents.size());
  BatchCallbacks callbacks;
  callbacks.load = [&](std::size_t i) { return documents[i]; };
  callbacks.done = [&](std::size_t i, PageAlignment&& a) { results[i] = std::move(a); };
  BatchLexicon learned = AlignBatch(documents.size(), options, callbacks);
  if (lexicon != nullptr) *lexicon = learned;
  return results;
}

}  // namespace kobi::align
