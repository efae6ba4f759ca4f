// Word lists the romanizer ships (kobi/romanize/data/*.tsv, compiled into the library).
//
// GetLexicon() parses the embedded tables once (thread-safe static) and returns them.
// Hangul keys are NFC UTF-8 strings.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kobi/romanize/internal/hangul.h"

namespace kobi::romanize::internal {

// A compound with ㄴ-insertion: ㄴ is inserted before syllables[boundary].
struct NInsertionWord {
  std::vector<Syllable> syllables;
  std::size_t boundary = 0;
};

struct PlaceUnit {
  std::string hangul;
  std::size_t syllables = 0;
  std::size_t min_stem = 1;
  bool omittable = false;
};

// Words with a marked boundary, indexed by their first syllable.
struct BoundaryList {
  std::vector<NInsertionWord> words;
  std::unordered_map<char32_t, std::vector<std::size_t>> index;  // first syllable -> words
  void Add(NInsertionWord word);
  // Marks, for each boundary i (between word[i] and word[i+1]), whether a listed word has its
  // boundary there.
  std::vector<bool> Find(const std::vector<Syllable>& word) const;
};

struct Lexicon {
  BoundaryList n_insertion;  // n_insertion.tsv
  BoundaryList link;         // sound_changes.tsv "link": reduce the final, then link
  BoundaryList tense;        // sound_changes.tsv "tense": tense onset after the boundary
  std::unordered_map<std::string, std::string> popular_surnames;  // Hangul -> "Kim"
  std::unordered_set<std::string> two_syllable_surnames;
  std::vector<PlaceUnit> units;                 // longest first
  std::unordered_set<std::string> whole_units;  // 제주도, 중구: hyphen before last syllable
  std::vector<std::string> lexical_endings;     // 왕십리, 입구: never a unit at word end
};

const Lexicon& GetLexicon();

// Marks, for each boundary i (between word[i] and word[i+1]), whether ㄴ is inserted there.
std::vector<bool> FindNInsertions(const std::vector<Syllable>& word);
// Boundaries where a final is reduced and linked without palatalization (값어치 가버치).
std::vector<bool> FindLinkBoundaries(const std::vector<Syllable>& word);
// Boundaries followed by a tense onset (여권 여꿘), written by McCune-Reischauer.
std::vector<bool> FindTenseBoundaries(const std::vector<Syllable>& word);

// Embedded file contents (generated source).
std::string_view EmbeddedNInsertion();
std::string_view EmbeddedSurnames();
std::string_view EmbeddedPlaceUnits();
std::string_view EmbeddedSoundChanges();

}  // namespace kobi::romanize::internal
