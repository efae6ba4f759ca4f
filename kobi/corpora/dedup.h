// Duplicate detection for sentence pairs: exact and normalised duplicates, first one wins.
//
// The key of a pair is a 128-bit xxHash (XXH3) of both sides normalised: NFC, full case folding,
// and only letters, digits and marks kept (spaces, punctuation and symbols dropped), so
// "Hello, world!" / "안녕, 세상!" and "hello world" / "안녕 세상" are the same pair.
// Memory: the keys live in one open-addressing table of 16-byte slots, at most 3/4 full and
// doubled when it would be fuller, so a distinct pair costs 21 to 43 bytes (memory_bytes();
// while the table doubles, old and new table coexist for a moment). Not thread-safe: call
// Seen() in input order so that the first occurrence is the one kept, whatever the thread count.
//
//   kobi::corpora::Deduper dedup;
//   dedup.Seen("Hi.", "안녕.");    // false (first time)
//   dedup.Seen("hi", "안녕");      // true  (normalised duplicate)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kobi::corpora {

// The normalised form used for duplicate detection.
std::string NormalizeForDedup(std::string_view text);

struct PairKey {
  std::uint64_t low = 0, high = 0;
  friend bool operator==(const PairKey&, const PairKey&) = default;
};

// Key of a pair (thread-safe; compute it in parallel, then call Seen(key) in order).
PairKey DedupKey(std::string_view en, std::string_view ko);

// Key of the pair's bytes as they are (exact duplicates only): XXH3-128 of en, U+001F, ko.
PairKey ExactDedupKey(std::string_view en, std::string_view ko);

// The key as 32 lowercase hex digits, high 64 bits first (the hash column of clean/dedup).
std::string KeyHex(const PairKey& key);

class Deduper {
 public:
  // True when an equal key was seen before; otherwise records it and returns false.
  bool Seen(const PairKey& key);
  bool Seen(std::string_view en, std::string_view ko) { return Seen(DedupKey(en, ko)); }
  std::size_t size() const { return size_; }
  // Bytes held by the table.
  std::size_t memory_bytes() const { return slots_.capacity() * sizeof(PairKey); }

 private:
  void Grow();
  // Linear probing; the all-zero key marks an empty slot (a real all-zero key is kept apart).
  std::vector<PairKey> slots_;
  std::size_t size_ = 0;
  bool has_zero_ = false;
};

}  // namespace kobi::corpora
