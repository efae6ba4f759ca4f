// Reading and writing bead files: one bead a line, `[i,j]:[k]` or `[i,j]:[k]:score`, 0-based
// sentence indices, an empty list for a side without sentences (`[7]:[]`, `[]:[9]`).
// Spaces inside the brackets are accepted (`[1, 2]:[3]`, as in the Bleualign/vecalign gold).
//
//   auto beads = kobi::align::ReadBeads("doc.gold");              // throws InputError file:line
//   std::string line = kobi::align::FormatBead(beads[0], true);   // "[0]:[0]:1.000"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kobi/align/aligner.h"
#include "kobi/core/parse_result.h"

namespace kobi::align {

// Parses bead text; `name` names the source in errors. Scores default to 1 when absent.
// Throws InputError on a malformed line, a non-ascending index, a line with both sides empty,
// a score that is not a finite number, or a sentence index already in an earlier bead (a
// sentence belongs to one bead). Indices need not be consecutive (gold files may link [1]:[3,5]).
std::vector<Bead> ParseBeads(std::string_view text, std::string_view name);
// One bead line (no line end) or the reason it is not one (kobi/core/parse_result.h).
ParseResult<Bead> ParseBeadLine(std::string_view line);
std::vector<Bead> ReadBeads(const std::string& path);

// "[i,j]:[k]" (+ ":0.937" with score, three decimals).
std::string FormatBead(const Bead& bead, bool with_score);

}  // namespace kobi::align
