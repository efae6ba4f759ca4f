// Length model for sentence alignment: a Gaussian on the log ratio of character counts
// (whitespace excluded), centred on a ratio estimated per document pair.
//
//   kobi::align::LengthModel m = kobi::align::LengthModel::ForLanguages(kobi::Lang::kEn,
//                                                                       kobi::Lang::kKo);
//   double lp = m.LogScore(120, 58);   // 0 at the expected ratio, negative elsewhere
//
// Calibration (EN–KO, measured on the gold beads of the align-dev sets, see docs/align.md):
// Korean has 0.48 times the non-space characters of English (log ratio -0.73, spread of the
// per-document mean 0.11); around a document's own mean the log ratio of a bead has a standard
// deviation of about sqrt(0.02 + 1.2 / l) for an English length of l characters (0.28 at 20
// characters, 0.15 at 400). For other language pairs the prior mean is 0.
#pragma once

#include <algorithm>
#include <cmath>

#include "kobi/core/lang.h"

namespace kobi::align {

class LengthModel {
 public:
  LengthModel() = default;
  LengthModel(double mean, double base_var, double length_var)
      : mean_(mean), inv_ratio_(std::exp(-mean)), base_var_(base_var), length_var_(length_var) {}

  // Prior for a language pair (source first).
  static LengthModel ForLanguages(Lang source, Lang target);

  // Log ratio of target to source characters expected in this document pair.
  double mean() const { return mean_; }
  void set_mean(double mean) {
    mean_ = mean;
    inv_ratio_ = std::exp(-mean);
  }

  // Standardised deviation z of a bead with the given character counts (both > 0).
  double Z(double source_chars, double target_chars) const {
    double l = 0.5 * (source_chars + target_chars * inv_ratio_);
    double sd = std::sqrt(base_var_ + length_var_ / std::max(l, 1.0));
    return (std::log(target_chars / source_chars) - mean_) / sd;
  }
  // -z^2/2: 0 at the expected ratio.
  double LogScore(double source_chars, double target_chars) const {
    if (source_chars <= 0 || target_chars <= 0) return -8.0;
    double z = Z(source_chars, target_chars);
    return -0.5 * z * z;
  }

  // Estimates the document's mean log ratio from aligned character counts (pairs of
  // source/target counts of confident beads), shrunk towards the prior with `prior_weight`
  // pseudo-beads. Longer beads weigh more.
  template <typename Pairs>
  void Reestimate(const Pairs& pairs, double prior_mean, double prior_weight) {
    double num = prior_mean * prior_weight, den = prior_weight;
    for (const auto& [s, t] : pairs) {
      if (s <= 0 || t <= 0) continue;
      double w = std::min(1.0, (s + t) / 100.0);
      num += w * std::log(static_cast<double>(t) / s);
      den += w;
    }
    set_mean(num / den);
  }

 private:
  double mean_ = 0.0;
  double inv_ratio_ = 1.0;  // exp(-mean_)
  double base_var_ = 0.02;
  double length_var_ = 1.2;
};

inline LengthModel LengthModel::ForLanguages(Lang source, Lang target) {
  if (source == Lang::kEn && target == Lang::kKo) return LengthModel(-0.73, 0.02, 1.2);
  if (source == Lang::kKo && target == Lang::kEn) return LengthModel(0.73, 0.02, 1.2);
  return LengthModel(0.0, 0.02, 1.2);
}

}  // namespace kobi::align
