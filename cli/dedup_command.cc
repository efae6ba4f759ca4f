// `kobi dedup [IN|-] [-o OUT] [--exact] [--hash-column] [--annotate]`: drops repeated pairs,
// keeping the first (corpora::DedupStream does the work).
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/filter_stream.h"
#include "kobi/corpora/formats.h"

namespace kobi::cli {
namespace {

struct DedupFlags {
  std::string input = "-";
  std::string output = "-";
  std::string from;
  bool exact = false;
  bool annotate = false;
  bool hash_column = false;
  bool skip_bad = false;
  unsigned threads = 0;
  ColumnFlags columns;
};

void RunDedup(const DedupFlags& flags) {
  corpora::ReaderOptions ro;
  if (!flags.from.empty()) {
    auto f = corpora::ParseFormat(flags.from);
    if (!f) throw UsageError("dedup: --from: unknown format '" + flags.from + "'");
    ro.format = *f;
  }
  ro.skip_bad = flags.skip_bad;
  corpora::DedupStreamOptions o;
  flags.columns.Apply(ro, o.rows);
  o.exact = flags.exact;
  o.rows.annotate = flags.annotate;
  o.rows.hash_column = flags.hash_column;
  o.threads = flags.threads;
  auto reader = corpora::OpenPairReader(flags.input, ro);
  OutputFile out(PrepareOutput(flags.output), corpora::InputFiles(flags.input, ro));
  corpora::DedupStats stats = corpora::DedupStream(*reader, out, o);
  out.Close();
  if (reader->skipped() > 0) {
    Note("dedup", "skipped " + std::to_string(reader->skipped()) + " bad row(s) of " +
                      reader->path() + "; first: " + reader->skip_examples().front());
  }
  Note("dedup", stats.Summary());
}

}  // namespace

void AddDedupCommand(CLI::App& app) {
  auto flags = std::make_shared<DedupFlags>();
  auto* cmd = app.add_subcommand(
      "dedup",
      "Drop repeated sentence pairs, keeping the first occurrence. By default near-duplicates: "
      "pairs equal after NFC, case folding and dropping spaces and punctuation (the key of "
      "kobi clean's duplicate rule and --hash-column); --exact: byte-identical pairs only.\n"
      "Writes TSV in the input's column layout (--scol/--tcol; texts as read); a summary goes "
      "to stderr.");
  cmd->add_option("input", flags->input, "Input pairs (TSV, JSONL, TMX, Moses; - = stdin)")
      ->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output TSV (- = stdout)")->default_val("-");
  cmd->add_flag("--exact", flags->exact, "Only byte-identical pairs are duplicates");
  cmd->add_flag("--hash-column", flags->hash_column,
                "Append the key (XXH3-128, 32 hex digits) as a column");
  cmd->add_flag("--annotate", flags->annotate,
                "Write every pair with a last column: keep or duplicate");
  cmd->add_option("--from", flags->from, "Input format (default: detect)");
  cmd->add_flag("--skip-bad", flags->skip_bad, "Skip malformed rows (counted on stderr)");
  AddColumnFlags(cmd, flags->columns);
  AddThreadsFlag(cmd, flags->threads);
  cmd->footer(
      "Examples:\n"
      "  kobi dedup pairs.tsv -o unique.tsv\n"
      "  kobi dedup crawl.tsv --scol 3 --tcol 4 --exact --annotate | cut -f5 | sort | uniq -c");
  cmd->callback([flags] { RunDedup(*flags); });
}

}  // namespace kobi::cli
