// Output formats of `kobi align`.
//
//   beads  `[i,j]:[k]:score` a line, 0-based, deletions included, in order (readable by
//          `kobi eval align`)
//   tsv    `en<TAB>ko<TAB>score` for beads with both sides (merged sentences joined by a space;
//          tabs and newlines inside a sentence become spaces)
//   jsonl  one object a bead: {"en":[i..],"ko":[k..],"en_text":..,"ko_text":..,"score":..,
//          "evidence":{"numbers":[..],"latin":[..],"names":[..],"glossary":[..]}}
//   moses  two files PREFIX.en / PREFIX.ko, line-parallel, pairs with both sides only
//   tmx    TMX 1.4 with one <tu> per pair (srclang en, the pair's score as a <prop>)
//   html   a self-contained review page (see html_writer.h)
//
//   std::string out = kobi::align::FormatBeads(alignment);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/align/aligner.h"

namespace kobi::align {

enum class OutputFormat { kBeads, kTsv, kJsonl, kMoses, kTmx, kHtml };

std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// What a writer needs: the sentences of both sides and their alignment.
struct AlignedText {
  const std::vector<std::string>& en;
  const std::vector<std::string>& ko;
  const Alignment& alignment;
  const AlignOptions& options;  // for evidence (glossary, languages)
  std::string title;            // for html/tmx headers (file names)
};

std::string FormatBeads(const Alignment& alignment);
std::string FormatTsv(const AlignedText& doc);
std::string FormatJsonl(const AlignedText& doc);
// Moses: the English and the Korean file contents.
std::pair<std::string, std::string> FormatMoses(const AlignedText& doc);
std::string FormatTmx(const AlignedText& doc);
std::string FormatHtml(const AlignedText& doc);

// Joined text of a bead side ("" when empty), tabs/newlines replaced by spaces.
std::string JoinSide(const std::vector<std::string>& sentences, const std::vector<int>& ids);

}  // namespace kobi::align
