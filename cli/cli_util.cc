#include "cli/cli_util.h"

#include <iostream>

#include "kobi/core/error.h"
#include "kobi/glossary/formats.h"

namespace kobi::cli {

LineReader::Options InputFlags::ToOptions() const {
  LineReader::Options o;
  o.encoding = encoding;
  o.repair = repair;
  return o;
}

void AddInputFlags(CLI::App* cmd, InputFlags& flags) {
  cmd->add_option("--encoding", flags.encoding,
                  "Input encoding: utf-8 (default), cp949 or euc-kr (legacy Korean files)")
      ->check(CLI::IsMember({"utf-8", "utf8", "cp949", "euc-kr", "euckr"}, CLI::ignore_case));
  cmd->add_flag("--repair", flags.repair,
                "Replace invalid UTF-8 with U+FFFD (counted on stderr) instead of failing");
}

void Note(std::string_view command, std::string_view message) {
  std::cerr << "kobi " << command << ": " << message << '\n';
}

void ReportRepairs(std::string_view command, const std::string& path, std::uint64_t count) {
  if (count > 0) {
    Note(command, path + ": replaced " + std::to_string(count) +
                      " invalid UTF-8 sequence(s) with U+FFFD");
  }
}

void AddThreadsFlag(CLI::App* cmd, unsigned& threads) {
  cmd->add_option("--threads,-j", threads, "Worker threads (0 = all cores); output order is kept")
      ->default_val(1);
}

void AddGlossarySourceFlags(CLI::App* cmd, GlossarySourceFlags& flags) {
  cmd->add_option("--glossary,-g", flags.files,
                  "Extra glossary file(s) (TSV, CSV, TBX or hunalign by extension), merged over "
                  "the bundled one; repeatable (-g A -g B)")
      ->allow_extra_args(false);  // one file per -g, so `-g G FILE` leaves FILE as the input
  cmd->add_flag("--no-default", flags.no_default, "Do not use the bundled glossary");
}

glossary::Glossary LoadGlossarySources(std::string_view command,
                                       const GlossarySourceFlags& flags, std::string_view hint) {
  if (flags.no_default && flags.files.empty()) {
    throw UsageError(std::string(command) + ": --no-default needs at least one --glossary" +
                     std::string(hint));
  }
  glossary::Glossary g = glossary::LoadGlossaries(flags.files, !flags.no_default);
  for (const auto& w : g.warnings()) Note(command, "warning: " + w);
  return g;
}

}  // namespace kobi::cli
