#include "cli/cli_util.h"

#include <iostream>

#include "kobi/align/dictionary.h"
#include "kobi/core/error.h"
#include "kobi/glossary/formats.h"

namespace kobi::cli {

LineReader::Options InputFlags::ToOptions() const {
  LineReader::Options o;
  o.encoding = encoding;
  o.repair = repair;
  o.hint_repair = true;  // every command with InputFlags has --repair
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
    Note(command,
         path + ": replaced " + std::to_string(count) + " invalid UTF-8 sequence(s) with U+FFFD");
  }
}

void AddThreadsFlag(CLI::App* cmd, unsigned& threads) {
  cmd->add_option("--threads,-j", threads,
                  "Worker threads (0 = all cores, the default); output is the same for any value")
      ->default_val(0);
}

void ColumnFlags::Apply(corpora::ReaderOptions& reader, corpora::RowOptions& rows) const {
  if (scol == tcol) throw UsageError("--scol and --tcol must name two different columns");
  reader.en_column = rows.en_column = scol;
  reader.ko_column = rows.ko_column = tcol;
}

void AddColumnFlags(CLI::App* cmd, ColumnFlags& flags) {
  cmd->add_option("--scol", flags.scol, "TSV column (1-based) of the English text")
      ->default_val(1)
      ->check(CLI::PositiveNumber);
  cmd->add_option("--tcol", flags.tcol, "TSV column (1-based) of the Korean text")
      ->default_val(2)
      ->check(CLI::PositiveNumber);
}

void AddGlossarySourceFlags(CLI::App* cmd, GlossarySourceFlags& flags) {
  cmd->add_option("--glossary,-g", flags.files,
                  "Extra glossary file(s) (TSV, CSV, TBX or hunalign by extension), merged over "
                  "the bundled one; repeatable (-g A -g B)")
      ->allow_extra_args(false);  // one file per -g, so `-g G FILE` leaves FILE as the input
  cmd->add_flag("--no-default", flags.no_default, "Do not use the bundled glossary");
}

glossary::Glossary LoadGlossarySources(std::string_view command, const GlossarySourceFlags& flags,
                                       std::string_view hint) {
  if (flags.no_default && flags.files.empty()) {
    throw UsageError(std::string(command) + ": --no-default needs at least one --glossary" +
                     std::string(hint));
  }
  glossary::Glossary g = glossary::LoadGlossaries(flags.files, !flags.no_default);
  for (const auto& w : g.warnings()) Note(command, "warning: " + w);
  return g;
}

void AddAlignResourceFlags(CLI::App* cmd, AlignResourceFlags& flags) {
  AddGlossarySourceFlags(cmd, flags.glossary);
  cmd->add_flag("--no-glossary", flags.no_glossary, "Do not use any glossary");
  cmd->add_option("--dictionary", flags.dictionary,
                  "Word dictionary: TSV en<TAB>ko, or hunalign's `ko @ en` lines");
}

align::AlignResources LoadAlignResources(std::string_view command,
                                         const AlignResourceFlags& flags) {
  align::AlignResourceOptions options;
  if (flags.no_glossary) {
    if (!flags.glossary.files.empty() || flags.glossary.no_default) {
      throw UsageError(std::string(command) +
                       ": --no-glossary cannot be combined with --glossary or --no-default");
    }
    options.use_glossary = false;
  } else if (flags.glossary.no_default && flags.glossary.files.empty()) {
    throw UsageError(std::string(command) +
                     ": --no-default needs at least one --glossary (or use --no-glossary)");
  }
  options.glossary_files = flags.glossary.files;
  options.bundled_glossary = !flags.glossary.no_default;
  options.dictionary = flags.dictionary;
  align::AlignResources r = align::LoadAlignResources(options);
  for (const auto& w : r.warnings) Note(command, "warning: " + w);
  if (r.dictionary) {
    Note(command,
         flags.dictionary + ": " + std::to_string(r.dictionary->size()) + " dictionary entries");
  }
  return r;
}

}  // namespace kobi::cli
