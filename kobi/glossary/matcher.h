// Finds every glossary entry in English or Korean text in one pass over a normalised copy of
// the text (a path-compressed trie of all normalised patterns, walked from each word start),
// with an offset map back to the original bytes.
//
// English: case, hyphen, space-vs-hyphen, apostrophe and diacritic insensitive
// ("Kim Jong Un", "KIM JONG-UN", "Kim Jongun" all match the entry "Kim Jong-un";
// "Pyŏngyang" matches "Pyongyang"); a match must start and end on word boundaries of the
// original text, a possessive 's after it is allowed ("Putin's" matches "Putin", span
// without "'s"). All-capital acronyms of 2–5 letters (US, UN, IAEA) match case-sensitively
// so that "us" is not "US".
// Korean: NFC, space insensitive where the entry has a space ("국빈 방문" matches
// "국빈방문"); a match must not start inside a word; particles and titles may follow
// (김정은은, 김정은의, 김정은과, 김정은 위원장; 장쩌민(江澤民) matches 장쩌민). Person names are
// only accepted when what follows is not Hangul or is a known particle/title, so a
// three-syllable name does not match the start of a longer one; other entries may be the
// first part of a compound (서울시 contains 서울).
//
// Result: leftmost-longest, non-overlapping matches in text order; spans are byte offsets
// [begin, end) into the ORIGINAL text. When one matched span belongs to several entries
// (one Hangul name, several people), one Match per entry is returned, in entry order.
//
//   kobi::glossary::Matcher m(kobi::glossary::Glossary::Default());
//   for (auto& match : m.FindKorean("김정은은 말했다")) { ... match.span == {0, 9} ... }
//
// The Matcher copies what it needs: it does not keep a reference to the Glossary. It is
// immutable after construction and safe to use from several threads; copies share its tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "kobi/core/span.h"
#include "kobi/glossary/glossary.h"

namespace kobi::glossary {

struct Match {
  std::size_t entry;  // index into the glossary's entries()
  kobi::Span span;    // byte offsets into the searched text
  friend bool operator==(const Match&, const Match&) = default;
};

class Matcher {
 public:
  explicit Matcher(const Glossary& glossary);
  // A matcher over the bundled glossary (Glossary::Default()), built once on first use
  // (thread-safe) and alive for the whole program.
  static const Matcher& Default();

  std::vector<Match> FindEnglish(std::string_view text) const;
  std::vector<Match> FindKorean(std::string_view text) const;

  // Number of distinct normalised patterns (for benchmarks and diagnostics).
  std::size_t english_patterns() const;
  std::size_t korean_patterns() const;
  // Bytes held by the tries and pattern tables.
  std::size_t memory_bytes() const;

 private:
  struct Impl;  // the tries and pattern tables (matcher.cc); shared by copies, immutable
  std::shared_ptr<const Impl> impl_;
};

}  // namespace kobi::glossary
