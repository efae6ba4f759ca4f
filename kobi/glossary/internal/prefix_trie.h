// An anchored multi-pattern matcher: a byte-level, path-compressed trie laid out in one
// contiguous array. Private to kobi::glossary (used by Matcher over normalised text).
//
// WalkFrom(text, start) reports every pattern that occurs at text[start...] — the goto
// function of an Aho–Corasick automaton without failure links. The glossary matcher needs
// nothing more, because every glossary match must begin at a word start: it walks once from
// each word start instead of running a full automaton over every byte.
//
// Layout after Build() (see prefix_trie.cc for the exact encoding): nodes are stored in one
// std::vector<std::uint32_t>, breadth-first for the first three bytes and depth-first below. A node
// holds the bytes of the single-child chain leading into it (so a long name is one memcmp-like
// compare, not one state per byte), the pattern ending there, and its children either as a short
// label list or, when the labels are dense (UTF-8 continuation bytes, the root), as a table indexed
// by byte minus the lowest label. A walk touches a few consecutive cache lines per branch point;
// there are no per-state records scattered over tens of megabytes.
//
//   PrefixTrie t;
//   std::uint32_t id = t.Add("seoul");
//   t.Build();
//   t.WalkFrom("seoul-based", 0, [](std::uint32_t pattern, std::size_t begin, std::size_t end) {
//     ...  // pattern == id, begin == 0, end == 5
//   });
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kobi::glossary::internal {

class PrefixTrie {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  // Node offsets are 32-bit: the layout holds fewer words (16 GiB).
  static constexpr std::size_t kMaxWords = 0xFFFFFFFEu;

  // max_words < kMaxWords only for tests of the size limit.
  explicit PrefixTrie(std::size_t max_words = kMaxWords) : max_words_(max_words) {}

  // Adds a non-empty pattern and returns its id (ids are dense from 0). Adding the same bytes
  // twice returns the first id. Throws std::logic_error after Build(), std::invalid_argument
  // for an empty pattern (both bugs of the caller), and kobi::Error (exit 1, not an internal
  // error: a user's glossary can be that large) for a pattern of 4 GiB or more; Build() throws
  // kobi::Error when the layout would not fit in max_words. Matcher turns them into
  // InputErrors naming the glossary.
  std::uint32_t Add(std::string_view pattern);
  // Lays out the trie and frees the pattern strings. Idempotent.
  void Build();

  std::size_t pattern_count() const { return pattern_length_.size(); }
  std::size_t pattern_length(std::uint32_t id) const { return pattern_length_[id]; }
  // After Build(): nodes (branch points, pattern ends and leaves) and bytes of the layout.
  std::size_t node_count() const { return node_count_; }
  std::size_t memory_bytes() const { return words_.size() * sizeof(std::uint32_t); }

  // Calls on_match(pattern_id, start, end) for every pattern equal to text[start, end), in
  // increasing end. Does nothing before Build() or when start > text.size().
  template <typename F>
  void WalkFrom(std::string_view text, std::size_t start, F&& on_match) const {
    if (words_.empty() || start > text.size()) return;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const std::uint32_t* w = words_.data();
    std::size_t i = start;
    std::uint32_t node = 0;
    while (true) {
      const std::uint32_t head = w[node + 1];
      const std::uint32_t chain = head & kChainMask;
      const auto* bytes = reinterpret_cast<const unsigned char*>(w + node + 2);
      if (chain != 0) {
        if (n - i < chain) return;
        for (std::uint32_t k = 0; k < chain; ++k) {
          if (bytes[k] != p[i + k]) return;
        }
        i += chain;
      }
      if (w[node] != kNone) on_match(w[node], start, i);
      const std::uint32_t format = (head >> kFormatShift) & 3u;
      if (format == kLeaf || i >= n) return;
      const std::uint32_t count = ((head >> kCountShift) & 0xFFu) + 1;
      const unsigned char ch = p[i];
      if (format == kSparse) {
        const std::uint32_t k = FindLabel(bytes + chain, count, ch);
        if (k >= count) return;
        node = w[node + 2 + (chain + count + 3) / 4 + k];
      } else {
        const std::uint32_t k = static_cast<std::uint32_t>(ch) - (head >> kLowShift);
        if (k >= count) return;  // also catches ch below the lowest label (wraps around)
        node = w[node + 2 + (chain + 3) / 4 + k];
        if (node == 0) return;  // the root is never a child, so 0 marks a gap
      }
      ++i;
    }
  }

 private:
  // Index of `ch` among the `count` labels at `labels`, or a value >= count. Up to eight labels
  // are compared at once in a 64-bit word (no branch per label: the exit of a byte loop is
  // mispredicted on almost every node); Build() pads the array so the eight-byte read stays
  // inside it.
  static std::uint32_t FindLabel(const unsigned char* labels, std::uint32_t count,
                                 unsigned char ch) {
    if constexpr (std::endian::native == std::endian::little) {
      if (count <= 8) {
        std::uint64_t x;
        std::memcpy(&x, labels, sizeof x);
        x ^= 0x0101010101010101ULL * ch;  // the matching byte becomes zero
        const std::uint64_t zero = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
        // The lowest flagged byte is the first zero byte (higher flags may be borrows).
        return zero == 0 ? count : static_cast<std::uint32_t>(std::countr_zero(zero)) / 8;
      }
    }
    std::uint32_t k = 0;
    while (k < count && labels[k] != ch) ++k;
    return k;
  }

  // Node header word 1: chain length (bits 0-13), format (14-15), child table size - 1 (16-23),
  // lowest label of a range node (24-31). Word 0 is the pattern id or kNone.
  static constexpr std::uint32_t kChainMask = 0x3FFFu;
  static constexpr std::uint32_t kMaxChain = kChainMask;
  static constexpr int kFormatShift = 14;
  static constexpr int kCountShift = 16;
  static constexpr int kLowShift = 24;
  static constexpr std::uint32_t kLeaf = 0, kSparse = 1, kRange = 2;

  std::vector<std::string> patterns_;                   // until Build()
  std::unordered_map<std::string, std::uint32_t> ids_;  // until Build()
  std::vector<std::uint32_t> pattern_length_;
  std::vector<std::uint32_t> words_;
  std::size_t node_count_ = 0;
  bool built_ = false;
  std::size_t max_words_;
};

}  // namespace kobi::glossary::internal
