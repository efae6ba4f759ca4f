// Helpers the align tests share: hand-made sentence features for the scorer and search tests.
#pragma once

#include <string>
#include <vector>

#include "kobi/align/internal/features.h"

namespace kobi::align::testing {

// A sentence of `chars` characters whose numbers are `numbers` (as items and targets).
inline internal::SentenceFeatures Sent(int chars, const std::vector<std::string>& numbers = {}) {
  using internal::kNumber;
  internal::SentenceFeatures f;
  f.chars = chars;
  for (const auto& x : numbers) {
    f.keys[kNumber].items.push_back(internal::HashKey(x, kNumber));
    f.keys[kNumber].targets.push_back(internal::HashKey(x, kNumber));
  }
  internal::Normalize(f.keys[kNumber].items);
  internal::Normalize(f.keys[kNumber].targets);
  return f;
}

}  // namespace kobi::align::testing
