// Helpers shared by the subcommands: input/output opening, common flags, stderr summaries.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/line_io.h"

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

}  // namespace kobi::cli
