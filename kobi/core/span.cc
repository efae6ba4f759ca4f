#include "kobi/core/span.h"

#include <algorithm>

namespace kobi {

OffsetMap OffsetMap::Identity(std::size_t size) {
  OffsetMap map;
  map.Add(0, 0);
  map.Add(size, size);
  return map;
}

void OffsetMap::Add(std::size_t derived, std::size_t original) {
  if (!derived_.empty() && derived_.back() == derived && original_.back() == original) return;
  derived_.push_back(derived);
  original_.push_back(original);
}

std::size_t OffsetMap::ToOriginal(std::size_t derived) const {
  if (derived_.empty()) return derived;
  auto it = std::upper_bound(derived_.begin(), derived_.end(), derived);
  if (it == derived_.begin()) return original_.front();
  std::size_t i = static_cast<std::size_t>(it - derived_.begin()) - 1;
  // Inside a region of equal length on both sides, offsets move together.
  std::size_t delta = derived - derived_[i];
  if (i + 1 < derived_.size()) {
    std::size_t dlen = derived_[i + 1] - derived_[i];
    std::size_t olen = original_[i + 1] - original_[i];
    if (dlen == olen) return original_[i] + delta;
    return original_[i];  // inside a replaced region: its start
  }
  return original_[i] + delta;
}

Span OffsetMap::ToOriginal(Span derived) const {
  Span out{ToOriginal(derived.begin), ToOriginal(derived.end)};
  if (derived.end > derived.begin && !derived_.empty()) {
    // End of the region containing end-1.
    auto it = std::upper_bound(derived_.begin(), derived_.end(), derived.end - 1);
    std::size_t i = static_cast<std::size_t>(it - derived_.begin());
    if (i > 0 && i < derived_.size()) {
      std::size_t prev = i - 1;
      std::size_t dlen = derived_[i] - derived_[prev];
      std::size_t olen = original_[i] - original_[prev];
      if (dlen != olen) out.end = original_[i];
    }
  }
  if (out.end < out.begin) out.end = out.begin;
  return out;
}

}  // namespace kobi
