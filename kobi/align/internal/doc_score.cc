// Key index, weights and page-pair score; see doc_score.h.
#include "kobi/align/internal/doc_score.h"

#include <algorithm>
#include <cmath>

#include "kobi/align/internal/calibration.h"
#include "kobi/align/length_model.h"

namespace kobi::align::internal {
namespace {

// How much a matched key of each category counts, relative to a number.
constexpr std::array<double, kDocCategoryCount> kCategoryFactor = {
    1.0,  // numbers
    1.0,  // Latin tokens
    1.0,  // names
    0.5,  // glossary entries (often the same names again)
    0.5,  // dictionary entries (many per page)
    3.0,  // URL keys
};

}  // namespace

KeyIndex::KeyIndex(const std::vector<PageKeys>& pages) : pages_(static_cast<int>(pages.size())) {
  std::vector<std::pair<std::uint32_t, int>> all;
  std::size_t n = 0;
  for (const auto& p : pages) {
    for (const auto& t : p.targets) n += t.size();
  }
  all.reserve(n);
  for (int i = 0; i < pages_; ++i) {
    for (const auto& t : pages[i].targets) {
      for (std::uint32_t key : t) all.emplace_back(key, i);
    }
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  postings_.reserve(all.size());
  for (std::size_t a = 0; a < all.size(); ++a) {
    if (a == 0 || all[a].first != all[a - 1].first) {
      keys_.push_back(all[a].first);
      begin_.push_back(static_cast<int>(a));
    }
    postings_.push_back(all[a].second);
  }
  begin_.push_back(static_cast<int>(all.size()));
}

std::pair<const int*, const int*> KeyIndex::Postings(std::uint32_t key) const {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
  if (it == keys_.end() || *it != key) return {nullptr, nullptr};
  auto k = static_cast<std::size_t>(it - keys_.begin());
  const int* base = postings_.data();
  return {base + begin_[k], base + begin_[k + 1]};
}

void DocSide::Weigh(const KeyIndex& other) {
  weights.assign(pages.size(), {});
  totals.assign(pages.size(), {});
  double n = other.pages();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    for (int c = 0; c < kDocCategoryCount; ++c) {
      const KeyVec& items = pages[i].items[c];
      auto& w = weights[i][c];
      w.resize(items.size());
      double sum = 0;
      for (std::size_t k = 0; k < items.size(); ++k) {
        auto [b, e] = other.Postings(items[k]);
        double df = static_cast<double>(e - b);
        w[k] = df == 0 ? 0.0f : static_cast<float>(std::log(1.0 + (n + 10.0) / (df + 1.0)));
        sum += w[k];
      }
      totals[i][c] = sum;
    }
  }
}

namespace {

// Sum of the weights of `items` found in `targets` (both sorted); counts matches in *count.
double Matched(const KeyVec& items, const std::vector<float>& w, const KeyVec& targets,
               int* count) {
  double sum = 0;
  std::size_t a = 0, b = 0;
  while (a < items.size() && b < targets.size()) {
    if (items[a] < targets[b]) {
      ++a;
    } else if (targets[b] < items[a]) {
      ++b;
    } else {
      sum += w[a];
      ++*count;
      ++a;
      ++b;
    }
  }
  return sum;
}

}  // namespace

PairTerms ComputeTerms(const DocSide& en, int i, const DocSide& ko, int j) {
  PairTerms t;
  const PageKeys& a = en.pages[i];
  const PageKeys& b = ko.pages[j];
  double me = 0, ae = 0, mk = 0, ak = 0;
  for (int c = 0; c < kDocCategoryCount; ++c) {
    double f = kCategoryFactor[c];
    int count = 0;
    me += f * Matched(a.items[c], en.weights[i][c], b.targets[c], &count);
    mk += f * Matched(b.items[c], ko.weights[j][c], a.targets[c], &count);
    ae += f * en.totals[i][c];
    ak += f * ko.totals[j][c];
    t.matched_keys += count;
    if (c == kDocUrl && count > 0) t.url_match = true;
  }
  t.matched = me + mk;
  t.total = ae + ak;
  t.coverage_en = ae > 0 ? me / ae : 0;
  t.coverage_ko = ak > 0 ? mk / ak : 0;
  if (a.chars > 0 && b.chars > 0) {
    static const LengthModel kPageLength(-0.73, 0.035, 1.2);
    t.length_z = kPageLength.Z(a.chars, b.chars);
  } else {
    t.length_z = 5;
  }
  return t;
}

double PairScore(const PairTerms& t) {
  double cov = t.matched / (t.total + 3.0);
  double z2 = std::min(t.length_z * t.length_z, 25.0);
  double x =
      -3.4 + 8.0 * cov + 0.6 * std::log1p(t.matched_keys) - 0.25 * z2 + (t.url_match ? 2.0 : 0.0);
  return Logistic(x);
}

}  // namespace kobi::align::internal
