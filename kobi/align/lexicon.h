// A word-unit translation lexicon learned from aligned sentence pairs of many documents:
// `kobi lexicon train`, and the corpus-wide second pass of `kobi align --batch` and
// `kobi corpus build`.
//
// Units are the aligner's lexicon units: the first five letters of an English word (lowercase,
// three letters or more, no digit, not a function word) and the first two syllables of a
// Korean word. LexiconTrainer counts how often each English unit and each Korean unit occur in
// the same pair; Train() keeps the unit pairs seen together at least `min_count` times with a
// Dice coefficient of at least `min_dice`, each the other's best partner (the rule of the
// per-document lexicon, docs/align.md). Entries print as dictionary lines `en*<TAB>ko*` (plus
// count and Dice), which align::Dictionary reads as unit entries, so `--dictionary LEX` uses
// them. Results depend only on the order of the added pairs.
//
//   kobi::align::LexiconTrainer trainer;
//   trainer.AddPair("The president spoke.", "대통령이 말했다.");   // ... many pairs
//   std::vector<kobi::align::LexiconEntry> lex = trainer.Train({});
//   std::string text = kobi::align::FormatLexicon(lex);          // "presi*\t대통*\t12\t0.857\n"...
//
// CorpusLexicon runs the two passes of a batch: align every document (pass 1) and Add() its
// alignment in document order; Finish() trains on the confident 1-1 beads of all documents and
// returns the options for pass 2 (the caller's dictionary plus the learned entries).
//
// A distributed batch build (kobi/corpora/corpus_batch.h) counts each batch of documents on its
// own machine, ships the counts as text (Save/Load) and merges them in document order (Merge):
// the merged trainer trains exactly as one trainer fed every pair in that order.
//
//   kobi::align::LexiconTrainer a = kobi::align::LexiconTrainer::Load(batch1_counts, "batch 1");
//   a.Merge(kobi::align::LexiconTrainer::Load(batch2_counts, "batch 2"));
//   std::string lexicon = kobi::align::FormatLexicon(a.Train({}));
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kobi/align/aligner.h"
#include "kobi/align/dictionary.h"

namespace kobi::align {

struct LexiconEntry {
  std::string en, ko;  // units
  int count = 0;       // pairs in which both occur
  double dice = 0;
};

struct LexiconOptions {
  int min_count = 2;
  double min_dice = 0.6;
};

class LexiconTrainer {
 public:
  // One sentence pair (English, Korean).
  void AddPair(std::string_view en, std::string_view ko);
  // The 1-1 beads of an alignment with a score of at least `min_score`.
  void AddAlignment(const std::vector<std::string>& en, const std::vector<std::string>& ko,
                    const Alignment& alignment, double min_score = 0.8);
  std::size_t pairs() const { return pairs_; }
  // Entries sorted by English unit, then Korean unit.
  std::vector<LexiconEntry> Train(const LexiconOptions& options);

  // The counts as text ("kobi-lexicon-counts 1" header; units in order of first occurrence).
  std::string Save();
  // Parses Save() text; throws InputError(name, line, …) when it is not.
  static LexiconTrainer Load(std::string_view text, const std::string& name);
  // Adds the counts of a trainer fed the pairs that come after this one's.
  void Merge(LexiconTrainer later);

 private:
  std::uint32_t Intern(std::unordered_map<std::string, std::uint32_t>& ids,
                       std::vector<std::string>& names, std::string unit);
  void Compact();
  std::unordered_map<std::string, std::uint32_t> en_ids_, ko_ids_;
  std::vector<std::string> en_names_, ko_names_;
  std::unordered_map<std::uint32_t, int> en_count_, ko_count_;
  std::vector<std::uint64_t> buffer_;                             // en << 32 | ko, unsorted
  std::vector<std::pair<std::uint64_t, std::uint32_t>> counted_;  // sorted, with counts
  std::size_t pairs_ = 0;
};

// `en*<TAB>ko*<TAB>count<TAB>dice` lines.
std::string FormatLexicon(const std::vector<LexiconEntry>& entries);
// Parses FormatLexicon() text (count and Dice as written); throws InputError(name, line, …).
std::vector<LexiconEntry> ParseLexicon(std::string_view text, const std::string& name);

class CorpusLexicon {
 public:
  explicit CorpusLexicon(const AlignOptions& options, LexiconOptions lexicon = {})
      : options_(options), lexicon_options_(lexicon) {}
  // Pass 1: a document's sentences and alignment; call in document order.
  void Add(const std::vector<std::string>& en, const std::vector<std::string>& ko,
           const Alignment& alignment) {
    trainer_.AddAlignment(en, ko, alignment);
  }
  // Trains; the options for pass 2 (valid while this object lives).
  const AlignOptions& Finish();
  // The options for pass 2 with entries trained elsewhere (e.g. on every batch of a
  // distributed build) instead of this object's own counts.
  const AlignOptions& Finish(const std::vector<LexiconEntry>& entries);
  std::size_t entries() const { return entries_; }
  std::size_t pairs() const { return trainer_.pairs(); }

 private:
  AlignOptions options_;
  LexiconOptions lexicon_options_;
  LexiconTrainer trainer_;
  std::unique_ptr<Dictionary> dictionary_;
  std::size_t entries_ = 0;
};

}  // namespace kobi::align
