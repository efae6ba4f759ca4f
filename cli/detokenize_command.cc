// `kobi detokenize`: inverts `kobi tokenize`, one output line per input line.
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/lang.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/tokenize/detokenizer.h"
#include "kobi/tokenize/pipeline.h"

namespace kobi::cli {
namespace {

struct DetokenizeFlags {
  std::string input = "-";
  std::string output = "-";
  std::string lang = "auto";
  bool reversible = false;
  unsigned threads = 0;
  InputFlags in;
};

void RunDetokenize(const DetokenizeFlags& f) {
  LineReader reader(f.input, f.in.ToOptions());
  OutputFile out(PrepareOutput(f.output), {f.input});
  // A line, its number and how it ended: --reversible writes each line's own end and the BOM
  // back (as `tokenize --reversible` keeps them), so the round trip is byte-exact.
  struct Line {
    std::string text;
    std::uint64_t number = 0;
    LineReader::LineEnd end = LineReader::LineEnd::kLf;
    std::string error;  // a malformed --reversible line, reported in order by the consumer
  };
  OrderedParallelMap<Line, Line> pm(f.threads, 4096);
  bool first = true;
  pm.Run(
      [&](Line& line) {
        if (!reader.Next(line.text)) return false;
        line.number = reader.line_number();
        line.end = reader.line_end();
        return true;
      },
      [&](const Line& line) {
        Line out_line{std::string(), line.number, line.end, std::string()};
        if (f.reversible) {
          ParseResult<std::string> r = tokenize::DetokenizeReversible(line.text);
          if (r.ok())
            out_line.text = std::move(r).value();
          else
            out_line.error = r.error();
          return out_line;
        }
        Lang lang = tokenize::TokenizeLang(f.lang == "en"   ? Lang::kEn
                                           : f.lang == "ko" ? Lang::kKo
                                                            : Lang::kOther,
                                           line.text);
        out_line.text = tokenize::DetokenizeLine(line.text, lang);
        return out_line;
      },
      [&](Line&& line) {
        // Thrown here, in input order, so the lines before it are written whatever -j is.
        if (!line.error.empty()) throw InputError(reader.path(), line.number, line.error);
        if (!f.reversible) return out.WriteLine(line.text);
        if (first && reader.had_bom()) out.Write(kUtf8Bom);
        first = false;
        out.Write(line.text);
        out.Write(LineReader::LineEndBytes(line.end));
      });
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
