// Glossary import and export: TSV (kobi's own format, see glossary.h), CSV (RFC 4180, same
// columns), TBX v2 and v3 (TBX-Basic), and hunalign dictionaries.
//
// hunalign dictionary format (hunalign's README, "dictionary"): one item per line, the TARGET
// language phrase, " @ ", then the SOURCE language phrase. kobi aligns English (source) with
// Korean (target), so it writes "ko @ en" (`김정은 @ Kim Jong-un`), one line per English form
// (en and each variant). On reading, the side holding Hangul is the Korean one, whatever the
// order; every line becomes a term entry (hunalign dictionaries carry no types or notes).
//
//   Glossary g = kobi::glossary::ReadGlossary("names.tbx");           // format from extension
//   std::string csv = kobi::glossary::WriteGlossary(g, Format::kCsv);
//
// Readers throw InputError (file:line) on malformed input and report duplicates/conflicts in
// Glossary::warnings(), like LoadTsv.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/glossary/glossary.h"

namespace kobi::glossary {

enum class Format { kTsv, kCsv, kTbx /* v3 */, kTbx2, kHunalign };

// "tsv", "csv", "tbx" (= v3), "tbx3", "tbx2", "hunalign"; nullopt otherwise.
std::optional<Format> ParseFormat(std::string_view name);
std::string_view FormatName(Format format);
// From the file extension: .csv, .tbx, .dic/.dict/.hunalign; anything else is TSV.
Format FormatFromPath(std::string_view path);

// Parses text in the given format (TBX: either version). `name` is used in messages.
Glossary ParseGlossary(std::string_view text, std::string_view name, Format format);
// Reads a file ("-" = stdin); format from the extension unless given.
Glossary ReadGlossary(const std::string& path, std::optional<Format> format = std::nullopt);
// Serialises a glossary.
std::string WriteGlossary(const Glossary& glossary, Format format);

// The glossary a command works with: the bundled default (unless with_default is false)
// merged with each file in `paths` in order (Glossary::Merge: later files win). The files'
// own warnings and the merge reports are in the result's warnings().
Glossary LoadGlossaries(const std::vector<std::string>& paths, bool with_default = true);

}  // namespace kobi::glossary
