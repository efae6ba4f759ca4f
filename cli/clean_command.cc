// `kobi clean [IN|-] [--annotate] [-o OUT]`: filters and repairs EN–KO sentence pairs.
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/corpora/cleaner.h"
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
  unsigned threads = 1;
  double min_adequacy = 0.1;
  double max_ratio = 2.0;
  std::vector<std::string> disable;
};

struct Item {
  corpora::Pair pair;
  corpora::Verdict verdict;
};

void RunClean(const CleanFlags& flags) {
  corpora::CleanOptions options;
  options.repair_mojibake = !flags.no_repair;
  options.min_adequacy = flags.min_adequacy;
  options.max_length_ratio = flags.max_ratio;
  for (const auto& rule : flags.disable) {
    bool known = false;
    for (auto r : corpora::AllRules()) known = known || r == rule;
    if (!known) throw UsageError("clean: --disable: unknown rule '" + rule + "'");
    options.disabled.push_back(rule);
  }
  if (flags.no_dedup) options.disabled.emplace_back(corpora::kRuleDuplicate);
  bool dedup = std::find(options.disabled.begin(), options.disabled.end(),
                         corpora::kRuleDuplicate) == options.disabled.end();

  corpora::ReaderOptions ro;
  if (!flags.from.empty()) {
    auto f = corpora::ParseFormat(flags.from);
    if (!f) throw UsageError("clean: --from: unknown format '" + flags.from + "'");
    ro.format = *f;
  }
  ro.skip_bad = flags.skip_bad;
  auto reader = corpora::OpenPairReader(flags.input, ro);
  corpora::Cleaner cleaner(options);
  corpora::Deduper deduper;
  corpora::CleanStats stats;
  OutputFile out(flags.output);
  std::string line;

  OrderedParallelMap<corpora::Pair, Item> pm(flags.threads, 512);
  pm.Run(
      [&](corpora::Pair& p) { return reader->Next(p); },
      [&](const corpora::Pair& p) {
        Item item;
        item.verdict = cleaner.Check(p.en, p.ko);
        item.pair.extra = p.extra;
        item.pair.line = p.line;
        return item;
      },
      [&](Item&& item) {
        corpora::Verdict& v = item.verdict;
        if (v.keep() && dedup && deduper.Seen(v.key)) v.rule = corpora::kRuleDuplicate;
        stats.Add(v);
        if (!v.keep() && !flags.annotate) return;
        auto check = [&](const std::string& text) {
          if (text.find_first_of("\t\n") != std::string::npos) {
            throw InputError(reader->path(), item.pair.line,
                             "text contains a tab or line break and cannot be written as TSV");
          }
        };
        check(v.en);
        check(v.ko);
        line.clear();
        line += v.en;
        line += '\t';
        line += v.ko;
        for (const auto& e : item.pair.extra) {
          check(e);
          line += '\t';
          line += e;
        }
        if (flags.annotate) {
          line += '\t';
          line += v.rule;
        }
        line += '\n';
        out.Write(line);
      });
  out.Close();
  if (reader->skipped() > 0) {
    Note("clean", "skipped " + std::to_string(reader->skipped()) + " bad row(s) of " +
                      reader->path() + "; first: " + reader->skip_examples().front());
  }
  if (!cleaner.adequacy_enabled() && options.min_adequacy > 0) {
    Note("clean", "adequacy rule disabled");
  }
  Note("clean", stats.Summary());
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
      "Writes kept pairs as TSV (extra input columns kept); a summary goes to stderr.");
  cmd->add_option("input", flags->input, "Input pairs (TSV, JSONL, TMX, Moses; - = stdin)")
      ->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output TSV (- = stdout)")->default_val("-");
  cmd->add_flag("--annotate", flags->annotate,
                "Write every input pair, in order, with a last column: keep or the rule name");
  cmd->add_option("--from", flags->from, "Input format (default: detect)");
  cmd->add_flag("--skip-bad", flags->skip_bad, "Skip malformed rows (counted on stderr)");
  cmd->add_flag("--no-repair", flags->no_repair, "Reject mojibake instead of repairing it");
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
  AddThreadsFlag(cmd, flags->threads);
  cmd->footer(
      "Examples:\n"
      "  kobi clean pairs.tsv -o clean.tsv\n"
      "  kobi clean pairs.tsv --annotate | cut -f3 | sort | uniq -c     # why pairs go\n"
      "  zcat crawl.tsv.gz | kobi clean - -j 0 --min-adequacy 0.2 > clean.tsv");
  cmd->callback([flags] { RunClean(*flags); });
}

}  // namespace kobi::cli
