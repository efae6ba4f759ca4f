#include "kobi/romanize/internal/lexicon.h"

#include <algorithm>
#include <cstdlib>

#include "kobi/core/utf8.h"

namespace kobi::romanize::internal {
namespace {

// Splits embedded TSV text into non-comment, non-empty rows of fields.
std::vector<std::vector<std::string>> Rows(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t f = 0;
    while (true) {
      std::size_t tab = line.find('\t', f);
      fields.emplace_back(line.substr(f, tab == std::string_view::npos ? line.size() - f
                                                                       : tab - f));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

Lexicon Build() {
  Lexicon lex;
  for (const auto& row : Rows(EmbeddedNInsertion())) {
    const std::string& word = row[0];
    std::size_t bar = word.find('|');
    if (bar == std::string::npos) continue;
    NInsertionWord entry;
    entry.boundary = ToSyllables(word.substr(0, bar)).size();
    entry.syllables = ToSyllables(word.substr(0, bar) + word.substr(bar + 1));
    if (entry.boundary == 0 || entry.boundary >= entry.syllables.size()) continue;
    lex.n_insertion_index[Compose(entry.syllables[0])].push_back(lex.n_insertion.size());
    lex.n_insertion.push_back(std::move(entry));
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
  std::stable_sort(lex.units.begin(), lex.units.end(),
                   [](const PlaceUnit& a, const PlaceUnit& b) { return a.syllables > b.syllables; });
  return lex;
}

}  // namespace

const Lexicon& GetLexicon() {
  static const Lexicon lexicon = Build();
  return lexicon;
}

std::vector<bool> FindNInsertions(const std::vector<Syllable>& word) {
  std::vector<bool> marks(word.size() > 0 ? word.size() - 1 : 0, false);
  const Lexicon& lex = GetLexicon();
  for (std::size_t start = 0; start + 1 < word.size(); ++start) {
    auto it = lex.n_insertion_index.find(Compose(word[start]));
    if (it == lex.n_insertion_index.end()) continue;
    for (std::size_t index : it->second) {
      const NInsertionWord& entry = lex.n_insertion[index];
      if (start + entry.syllables.size() > word.size()) continue;
      if (!std::equal(entry.syllables.begin(), entry.syllables.end(), word.begin() + start)) {
        continue;
      }
      marks[start + entry.boundary - 1] = true;
    }
  }
  return marks;
}

}  // namespace kobi::romanize::internal
