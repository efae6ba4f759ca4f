#include "kobi/romanize/internal/lexicon.h"

#include <algorithm>
#include <cstdlib>

#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"

namespace kobi::romanize::internal {
namespace {

// Splits embedded TSV text into non-comment, non-empty rows of fields.
std::vector<std::vector<std::string>> Rows(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  for (std::string_view line : SplitLines(text)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = SplitFields(line, '\t');
    rows.emplace_back(fields.begin(), fields.end());
  }
  return rows;
}

// "학|여울" -> syllables with the boundary before 여; false when the row is malformed.
bool ParseMarked(const std::string& word, NInsertionWord* entry) {
  std::size_t bar = word.find('|');
  if (bar == std::string::npos) return false;
  entry->boundary = ToSyllables(word.substr(0, bar)).size();
  entry->syllables = ToSyllables(word.substr(0, bar) + word.substr(bar + 1));
  return entry->boundary > 0 && entry->boundary < entry->syllables.size();
}

Lexicon Build() {
  Lexicon lex;
  for (const auto& row : Rows(EmbeddedNInsertion())) {
    NInsertionWord entry;
    if (ParseMarked(row[0], &entry)) lex.n_insertion.Add(std::move(entry));
  }
  for (const auto& row : Rows(EmbeddedSoundChanges())) {
    NInsertionWord entry;
    if (row.size() < 2 || !ParseMarked(row[1], &entry)) continue;
    if (row[0] == "link") lex.link.Add(std::move(entry));
    if (row[0] == "tense") lex.tense.Add(std::move(entry));
  }
  for (const auto& row : Rows(EmbeddedSurnames())) {
    if (row.size() < 2) continue;
    lex.popular_surnames[row[0]] = row[1];
    if (ToSyllables(row[0]).size() == 2) lex.two_syllable_surnames.insert(row[0]);
  }
  for (const auto& row : Rows(EmbeddedPlaceUnits())) {
    if (row.size() < 4) continue;
    if (row[1] == "whole") {
      lex.whole_units.insert(row[0]);
      continue;
    }
    if (row[1] == "lexical" || row[1] == "noun") {
      lex.lexical_endings.push_back(row[0]);
      continue;
    }
    PlaceUnit unit;
    unit.hangul = row[0];
    unit.syllables = ToSyllables(row[0]).size();
    unit.min_stem = static_cast<std::size_t>(std::strtoul(row[2].c_str(), nullptr, 10));
    unit.omittable = row[3] == "1";
    lex.units.push_back(std::move(unit));
  }
  std::stable_sort(lex.units.begin(), lex.units.end(), [](const PlaceUnit& a, const PlaceUnit& b) {
    return a.syllables > b.syllables;
  });
  return lex;
}

}  // namespace

const Lexicon& GetLexicon() {
  static const Lexicon lexicon = Build();
  return lexicon;
}

void BoundaryList::Add(NInsertionWord word) {
  index[Compose(word.syllables[0])].push_back(words.size());
  words.push_back(std::move(word));
}

std::vector<bool> BoundaryList::Find(const std::vector<Syllable>& word) const {
  std::vector<bool> marks(word.size() > 0 ? word.size() - 1 : 0, false);
  for (std::size_t start = 0; start + 1 < word.size(); ++start) {
    auto it = index.find(Compose(word[start]));
    if (it == index.end()) continue;
    for (std::size_t i : it->second) {
      const NInsertionWord& entry = words[i];
      if (start + entry.syllables.size() > word.size()) continue;
      if (!std::equal(entry.syllables.begin(), entry.syllables.end(), word.begin() + start)) {
        continue;
      }
      marks[start + entry.boundary - 1] = true;
    }
  }
  return marks;
}

std::vector<bool> FindNInsertions(const std::vector<Syllable>& word) {
  return GetLexicon().n_insertion.Find(word);
}

std::vector<bool> FindLinkBoundaries(const std::vector<Syllable>& word) {
  return GetLexicon().link.Find(word);
}

std::vector<bool> FindTenseBoundaries(const std::vector<Syllable>& word) {
  return GetLexicon().tense.Find(word);
}

}  // namespace kobi::romanize::internal
