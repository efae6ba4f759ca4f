// Sentence alignment of many document pairs (`kobi align --batch`, kobi.align_batch): every
// document is aligned on worker threads and, by default, twice, with a lexicon learned from
// the confident beads of all documents joining the dictionary of the second pass
// (kobi/align/lexicon.h CorpusLexicon). Results come back in input order and do not depend on
// the thread count: pass 1's alignments feed the lexicon in document order.
//
//   std::vector<kobi::align::BatchDocument> docs = {{"en page 1", "ko page 1"}, ...};
//   kobi::align::BatchOptions o;                     // o.align: kobi/align/aligner.h options
//   o.threads = 4;
//   std::vector<kobi::align::PageAlignment> r = kobi::align::AlignBatch(docs, o);
//   // r[i]: the sentences of docs[i] and their alignment, as AlignPages/AlignSentences give
//   // them with the options of the second pass
//
// The streaming form (AlignBatch with BatchCallbacks) reads each document when a worker needs
// it (once per pass) and hands each result over as soon as its turn comes, so a batch larger
// than memory can be written document by document; the CLI uses it.
//
// The second pass runs when corpus_lexicon is set, options.align.learn_lexicon is set, the
// source is English and there are at least two documents; otherwise each document is aligned
// once on its own (as AlignPages / AlignSentences). Errors are those of the aligner and of the
// callbacks; an exception in a worker is rethrown on the calling thread.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "kobi/align/aligner.h"

namespace kobi::align {

// One document pair: two raw pages (AlignPages) or, presplit, two lists of segments
// (AlignSentences; the pages are then ignored).
struct BatchDocument {
  std::string en_page, ko_page;
  bool presplit = false;
  std::vector<std::string> en, ko;  // presplit segments
};

struct BatchOptions {
  AlignOptions align;          // resources (kobi/align/resources.h) applied by the caller
  bool corpus_lexicon = true;  // the second pass with the corpus-wide lexicon
  unsigned threads = 0;        // 0 = all cores; results are the same for any value
  bool progress = false;       // a progress line on stderr (a terminal only; kobi/core/progress.h)
  std::string progress_label = "align";
};

// What a batch learned between its passes.
struct BatchLexicon {
  bool used = false;        // a second pass ran
  std::size_t entries = 0;  // lexicon entries learned
  std::size_t pairs = 0;    // confident pairs they were learned from
};

struct BatchCallbacks {
  // The sides of document i (0 <= i < count). Called on worker threads, once per pass.
  std::function<BatchDocument(std::size_t i)> load;
  // Optional: document i's final alignment, on a worker thread, with the options it was
  // aligned with (the second pass's: the dictionary includes the learned lexicon), e.g. to
  // format and write it; it may add to result.alignment.warnings.
  std::function<void(std::size_t i, PageAlignment& result, const AlignOptions& options)> aligned;
  // Optional: then on the calling thread, in input order.
  std::function<void(std::size_t i, PageAlignment&& result)> done;
  // Optional: after pass 1, on the calling thread (before any `aligned` call of pass 2).
  std::function<void(const BatchLexicon& lexicon)> lexicon;
};

// Aligns one document as every pass of AlignBatch does.
PageAlignment AlignDocument(const BatchDocument& document, const AlignOptions& options);

// Streaming form: documents 0..count-1 through the callbacks. Returns what the batch learned.
BatchLexicon AlignBatch(std::size_t count, const BatchOptions& options,
                        const BatchCallbacks& callbacks);

// In-memory form: the alignments of `documents`, in input order.
std::vector<PageAlignment> AlignBatch(const std::vector<BatchDocument>& documents,
                                      const BatchOptions& options, BatchLexicon* lexicon = nullptr);

}  // namespace kobi::align
