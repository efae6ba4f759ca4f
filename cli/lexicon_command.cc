// `kobi lexicon train PAIRS -o LEX`: a word-unit lexicon from any parallel corpus, for
// `kobi align --dictionary LEX` (align/lexicon.h).
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/align/lexicon.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/formats.h"

namespace kobi::cli {
namespace {

struct LexiconFlags {
  std::string input = "-";
  std::string output = "-";
  std::string from;
  bool skip_bad = false;
  int min_count = 2;
  double min_dice = 0.6;
};

void RunTrain(const LexiconFlags& flags) {
  if (flags.min_count < 1) throw UsageError("lexicon train: --min-count must be at least 1");
  if (!(flags.min_dice > 0 && flags.min_dice <= 1)) {
    throw UsageError("lexicon train: --min-dice must be in (0, 1]");
  }
  corpora::ReaderOptions ro;
  if (!flags.from.empty()) {
    auto f = corpora::ParseFormat(flags.from);
    if (!f) throw UsageError("lexicon train: --from: unknown format '" + flags.from + "'");
    ro.format = *f;
  }
  ro.skip_bad = flags.skip_bad;
  auto reader = corpora::OpenPairReader(flags.input, ro);
  align::LexiconTrainer trainer;
  corpora::Pair p;
  while (reader->Next(p)) trainer.AddPair(p.en, p.ko);
  auto entries = trainer.Train({flags.min_count, flags.min_dice});
  if (reader->skipped() > 0) {
    Note("lexicon", "skipped " + std::to_string(reader->skipped()) + " bad row(s)");
  }
  OutputFile out(PrepareOutput(flags.output), corpora::InputFiles(flags.input, ro));
  out.Write(align::FormatLexicon(entries));
  out.Close();
  Note("lexicon",
       std::to_string(trainer.pairs()) + " pairs, " + std::to_string(entries.size()) + " entries");
}

}  // namespace

void AddLexiconCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("lexicon", "Word-unit translation lexicons for the aligner");
  cmd->require_subcommand(1);
  auto flags = std::make_shared<LexiconFlags>();
  auto* train = cmd->add_subcommand(
      "train",
      "Learn a lexicon of English and Korean word units (first five letters / first two\n"
      "syllables) that keep occurring in the same pairs (Dice, mutual best partners).\n"
      "Output lines `en*<TAB>ko*<TAB>count<TAB>dice`, usable as `kobi align --dictionary LEX`.");
  train->footer(
      "Examples:\n"
      "  kobi lexicon train corpus.tsv -o koen.lex\n"
      "  kobi lexicon train pairs.tmx --min-count 3 -o koen.lex\n"
      "  kobi align --presplit --dictionary koen.lex doc.en doc.ko");
  train->add_option("PAIRS", flags->input, "Parallel corpus: TSV, JSONL, TMX or Moses (- = stdin)");
  train->add_option("-o,--output", flags->output, "Lexicon file (- = stdout)");
  train->add_option("--from", flags->from, "Input format (default: detect)");
  train->add_flag("--skip-bad", flags->skip_bad, "Skip and count malformed rows");
  train->add_option("--min-count", flags->min_count, "Pairs a unit pair must share (default 2)");
  train->add_option("--min-dice", flags->min_dice, "Minimum Dice coefficient (default 0.6)");
  train->callback([flags] { RunTrain(*flags); });
}

}  // namespace kobi::cli
