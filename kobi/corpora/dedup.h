// Duplicate detection for sentence pairs: exact and normalised duplicates, first one wins.
//
// The key of a pair is a 128-bit xxHash (XXH3) of both sides normalised: NFC, full case folding,
// and only letters, digits and marks kept (spaces, punctuation and symbols dropped), so
// "Hello, world!" / "안녕, 세상!" and "hello world" / "안녕 세상" are the same pair.
// Memory: 16 bytes per distinct pair (plus hash-set overhead). Not thread-safe: call Seen() in
// input order so that the first occurrence is the one kept, whatever the thread count.
//
//   kobi::corpora::Deduper dedup;
//   dedup.Seen("Hi.", "안녕.");    // false (first time)
//   dedup.Seen("hi", "안녕");      // true  (normalised duplicate)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

namespace kobi::corpora {

// The normalised form used for duplicate detection.
std::string NormalizeForDedup(std::string_view text);

struct PairKey {
  std::uint64_t low = 0, high = 0;
  friend bool operator==(const PairKey&, const PairKey&) = default;
};

// Key of a pair (thread-safe; compute it in parallel, then call Seen(key) in order).
PairKey DedupKey(std::string_view en, std::string_view ko);

class Deduper {
 public:
  // True when an equal key was seen before; otherwise records it and returns false.
  bool Seen(const PairKey& key);
  bool Seen(std::string_view en, std::string_view ko) { return Seen(DedupKey(en, ko)); }
  std::size_t size() const { return keys_.size(); }

 private:
  struct Hash {
    std::size_t operator()(const PairKey& k) const { return static_cast<std::size_t>(k.low); }
  };
  std::unordered_set<PairKey, Hash> keys_;
};

}  // namespace kobi::corpora
