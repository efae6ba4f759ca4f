// The `kobi` binary: dispatches to subcommands and maps errors to exit codes
// (0 ok, 1 bad input or I/O, 2 usage, 3 internal error). See docs/cli.md.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#include "cli/build_info.h"
#include "cli/commands.h"
#include "kobi/core/edit_distance.h"
#include "kobi/core/error.h"

namespace {

// "kobi spm train" for the spm train subcommand.
std::string CommandPath(const CLI::App* app) {
  std::string path = app->get_name();
  for (const CLI::App* p = app->get_parent(); p != nullptr; p = p->get_parent()) {
    path = p->get_name() + " " + path;
  }
  return path;
}

// A usage error in one line plus the command's usage line, instead of its whole help.
std::string ShortUsage(const CLI::App* app, const CLI::Error& e) {
  const CLI::App* cmd = app;
  for (auto subs = cmd->get_subcommands(); !subs.empty(); subs = cmd->get_subcommands()) {
    cmd = subs.front();
  }
  std::string path = CommandPath(cmd);
  std::string usage = "Usage: " + path + "\n";
  if (auto f = std::dynamic_pointer_cast<CLI::Formatter>(cmd->get_formatter())) {
    usage = f->make_usage(cmd, path);
  }
  return path + ": " + e.what() + "\n" + usage + "Run '" + path + " --help' for details.\n";
}

// An unknown subcommand name is answered in one line with the closest name (CLI11 alone
// says "A subcommand is required" or lists the extra argument). Returns false after printing.
bool CheckCommandNames(CLI::App& app, int argc, char** argv) {
  CLI::App* cur = &app;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.empty() || arg[0] == '-') return true;
    auto subs = cur->get_subcommands([](CLI::App* s) { return !s->get_name().empty(); });
    if (subs.empty()) return true;
    CLI::App* next = nullptr;
    std::string closest;
    std::size_t best = std::string::npos;
    for (CLI::App* s : subs) {
      if (s->check_name(std::string(arg))) next = s;
      std::size_t d = kobi::EditDistance(arg, s->get_name());
      if (d < best) {
        best = d;
        closest = s->get_name();
      }
    }
    if (next != nullptr) {
      cur = next;
      continue;
    }
    if (cur->get_require_subcommand_min() == 0) return true;
    std::string path = CommandPath(cur);
    std::cerr << path << ": unknown command '" << arg << "' (closest: " << closest << "); run '"
              << path << " --help' for the list\n";
    return false;
  }
  return true;
}

}  // namespace

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
  app.failure_message(ShortUsage);
  app.set_version_flag("--version", std::string("kobi ") + kobi::cli::kVersion,
                       "Print kobi's version");
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
  kobi::cli::AddDedupCommand(app);
  kobi::cli::AddGlossaryCommand(app);
  kobi::cli::AddCheckCommand(app);
  kobi::cli::AddCorpusCommand(app);
  kobi::cli::AddSpmCommand(app);
  kobi::cli::AddDocAlignCommand(app);
  kobi::cli::AddLexiconCommand(app);
  kobi::cli::AddReviewCommand(app);
  if (!CheckCommandNames(app, argc, argv)) return static_cast<int>(kobi::ExitCode::kUsage);
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
