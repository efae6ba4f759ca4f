// The `kobi` binary: dispatches to subcommands and maps errors to exit codes
// (0 ok, 1 bad input or I/O, 2 usage, 3 internal error). See docs/cli.md.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "kobi/core/error.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{
      "kobi: an English-Korean bitext toolkit.\n"
      "Turns messy bilingual news pages into clean sentence pairs: segment pages into zones,\n"
      "split and tokenize sentences, romanize Korean, match names and terms, align sentences,\n"
      "and build, clean and convert parallel corpora.\n\n"
      "Run `kobi <command> --help` for each command's options and examples.",
      "kobi"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for every command");
  app.failure_message(CLI::FailureMessage::help);
  kobi::cli::AddVersionCommand(app);
  kobi::cli::AddAlignCommand(app);
  kobi::cli::AddEvalCommand(app);
  kobi::cli::AddRomanizeCommand(app);
  kobi::cli::AddSplitCommand(app);
  kobi::cli::AddTokenizeCommand(app);
  kobi::cli::AddDetokenizeCommand(app);
  kobi::cli::AddNormalizeCommand(app);
  kobi::cli::AddSegmentCommand(app);
  kobi::cli::AddConvertCommand(app);
  kobi::cli::AddCleanCommand(app);
  kobi::cli::AddGlossaryCommand(app);
  kobi::cli::AddCheckCommand(app);
  kobi::cli::AddCorpusCommand(app);
  kobi::cli::AddSpmCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the message; usage errors exit 2.
    app.exit(e);
    return static_cast<int>(kobi::ExitCode::kUsage);
  } catch (const kobi::Error& e) {
    std::fflush(stdout);
    std::cerr << "kobi: " << e.what() << '\n';
    return static_cast<int>(e.exit_code());
  } catch (const std::bad_alloc&) {
    std::cerr << "kobi: out of memory\n";
    return static_cast<int>(kobi::ExitCode::kBadInput);
  } catch (const std::exception& e) {
    std::cerr << "kobi: internal error: " << e.what() << '\n';
    return static_cast<int>(kobi::ExitCode::kInternal);
  }
  return 0;
}
