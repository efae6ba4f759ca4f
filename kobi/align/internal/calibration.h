// Calibration of alignment scores to [0, 1]. Private to kobi::align.
//
// Logistic maps of the bead score terms, set by hand so that the score orders pairs well and
// reads as a confidence; they are checked (not fitted) on the align-dev sets, where precision
// falls with the threshold as it should: strict precision among the top 50% / 80% / 100% of
// predicted pairs is 0.99 / 0.98 / 0.97 (see docs/align.md, "Calibration").
#pragma once

#include <cmath>

namespace kobi::align::internal {

inline double Logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }

// Probability that a sentence pair is a translation, from its weighted length and evidence
// terms (BeadParts::length, BeadParts::evidence) under the prior length model.
inline double PairProbability(double length, double evidence) {
  return Logistic(1.2 + 0.9 * length + 0.8 * evidence);
}

// Probability that a predicted bead is right, from its own score terms and its shape prior
// (all in DP units).
inline double BeadProbability(double length, double evidence, double prior) {
  return Logistic(1.0 + 0.5 * length + 0.4 * evidence + 0.3 * prior);
}

// Probability that a predicted 1-0/0-1 bead is right (the sentence has no counterpart).
inline double DeletionProbability(double length) { return Logistic(1.0 + 0.0 * length); }

}  // namespace kobi::align::internal
