// `kobi detokenize`: inverts `kobi tokenize`, one output line per input line.
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/lang.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/tokenize/detokenizer.h"

namespace kobi::cli {
namespace {

struct DetokenizeFlags {
  std::string input = "-";
  std::string output = "-";
  std::string lang = "auto";
  bool reversible = false;
  unsigned threads = 1;
  InputFlags in;
};

void RunDetokenize(const DetokenizeFlags& f) {
  LineReader reader(f.input, f.in.ToOptions());
  OutputFile out(f.output);
  OrderedParallelMap<std::string, std::string> pm(f.threads, 4096);
  pm.Run([&](std::string& line) { return reader.Next(line); },
         [&](const std::string& line) {
           if (f.reversible) return tokenize::DetokenizeReversible(line);
           Lang lang = f.lang == "en"   ? Lang::kEn
                       : f.lang == "ko" ? Lang::kKo
                       : (GuessLang(line) == Lang::kKo ? Lang::kKo : Lang::kEn);
           return tokenize::DetokenizeLine(line, lang);
         },
         [&](std::string&& text) { out.WriteLine(text); });
  out.Close();
  ReportRepairs("detokenize", reader.path(), reader.repaired());
  if (reader.line_number() == 0) {
    Note("detokenize", reader.path() + ": input is empty; nothing written");
  }
}

}  // namespace

void AddDetokenizeCommand(CLI::App& app) {
  auto flags = std::make_shared<DetokenizeFlags>();
  auto* cmd = app.add_subcommand(
      "detokenize",
      "Join tokens back into text, one output line per input line.\n"
      "Default: like Moses detokenizer.perl (XML escapes decoded, @-@ joined, punctuation and\n"
      "quotes attached, English clitics 's 't attached, ￭-marked particles glued).\n"
      "--reversible: exact inverse of `kobi tokenize --reversible` (byte for byte).");
  cmd->footer(
      "Examples:\n"
      "  echo 'Mr. Kim &apos;s plan isn &apos;t new .' | kobi detokenize --lang en\n"
      "      Mr. Kim's plan isn't new.\n"
      "  kobi tokenize --reversible in.txt | kobi detokenize --reversible > same.txt");
  cmd->add_option("input", flags->input, "Input file ('-' = stdin)")->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->default_val("-");
  cmd->add_option("--lang,-l", flags->lang, "en, ko, or auto (guess per line; default)")
      ->check(CLI::IsMember({"en", "ko", "auto"}))
      ->default_val("auto");
  cmd->add_flag("--reversible", flags->reversible,
                "Input is `kobi tokenize --reversible` output; restore it exactly");
  AddThreadsFlag(cmd, flags->threads);
  AddInputFlags(cmd, flags->in);
  cmd->callback([flags] { RunDetokenize(*flags); });
}

}  // namespace kobi::cli
