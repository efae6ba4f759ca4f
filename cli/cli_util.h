// Helpers shared by the subcommands: input/output opening, common flags, stderr summaries.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/line_io.h"
#include "kobi/glossary/glossary.h"

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

// Adds `--threads N` (0 = all cores; default 1).
void AddThreadsFlag(CLI::App* cmd, unsigned& threads);

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
glossary::Glossary LoadGlossarySources(std::string_view command,
                                       const GlossarySourceFlags& flags,
                                       std::string_view hint = "");

}  // namespace kobi::cli
