// Per-sentence features for alignment scoring: lengths, segment counts and sets of hashed keys
// per evidence category. Private to kobi::align.
//
// Matching model: for each category a side has `items` (evidence that wants a counterpart and
// counts against a pair when it has none) and `targets` (what the other side's items may
// match). A bead's merged sides are unions of their sentences' sets. Keys are 32-bit hashes,
// sorted and unique; the k-th repeat of a key within one sentence hashes differently, so set
// intersection counts repeated numbers and quotes.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"

namespace kobi::glossary {
class Matcher;
}

namespace kobi::align {
class Dictionary;
}

namespace kobi::align::internal {

enum Category : int {
  kNumber = 0,  // numbers, dates, amounts (items: strong mentions; targets: all mentions)
  kLatin,       // Latin tokens in Korean vs English tokens; identical tokens otherwise
  kName,        // phonetic keys of names (items: English names; targets: Hangul words)
  kPunct,       // quotes, brackets, question marks
  kGlossary,    // glossary entries (ids)
  kLexicon,     // learned or dictionary translation pairs (ids)
  kCognate,     // non-Korean pairs: shared 4-letter prefixes of longer words
  kCategoryCount
};

using KeyVec = std::vector<std::uint32_t>;

// One bit per key (a multiplicative hash of the key's own hash): keys shared by two sets set a
// common bit, so disjoint signatures prove disjoint sets.
inline std::uint64_t Signature(const KeyVec& keys) {
  std::uint64_t sig = 0;
  for (std::uint32_t k : keys) sig |= std::uint64_t{1} << ((k * 0x9E3779B1u) >> 26);
  return sig;
}

struct KeySet {
  KeyVec items;
  KeyVec targets;
};

struct SentenceFeatures {
  int chars = 0;     // code points that are not whitespace
  int segments = 1;  // sentences inside the segment (internal boundaries + 1; 0 if no letters)
  std::array<KeySet, kCategoryCount> keys;
  KeyVec words;  // lexicon units: English 5-letter stems / Korean 2-syllable stems
};

// Which side of the pair a text is on, and its language.
struct SideInfo {
  Lang lang = Lang::kEn;  // kEn, kKo, or kOther (language-independent signals only)
  bool is_source = true;  // English (first) side
  const glossary::Matcher* glossary = nullptr;
  const Dictionary* dictionary = nullptr;
};

SentenceFeatures ExtractFeatures(std::string_view text, const SideInfo& side);

// Lexicon units (SentenceFeatures::words before hashing): the first five letters of an English
// word (lowercase ASCII, at least three letters, no digit, not a function word) and the first
// two syllables of a Korean word. Empty when the word is not a unit.
std::string EnglishUnit(std::string_view word_lower);
std::string KoreanUnit(std::string_view word);
// The units of a sentence, in order (repeats kept): English words for Lang::kEn, Hangul words
// for Lang::kKo.
std::vector<std::string> LexiconUnits(std::string_view text, Lang lang);

// Dictionary entry ids per word of a sentence (side.dictionary must be set): one sorted list
// per distinct content word that has an entry (English: lowercase, not a function word;
// Korean: the word and its stems without particles). For the adequacy score of PairScorer.
std::vector<std::vector<std::uint32_t>> DictionaryWordIds(std::string_view text,
                                                          const SideInfo& side);

// Hash with a category salt and an occurrence index.
std::uint32_t HashKey(std::string_view key, int salt, int occurrence = 0);

// Sorted, unique.
void Normalize(KeyVec& v);

// The anchors that made a pair: human-readable evidence for one sentence pair (jsonl/html).
struct Evidence {
  std::vector<std::string> numbers, latin, names, glossary;
  std::vector<std::string> dictionary;  // dictionary and learned-lexicon entries ("en=ko")
};
Evidence ExplainPair(std::string_view en, std::string_view ko, const SideInfo& en_side,
                     const SideInfo& ko_side);

}  // namespace kobi::align::internal
