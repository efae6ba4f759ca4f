// Inverted index over page keys, key weights and the calibrated page-pair score of document
// alignment. Private to kobi::align.
//
// A key's weight on one side is its inverse page frequency among the other side's pages:
// w = log(1 + (N + 10) / (df + 1)), and 0 for a key no page of the other side has (it can
// discriminate nothing). A pair's score (docs/docalign.md) is a logistic function of the share
// of both pages' item weight matched in the other page, the number of matched keys, the
// length ratio and URL agreement.
//
//   KeyIndex ko_index(ko_pages);   DocSide en;  en.pages = ...;  en.Weigh(ko_index);
//   double p = ScorePages(en, i, ko, j);
#pragma once

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "kobi/align/internal/doc_keys.h"

namespace kobi::align::internal {

// Pages holding each target key: CSR arrays over sorted unique keys.
class KeyIndex {
 public:
  explicit KeyIndex(const std::vector<PageKeys>& pages);
  // [begin, end) of the page numbers whose targets hold `key` (ascending); empty if none.
  std::pair<const int*, const int*> Postings(std::uint32_t key) const;
  int pages() const { return pages_; }

 private:
  int pages_ = 0;
  std::vector<std::uint32_t> keys_;
  std::vector<int> begin_;  // keys_.size() + 1
  std::vector<int> postings_;
};

struct DocSide {
  std::vector<PageKeys> pages;
  // Per page, per category: the weight of each item (parallel to PageKeys::items) and the sum.
  std::vector<std::array<std::vector<float>, kDocCategoryCount>> weights;
  std::vector<std::array<double, kDocCategoryCount>> totals;
  // Sets weights from the other side's index.
  void Weigh(const KeyIndex& other);
};

// What a page pair's score is made of (both directions summed).
struct PairTerms {
  double matched = 0;      // weighted, category factors applied
  double total = 0;        // weighted items of both pages
  double coverage_en = 0;  // share of the English page's item weight found in the Korean page
  double coverage_ko = 0;
  int matched_keys = 0;    // number of matched items, both directions
  double length_z = 0;     // standardised deviation of the character ratio
  bool url_match = false;  // the URLs without language markers are equal
};
PairTerms ComputeTerms(const DocSide& en, int i, const DocSide& ko, int j);

// Calibrated probability in [0, 1] that the pages translate each other.
double PairScore(const PairTerms& t);
inline double ScorePages(const DocSide& en, int i, const DocSide& ko, int j) {
  return PairScore(ComputeTerms(en, i, ko, j));
}

}  // namespace kobi::align::internal
