// `kobi convert IN -o OUT --to FORMAT`: converts sentence pairs between TSV, Moses, JSONL and
// TMX, byte for byte.
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/strings.h"
#include "kobi/corpora/formats.h"

namespace kobi::cli {
namespace {

struct ConvertFlags {
  std::string input = "-";
  std::string output = "-";
  std::string to;
  std::string from;
  bool skip_bad = false;
  bool repair = false;
  bool header = false;
  std::string en_lang = "en";
  std::string ko_lang = "ko";
};

const char* kFormats = "tsv|moses|jsonl|tmx";

corpora::Format ParseFormatFlag(const std::string& value, const char* flag) {
  auto f = corpora::ParseFormat(value);
  if (!f)
    throw UsageError(std::string(flag) + ": unknown format '" + value + "' (use " + kFormats + ")");
  return *f;
}

void RunConvert(const ConvertFlags& flags) {
  corpora::ReaderOptions ro;
  if (!flags.from.empty()) ro.format = ParseFormatFlag(flags.from, "--from");
  ro.skip_bad = flags.skip_bad;
  ro.repair_utf8 = flags.repair;
  corpora::WriterOptions wo;
  if (!flags.to.empty()) {
    wo.format = ParseFormatFlag(flags.to, "--to");
  } else if (auto f = corpora::FormatFromPath(flags.output); f && flags.output != "-") {
    wo.format = *f;
  } else {
    throw UsageError("convert: say which format to write with --to (" + std::string(kFormats) +
                     ")");
  }
  auto primary = [](std::string s) {  // the TMX reader matches languages on the primary subtag
    return kobi::AsciiLower(s.substr(0, s.find_first_of("-_")));
  };
  if (primary(flags.en_lang).empty() || primary(flags.ko_lang).empty() ||
      primary(flags.en_lang) == primary(flags.ko_lang)) {
    throw UsageError(
        "convert: --en-lang and --ko-lang need two different languages "
        "(a TMX with them could not be read back)");
  }
  wo.tsv_header = flags.header;
  wo.en_lang = flags.en_lang;
  wo.ko_lang = flags.ko_lang;
  auto reader = corpora::OpenPairReader(flags.input, ro);
  wo.input_name = reader->path();
  wo.inputs = corpora::InputFiles(flags.input, ro);
  auto writer = corpora::OpenPairWriter(PrepareOutput(flags.output), wo);
  corpora::Pair pair;
  std::uint64_t written = 0;
  while (reader->Next(pair)) {
    writer->Write(pair);
    ++written;
  }
  writer->Close();
  ReportRepairs("convert", reader->path(), reader->repaired());
  if (reader->skipped() > 0) {
    Note("convert", "skipped " + std::to_string(reader->skipped()) + " bad row(s) of " +
                        reader->path() + "; first: " + reader->skip_examples().front());
    for (std::size_t i = 1; i < reader->skip_examples().size(); ++i) {
      Note("convert", "  also: " + reader->skip_examples()[i]);
    }
  }
  if (written == 0) Note("convert", "no pairs in " + reader->path() + "; wrote an empty corpus");
}

}  // namespace

void AddConvertCommand(CLI::App& app) {
  auto flags = std::make_shared<ConvertFlags>();
  auto* cmd = app.add_subcommand(
      "convert",
      "Convert sentence pairs between TSV, Moses, JSONL and TMX.\n"
      "Text is copied byte for byte (no normalisation), so tsv -> X -> tsv gives back the same "
      "file.\nThe input format is taken from --from, else the file name (.tsv .jsonl .tmx, "
      "X.en/X.ko or the prefix X for Moses; .gz/.zst allowed), else the content.");
  cmd->add_option("input", flags->input, "Input file, Moses prefix, or - for stdin")
      ->default_val("-");
  cmd->add_option("-o,--output", flags->output,
                  "Output file (- = stdout; for moses the prefix X writes X.en and X.ko)")
      ->default_val("-");
  cmd->add_option("-f,--format,--to", flags->to, "Output format: tsv, moses, jsonl or tmx");
  cmd->add_option("--from", flags->from, "Input format (default: detect)");
  cmd->add_flag("--skip-bad", flags->skip_bad,
                "Skip bad rows (missing column, stray tab, invalid UTF-8, broken JSON/TMX) and "
                "count them on stderr instead of failing");
  cmd->add_flag("--repair", flags->repair, "Replace invalid UTF-8 by U+FFFD (counted on stderr)");
  cmd->add_flag("--header", flags->header, "TSV output: write an en<TAB>ko header line first");
  cmd->add_option("--en-lang", flags->en_lang, "TMX xml:lang of the English side")
      ->default_val("en");
  cmd->add_option("--ko-lang", flags->ko_lang, "TMX xml:lang of the Korean side")
      ->default_val("ko");
  cmd->footer(
      "Examples:\n"
      "  kobi convert pairs.tsv -o pairs.tmx --to tmx\n"
      "  kobi convert pairs.tmx --to jsonl > pairs.jsonl\n"
      "  kobi convert corpus.en -o pairs.tsv.gz --to tsv      # Moses pair corpus.en + corpus.ko\n"
      "  zcat pairs.tsv.gz | kobi convert - -o train --to moses --skip-bad");
  cmd->callback([flags] { RunConvert(*flags); });
}

}  // namespace kobi::cli
