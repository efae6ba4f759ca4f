// A bilingual word dictionary for the aligner (`kobi align --dictionary FILE`).
//
// Two formats are read, chosen per line:
//   TSV        en<TAB>ko          ("president\t대통령"), extra columns ignored
//   hunalign   ko @ en            ("대통령 @ president": hunalign's dictionary lines are
//                                  "target-language word @ source-language word"; for an
//                                  English-to-Korean run that is Korean @ English)
// In both, the side that contains Hangul is taken as Korean, so a "en @ ko" file (hunalign's
// ko-en direction) is read correctly too. '#' starts a comment line; blank lines are skipped.
// A line that fits neither format throws kobi::InputError naming file and line. Entries are
// matched word against word: a multi-word side is kept but only matches a single token equal
// to it, so phrase entries are inert (they are rare in such lists).
//
//   auto dict = kobi::align::Dictionary::Load("en-ko.dict");
//   std::vector<std::uint32_t> ids;
//   dict.EnglishIds("president", ids);   // entry ids shared with dict.KoreanIds("대통령", ids)
//
// Matching: English words are looked up lowercased; Korean words as given and without a
// trailing particle (kobi/align/name_matcher.h KoreanStems). Thread-safe for lookups.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kobi::align {

class Dictionary {
 public:
  Dictionary() = default;
  // Reads a dictionary file ("-" = stdin; .gz/.zst transparent).
  static Dictionary Load(const std::string& path);
  // Parses dictionary text; `name` is used in error messages.
  static Dictionary Parse(std::string_view text, std::string_view name);

  void Add(std::string_view en, std::string_view ko);
  std::size_t size() const { return size_; }

  // Appends the ids of entries whose English side is `word_lower` (lowercase ASCII).
  void EnglishIds(std::string_view word_lower, std::vector<std::uint32_t>& out) const;
  // Appends the ids of entries whose Korean side is `word`.
  void KoreanIds(std::string_view word, std::vector<std::uint32_t>& out) const;

 private:
  std::unordered_map<std::string, std::vector<std::uint32_t>> en_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> ko_;
  std::size_t size_ = 0;
};

}  // namespace kobi::align
