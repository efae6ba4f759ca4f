// `kobi normalize`: NFC plus optional width folding and quote unification, line by line.
#include <memory>
#include <string>
#include <utility>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/tokenize/normalizer.h"

namespace kobi::cli {
namespace {

struct NormalizeFlags {
  std::string input = "-";
  std::string output = "-";
  bool fold_width = false;
  bool unify_quotes = false;
  unsigned threads = 1;
  InputFlags in;
};

void RunNormalize(const NormalizeFlags& f) {
  tokenize::NormalizeOptions options;
  options.fold_width = f.fold_width;
  options.unify_quotes = f.unify_quotes;
  LineReader reader(f.input, f.in.ToOptions());
  OutputFile out(f.output);
  OrderedParallelMap<std::string, std::pair<bool, std::string>> pm(f.threads, 4096);
  std::uint64_t changed = 0;
  pm.Run([&](std::string& line) { return reader.Next(line); },
         [&](const std::string& line) {
           std::string n = tokenize::NormalizeString(line, options);
           bool differs = n != line;
           return std::make_pair(differs, std::move(n));
         },
         [&](std::pair<bool, std::string>&& r) {
           changed += r.first;
           out.WriteLine(r.second);
         });
  out.Close();
  ReportRepairs("normalize", reader.path(), reader.repaired());
  Note("normalize", std::to_string(changed) + " of " + std::to_string(reader.line_number()) +
                        " line(s) changed");
}

}  // namespace

void AddNormalizeCommand(CLI::App& app) {
  auto flags = std::make_shared<NormalizeFlags>();
  auto* cmd = app.add_subcommand(
      "normalize",
      "Normalize text line by line: Unicode NFC always (never NFKC); optionally fold\n"
      "full-width ASCII (ＫＢＳ１ -> KBS1) and the ideographic space to ASCII, and map curly\n"
      "quotes “ ” ‘ ’ to \" and '. Prints how many lines changed on stderr.");
  cmd->footer(
      "Examples:\n"
      "  kobi normalize --fold-width --unify-quotes news_ko.txt > news_ko.norm.txt\n"
      "  kobi normalize --encoding cp949 old_korean.txt -o utf8_nfc.txt");
  cmd->add_option("input", flags->input, "Input file ('-' = stdin)")->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->default_val("-");
  cmd->add_flag("--fold-width", flags->fold_width,
                "Fold full-width ASCII U+FF01..U+FF5E and U+3000 to ASCII");
  cmd->add_flag("--unify-quotes", flags->unify_quotes, "Map “ ” „ ‟ to \" and ‘ ’ ‚ ‛ to '");
  AddThreadsFlag(cmd, flags->threads);
  AddInputFlags(cmd, flags->in);
  cmd->callback([flags] { RunNormalize(*flags); });
}

}  // namespace kobi::cli
