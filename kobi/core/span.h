// Byte spans and offset maps.
//
// Every position kobi reports is a byte offset into UTF-8 text, half-open [begin, end).
// An OffsetMap relates a derived text (normalised, tokenised) back to the original bytes:
//
//   kobi::OffsetMap map = ...;            // built by whoever derived the text
//   kobi::Span orig = map.ToOriginal({3, 7});
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kobi {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

// Maps byte offsets of a derived string to byte offsets of the original string.
// Built from monotone anchor points: derived offset d_i corresponds to original offset o_i.
// Offsets between anchors map to the anchor at or before them (a derived byte inside a
// replaced region maps to the start of that region). Lifetime: independent of both texts.
class OffsetMap {
 public:
  OffsetMap() = default;
  // Identity map for a text of `size` bytes.
  static OffsetMap Identity(std::size_t size);

  // Appends an anchor; both offsets must be >= the previous anchor's.
  void Add(std::size_t derived, std::size_t original);

  std::size_t ToOriginal(std::size_t derived) const;
  // Maps a span; the end is mapped as the end of the region that contains end-1, so a span
  // over a replaced region covers the whole original region.
  Span ToOriginal(Span derived) const;

  bool empty() const { return derived_.empty(); }

 private:
  std::vector<std::size_t> derived_;
  std::vector<std::size_t> original_;
};

}  // namespace kobi
