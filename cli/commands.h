// Registration of every `kobi` subcommand. Each <name>_command.cc defines one Add*Command that
// adds a CLI11 subcommand with its flags and a callback which fills the library's Options
// struct, calls the library and writes the result. Errors are thrown as kobi::Error and mapped
// to exit codes by main().
#pragma once

#include <CLI/CLI.hpp>

namespace kobi::cli {

void AddVersionCommand(CLI::App& app);
void AddAlignCommand(CLI::App& app);
void AddEvalCommand(CLI::App& app);
void AddRomanizeCommand(CLI::App& app);
void AddSplitCommand(CLI::App& app);
void AddTokenizeCommand(CLI::App& app);
void AddDetokenizeCommand(CLI::App& app);
void AddNormalizeCommand(CLI::App& app);
void AddSegmentCommand(CLI::App& app);
void AddConvertCommand(CLI::App& app);
void AddCleanCommand(CLI::App& app);
void AddDedupCommand(CLI::App& app);
void AddGlossaryCommand(CLI::App& app);
void AddCheckCommand(CLI::App& app);
void AddCorpusCommand(CLI::App& app);
void AddSpmCommand(CLI::App& app);
void AddLexiconCommand(CLI::App& app);
void AddDocAlignCommand(CLI::App& app);
void AddReviewCommand(CLI::App& app);

}  // namespace kobi::cli
