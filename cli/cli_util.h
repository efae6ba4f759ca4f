// Helpers shared by the subcommands: input/output opening, common flags, stderr summaries.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/align/resources.h"
#include "kobi/core/line_io.h"
#include "kobi/core/output_file.h"
#include "kobi/corpora/filter_stream.h"
#include "kobi/corpora/formats.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::cli {

// Common input options: --encoding, --repair.
struct InputFlags {
  std::string encoding = "utf-8";
  bool repair = false;
  LineReader::Options ToOptions() const;
};
void AddInputFlags(CLI::App* cmd, InputFlags& flags);

// Prints "kobi <command>: <message>" on stderr (summaries, warnings).
void Note(std::string_view command, std::string_view message);

// Reports repaired invalid UTF-8 sequences, if any.
void ReportRepairs(std::string_view command, const std::string& path, std::uint64_t count);

// Adds `-j, --threads N`, the same everywhere: default 0 = all cores (output never depends on
// the thread count).
void AddThreadsFlag(CLI::App* cmd, unsigned& threads);

// `--scol N --tcol M`: 1-based columns of the English and Korean texts in a wider TSV
// (bicleaner's flag names); the other columns are carried through.
struct ColumnFlags {
  std::size_t scol = 1;
  std::size_t tcol = 2;
  void Apply(corpora::ReaderOptions& reader, corpora::RowOptions& rows) const;
};
void AddColumnFlags(CLI::App* cmd, ColumnFlags& flags);

// Glossary sources, the same flags wherever a command uses the glossary (glossary lookup and
// match, check romanization, align): `-g, --glossary FILE` (repeatable, any format, one file
// per use) and `--no-default`.
struct GlossarySourceFlags {
  std::vector<std::string> files;
  bool no_default = false;
};
void AddGlossarySourceFlags(CLI::App* cmd, GlossarySourceFlags& flags);
// The bundled glossary (unless --no-default) with the -g files merged over it; load warnings
// go to stderr. --no-default without a -g is a UsageError ("COMMAND: --no-default needs at
// least one --glossary" + hint).
glossary::Glossary LoadGlossarySources(std::string_view command, const GlossarySourceFlags& flags,
                                       std::string_view hint = "");

// What every command that aligns or scores pairs (align, clean, corpus build) uses, behind the
// same flags: the glossary flags above plus `--no-glossary` and `--dictionary FILE`.
struct AlignResourceFlags {
  GlossarySourceFlags glossary;
  bool no_glossary = false;
  std::string dictionary;
};
void AddAlignResourceFlags(CLI::App* cmd, AlignResourceFlags& flags);
// Fills align::AlignResourceOptions from the flags and loads them (kobi/align/resources.h):
// contradictory flags are UsageErrors worded with the flags, glossary warnings and the
// dictionary size go to stderr under `command`. Default flags load nothing (null pointers: the
// library's defaults), so a command without these flags behaves exactly as the library does.
align::AlignResources LoadAlignResources(std::string_view command, const AlignResourceFlags& flags);

}  // namespace kobi::cli
