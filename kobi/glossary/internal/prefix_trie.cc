// Path-compressed prefix trie; see prefix_trie.h.
//
// Node encoding (all offsets in 32-bit words from the start of words_; the root is at 0):
//   word 0   pattern id ending at this node, or kNone
//   word 1   chain length | format << 14 | (table size - 1) << 16 | lowest label << 24
//   bytes    the chain (bytes that must follow before this node is reached), then, for a
//            sparse node, one label byte per child; padded to a whole word
//   words    child offsets: one per label (sparse), or one per byte value from the lowest
//            to the highest label (range; 0 where there is no child)
// A node's chain is the single-child path from its parent's edge byte down to the next point
// where a pattern ends or the trie branches (or kMaxChain bytes, whichever comes first).
#include "kobi/glossary/internal/prefix_trie.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include "kobi/core/error.h"

namespace kobi::glossary::internal {
namespace {

// A child table indexed by byte is used when the labels are dense enough that it costs at most
// four words per child (UTF-8 continuation bytes of Hangul, the root); otherwise labels are
// scanned linearly, which for the short lists of a name trie stays within one cache line.
// Nodes whose chain starts within this many bytes are laid out breadth-first (three bytes: one
// Hangul syllable, or three Latin letters).
constexpr std::size_t kBreadthFirstDepth = 3;

bool UseRange(std::uint32_t count, std::uint32_t span) { return count >= 8 && span <= 4 * count; }

}  // namespace

std::uint32_t PrefixTrie::Add(std::string_view pattern) {
  if (built_) throw std::logic_error("PrefixTrie::Add after Build");
  if (pattern.empty()) throw std::invalid_argument("PrefixTrie: empty pattern");
  if (pattern.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw kobi::Error("a glossary form of 4 GiB or more is too long for the matcher");
  }
  const auto next = static_cast<std::uint32_t>(patterns_.size());
  auto [it, inserted] = ids_.try_emplace(std::string(pattern), next);
  if (!inserted) return it->second;
  patterns_.emplace_back(pattern);
  pattern_length_.push_back(static_cast<std::uint32_t>(pattern.size()));
  return next;
}

void PrefixTrie::Build() {
  if (built_) return;
  built_ = true;
  ids_.clear();
  std::vector<std::uint32_t> order(patterns_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return patterns_[a] < patterns_[b]; });
  auto at = [&](std::uint32_t k) -> const std::string& { return patterns_[order[k]]; };

  // Order: breadth-first for the nodes that begin within the first kBreadthFirstDepth bytes
  // (every walk passes through them, so they are packed together: for Korean, every first
  // syllable), then each deeper subtree in depth-first preorder (a name being matched reads
  // consecutive words). Each item is a range [a, b) of sorted patterns sharing their first
  // `depth` bytes, and the word of the parent's child table to patch with the node's offset.
  struct Item {
    std::uint32_t a, b;
    std::size_t depth;
    std::size_t slot;  // npos for the root
  };
  constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
  std::vector<Item> queue;  // breadth-first part
  std::size_t queue_head = 0;
  std::vector<Item> deferred;  // roots of the deeper subtrees, in breadth-first order
  std::size_t deferred_head = 0;
  std::vector<Item> stack;  // depth-first part
  queue.push_back(Item{0, static_cast<std::uint32_t>(order.size()), 0, npos});
  std::vector<std::pair<unsigned char, std::uint32_t>> groups;  // label, first pattern
  while (true) {
    Item item;
    const bool breadth_first = queue_head < queue.size();
    if (breadth_first) {
      item = queue[queue_head++];
    } else if (!stack.empty()) {
      item = stack.back();
      stack.pop_back();
    } else if (deferred_head < deferred.size()) {
      item = deferred[deferred_head++];
    } else {
      break;
    }
    const auto node = static_cast<std::uint32_t>(words_.size());
    if (item.slot != npos) words_[item.slot] = node;
    ++node_count_;

    // The chain: extend while no pattern ends and every pattern has the same next byte.
    std::uint32_t pattern = kNone;
    std::size_t end = item.depth;
    if (item.a < item.b) {
      const std::string& first = at(item.a);
      const std::string& last = at(item.b - 1);
      while (true) {
        if (first.size() == end) {  // sorted: a pattern ending here comes first
          pattern = order[item.a];
          break;
        }
        if (end - item.depth == kMaxChain || first[end] != last[end]) break;
        ++end;
      }
    }
    const std::uint32_t chain = static_cast<std::uint32_t>(end - item.depth);

    groups.clear();
    for (std::uint32_t k = item.a + (pattern != kNone ? 1 : 0); k < item.b; ++k) {
      const auto c = static_cast<unsigned char>(at(k)[end]);
      if (groups.empty() || groups.back().first != c) groups.emplace_back(c, k);
    }
    const auto count = static_cast<std::uint32_t>(groups.size());
    std::uint32_t format = kLeaf, low = 0, slots = 0;
    if (count > 0) {
      low = groups.front().first;
      const std::uint32_t span = groups.back().first - low + 1;
      format = UseRange(count, span) ? kRange : kSparse;
      slots = format == kRange ? span : count;
    }

    words_.push_back(pattern);
    words_.push_back(chain | format << kFormatShift | (slots > 0 ? slots - 1 : 0) << kCountShift |
                     low << kLowShift);
    const std::size_t label_bytes = format == kSparse ? count : 0;
    const std::size_t byte_words = (chain + label_bytes + 3) / 4;
    const std::size_t bytes_at = words_.size();
    // Node offsets are 32-bit; two words of padding follow the last node.
    if (bytes_at + byte_words + slots + 2 > max_words_) {
      throw kobi::Error(
          "the glossary is too large for the matcher (its layout would pass the "
          "limit of 32-bit offsets, 16 GiB)");
    }
    words_.resize(bytes_at + byte_words + slots, 0);
    auto* bytes = reinterpret_cast<unsigned char*>(words_.data() + bytes_at);
    if (chain > 0) std::memcpy(bytes, at(item.a).data() + item.depth, chain);
    const std::size_t table = bytes_at + byte_words;
    for (std::uint32_t g = 0; g < count; ++g) {
      if (format == kSparse) bytes[chain + g] = groups[g].first;
    }
    if (breadth_first) {
      for (std::uint32_t g = 0; g < count; ++g) {
        const std::uint32_t b = g + 1 < count ? groups[g + 1].second : item.b;
        const std::size_t slot = table + (format == kRange ? groups[g].first - low : g);
        const Item child{groups[g].second, b, end + 1, slot};
        (end + 1 <= kBreadthFirstDepth ? queue : deferred).push_back(child);
      }
    } else {
      // Last-first, so the first child is laid out right after this node.
      for (std::uint32_t g = count; g-- > 0;) {
        const std::uint32_t b = g + 1 < count ? groups[g + 1].second : item.b;
        const std::size_t slot = table + (format == kRange ? groups[g].first - low : g);
        stack.push_back(Item{groups[g].second, b, end + 1, slot});
      }
    }
  }
  // Two words of padding: FindLabel reads eight bytes from a node's labels.
  words_.push_back(0);
  words_.push_back(0);
  patterns_.clear();
  patterns_.shrink_to_fit();
  words_.shrink_to_fit();
}

}  // namespace kobi::glossary::internal
