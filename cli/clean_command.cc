// `kobi clean [IN|-] [--annotate] [-o OUT]`: filters and repairs EN–KO sentence pairs
// (corpora::CleanStream does the work).
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/cleaner.h"
#include "kobi/corpora/filter_stream.h"
#include "kobi/corpora/formats.h"

namespace kobi::cli {
namespace {

struct CleanFlags {
  std::string input = "-";
  std::string output = "-";
  std::string from;
  bool annotate = false;
  bool skip_bad = false;
  bool no_repair = false;
  bool no_dedup = false;
  unsigned threads = 0;
  double min_adequacy = 0.1;
  double max_ratio = 2.0;
  std::vector<std::string> disable;
  ColumnFlags columns;
  bool score_column = false;
  bool hash_column = false;
  AlignResourceFlags resources;
};

// Maps the flags onto the library's options and runs its pipeline (corpora::CleanFile).
void RunClean(const CleanFlags& flags) {
  corpora::CleanFileOptions fo;
  corpora::CleanOptions& options = fo.stream.clean;
  options.repair_mojibake = !flags.no_repair;
  options.repair_entities = !flags.no_repair;
  options.min_adequacy = flags.min_adequacy;
  options.max_length_ratio = flags.max_ratio;
  for (const auto& rule : flags.disable) {
    if (!corpora::IsCleanRule(rule))
      throw UsageError("clean: --disable: unknown rule '" + rule + "'");
    options.disabled.push_back(rule);
  }
  align::AlignResources resources = LoadAlignResources("clean", flags.resources);
  options.use_glossary = resources.use_glossary;
  options.glossary = resources.glossary_ptr();
  options.dictionary = resources.dictionary_ptr();
  if (flags.no_dedup) options.disabled.emplace_back(corpora::kRuleDuplicate);

  corpora::ReaderOptions& ro = fo.reader;
  if (!flags.from.empty()) {
    auto f = corpora::ParseFormat(flags.from);
    if (!f) throw UsageError("clean: --from: unknown format '" + flags.from + "'");
    ro.format = *f;
  }
  ro.skip_bad = flags.skip_bad;
  flags.columns.Apply(ro, fo.stream.rows);
  fo.stream.rows.annotate = flags.annotate;
  fo.stream.rows.score_column = flags.score_column;
  fo.stream.rows.hash_column = flags.hash_column;
  fo.stream.threads = flags.threads;
  corpora::CleanFileResult r = corpora::CleanFile(flags.input, flags.output, fo);
  if (r.skipped > 0) {
    Note("clean", "skipped " + std::to_string(r.skipped) + " bad row(s) of " + r.input +
                      "; first: " + r.skip_examples.front());
  }
  if (r.adequacy_disabled) Note("clean", "adequacy rule disabled");
  Note("clean", r.stats.Summary());
}

}  // namespace

void AddCleanCommand(CLI::App& app) {
  auto flags = std::make_shared<CleanFlags>();
  auto* cmd = app.add_subcommand(
      "clean",
      "Filter and repair English-Korean sentence pairs, one decision per input pair.\n"
      "Rules, in order (the first that fires names the rejection): empty, mojibake (repaired "
      "when possible), too_long, markup, url, boilerplate, swapped, copy, wrong_lang, script, "
      "too_short, length_ratio, numbers (with 만/억/조 and dates), adequacy (aligner's pair "
      "score), duplicate (exact or normalised; the first is kept).\n"
      "Mojibake and HTML entities (&ntilde;) are repaired first. Writes kept pairs as TSV in "
      "the input's column layout (other columns carried through, --scol/--tcol), optionally "
      "with appended score and hash columns; a summary goes to stderr.");
  cmd->add_option("input", flags->input, "Input pairs (TSV, JSONL, TMX, Moses; - = stdin)")
      ->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output TSV (- = stdout)")->default_val("-");
  cmd->add_flag("--annotate", flags->annotate,
                "Write every input pair as read, in order, with a last column: keep or the rule "
                "name");
  cmd->add_option("--from", flags->from, "Input format (default: detect)");
  cmd->add_flag("--skip-bad", flags->skip_bad, "Skip malformed rows (counted on stderr)");
  cmd->add_flag("--no-repair", flags->no_repair,
                "Reject mojibake and HTML entities instead of repairing them");
  cmd->add_flag("--no-dedup", flags->no_dedup, "Keep duplicates");
  cmd->add_option("--min-adequacy", flags->min_adequacy,
                  "Reject pairs whose adequacy score (0-1) is below this; 0 turns it off")
      ->default_val(0.1)
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--max-ratio", flags->max_ratio,
                  "Largest allowed ratio of weighted lengths (a Hangul syllable = 2.1)")
      ->default_val(2.0)
      ->check(CLI::Range(1.0, 100.0));
  cmd->add_option("--disable", flags->disable, "Rules not to apply (repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false);
  AddColumnFlags(cmd, flags->columns);
  cmd->add_flag("--score-column", flags->score_column,
                "Append the adequacy score (0-1, 3 decimals) as a column");
  cmd->add_flag("--hash-column", flags->hash_column,
                "Append the dedup hash (XXH3-128 of the normalised pair, 32 hex digits; the same "
                "as kobi dedup's) as a column");
  AddThreadsFlag(cmd, flags->threads);
  AddAlignResourceFlags(cmd, flags->resources);
  cmd->footer(
      "Examples:\n"
      "  kobi clean pairs.tsv -o clean.tsv\n"
      "  kobi clean bitextor.tsv --scol 3 --tcol 4 --score-column --hash-column  # url url en ko\n"
      "  kobi clean pairs.tsv --annotate | cut -f3 | sort | uniq -c     # why pairs go\n"
      "  zcat crawl.tsv.gz | kobi clean - -j 0 --min-adequacy 0.2 > clean.tsv");
  cmd->callback([flags] { RunClean(*flags); });
}

}  // namespace kobi::cli
