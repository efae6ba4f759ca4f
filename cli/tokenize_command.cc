// `kobi tokenize`: Moses-style tokenization of English and Korean, one output line per input.
#include <memory>
#include <string>
#include <utility>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/lang.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/tokenize/pipeline.h"

namespace kobi::cli {
namespace {

struct TokenizeFlags {
  std::string input = "-";
  std::string output = "-";
  std::string lang = "auto";
  bool no_escape = false;
  bool aggressive = false;
  bool split_particles = false;
  bool reversible = false;
  bool split_sentences = false;
  bool fold_width = false;
  bool unify_quotes = false;
  bool no_nfc = false;
  unsigned threads = 0;
  InputFlags in;
};

void RunTokenize(const TokenizeFlags& f) {
  if (f.reversible && (f.fold_width || f.unify_quotes || f.split_sentences || f.no_escape)) {
    throw UsageError(
        "tokenize: --reversible cannot be combined with --fold-width, --unify-quotes, "
        "--split-sentences or --no-escape (it keeps the input bytes exactly)");
  }
  // The library's pipeline (kobi/tokenize/pipeline.h), with the options the flags give.
  tokenize::TokenizePipelineOptions options;
  options.lang = f.lang == "en" ? Lang::kEn : f.lang == "ko" ? Lang::kKo : Lang::kOther;
  options.normalize.nfc = !f.no_nfc;
  options.normalize.fold_width = f.fold_width;
  options.normalize.unify_quotes = f.unify_quotes;
  options.split_sentences = f.split_sentences;
  options.tokenize.escape = !f.no_escape;
  options.tokenize.aggressive = f.aggressive;
  options.tokenize.split_particles = f.split_particles;
  options.tokenize.reversible = f.reversible;
  tokenize::CheckTokenizePipelineOptions(options);
  LineReader reader(f.input, f.in.ToOptions());
  OutputFile out(PrepareOutput(f.output), {f.input});
  // A line and how it ended: --reversible writes each line's own end (LF, CRLF, CR, or none on
  // a last line without one) and the input's BOM, so the round trip is byte-exact.
  using Line = std::pair<std::string, LineReader::LineEnd>;
  OrderedParallelMap<Line, Line> pm(f.threads, 4096);
  std::uint64_t blank_sentences = 0;
  bool first = true;
  pm.Run(
      [&](Line& line) {
        if (!reader.Next(line.first)) return false;
        line.second = reader.line_end();
        return true;
      },
      [&](const Line& line) {
        return Line(tokenize::TokenizePipeline(line.first, options), line.second);
      },
      [&](Line&& text) {
        if (f.split_sentences && text.first.empty()) {
          ++blank_sentences;
          return;  // a blank line has no sentences
        }
        if (!f.reversible) return out.WriteLine(text.first);
        if (first && reader.had_bom()) out.Write(kUtf8Bom);
        first = false;
        out.Write(text.first);
        out.Write(LineReader::LineEndBytes(text.second));
      });
  out.Close();
  ReportRepairs("tokenize", reader.path(), reader.repaired());
  if (reader.line_number() == 0) {
    Note("tokenize", reader.path() + ": input is empty; nothing written");
  }
  if (blank_sentences > 0) {
    Note("tokenize", std::to_string(blank_sentences) +
                         " blank line(s) produced no sentence (--split-sentences)");
  }
}

}  // namespace

void AddTokenizeCommand(CLI::App& app) {
  auto flags = std::make_shared<TokenizeFlags>();
  auto* cmd = app.add_subcommand(
      "tokenize",
      "Tokenize text the way Moses tokenizer.perl does, one output line per input line.\n"
      "English follows `tokenizer.perl -l en` (escapes &amp; &apos; &quot; &lt; &gt; &#124;\n"
      "&#91; &#93;; \"don't\" -> \"don &apos;t\"; Mr. / U.S. / No. 1 keep their periods).\n"
      "Korean keeps Hangul words (eojeol) whole and splits punctuation off; --split-particles\n"
      "also splits particles, marked with the joiner ￭ (김정은은 -> 김정은 ￭은) so that\n"
      "`kobi detokenize` restores them. Input is NFC-normalized first (never NFKC).\n"
      "--reversible writes an exact, joiner-marked form that `kobi detokenize --reversible`\n"
      "turns back into the input byte for byte. See docs/tokenize.md.");
  cmd->footer(
      "Examples:\n"
      "  echo \"Mr. Kim's plan isn't new.\" | kobi tokenize --lang en\n"
      "      Mr. Kim &apos;s plan isn &apos;t new .\n"
      "  echo '김정은은 “핵”을 말했다.' | kobi tokenize --lang ko --split-particles\n"
      "      김정은 ￭은 “ 핵 ” 을 말했다 .\n"
      "  kobi tokenize --lang en --aggressive --threads 4 news.en.gz -o news.tok.en\n"
      "  kobi tokenize --reversible in.txt | kobi detokenize --reversible | cmp - in.txt");
  cmd->add_option("input", flags->input, "Input file ('-' = stdin, .gz/.zst read transparently)")
      ->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->default_val("-");
  cmd->add_option("--lang,-l", flags->lang, "en, ko, or auto (guess per line; default)")
      ->check(CLI::IsMember({"en", "ko", "auto"}))
      ->default_val("auto");
  cmd->add_flag("--no-escape", flags->no_escape, "Do not XML-escape & | < > ' \" [ ]");
  cmd->add_flag("--aggressive,-a", flags->aggressive,
                "Split hyphens between letters/digits as @-@ (Moses -a)");
  cmd->add_flag("--split-particles", flags->split_particles,
                "Korean: split particles off words, marked with ￭ (김정은 ￭은)");
  cmd->add_flag("--reversible", flags->reversible,
                "Exact round-trip format: ￭ marks tokens glued to the previous one; no escaping, "
                "no normalization");
  cmd->add_flag("--split-sentences", flags->split_sentences,
                "Split each line into sentences first (then one sentence per output line)");
  cmd->add_flag("--fold-width", flags->fold_width,
                "Fold full-width ASCII and the ideographic space to ASCII before tokenizing");
  cmd->add_flag("--unify-quotes", flags->unify_quotes,
                "Map curly quotes “ ” ‘ ’ to \" and ' before tokenizing");
  cmd->add_flag("--no-nfc", flags->no_nfc, "Skip NFC normalization (input already NFC)");
  AddThreadsFlag(cmd, flags->threads);
  AddInputFlags(cmd, flags->in);
  cmd->callback([flags] { RunTokenize(*flags); });
}

}  // namespace kobi::cli
