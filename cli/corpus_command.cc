// `kobi corpus build MANIFEST -o DIR`: aligns, cleans and deduplicates document pairs into a
// parallel corpus with a report.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/corpora/corpus_builder.h"

namespace kobi::cli {
namespace {

struct CorpusFlags {
  std::string manifest;
  std::string output;
  unsigned threads = 0;
  double min_adequacy = 0.1;
  std::vector<std::string> disable;
  bool quiet = false;
};

void RunBuild(const CorpusFlags& flags) {
  corpora::CorpusOptions options;
  options.threads = flags.threads;
  options.clean.min_adequacy = flags.min_adequacy;
  for (const auto& rule : flags.disable) {
    bool known = false;
    for (auto r : corpora::AllRules()) known = known || r == rule;
    if (!known) throw UsageError("corpus build: --disable: unknown rule '" + rule + "'");
    options.clean.disabled.push_back(rule);
  }
  options.progress = !flags.quiet;
  corpora::CorpusReport report = corpora::BuildCorpus(flags.manifest, flags.output, options);
  for (const auto& w : report.warnings) Note("corpus", "warning: " + w);
  Note("corpus", std::to_string(report.documents) + " document pair(s), " +
                     std::to_string(report.beads) + " beads; " + report.stats.Summary());
  if (report.stats.kept() == 0) Note("corpus", "no pairs kept; see " + flags.output + "/report.txt");
  Note("corpus", "wrote " + flags.output + "/corpus.{tsv,en,ko,tmx} and report.{md,txt}");
}

}  // namespace

void AddCorpusCommand(CLI::App& app) {
  auto* corpus = app.add_subcommand("corpus", "Build parallel corpora from document pairs");
  corpus->require_subcommand(1);
  auto flags = std::make_shared<CorpusFlags>();
  auto* build = corpus->add_subcommand(
      "build",
      "Segment, align, clean and deduplicate every document pair of a manifest into one "
      "corpus.\nMANIFEST has one pair per line: en_path<TAB>ko_path (relative to the "
      "manifest; # comments allowed).\nWrites DIR/corpus.tsv (en, ko, bead score, source "
      "document), corpus.en, corpus.ko, corpus.tmx, report.md and report.txt. Output is the "
      "same for any --threads.");
  build->add_option("manifest", flags->manifest, "Manifest of document pairs")->required();
  build->add_option("-o,--output", flags->output, "Output directory (created)")->required();
  build->add_option("--threads,-j", flags->threads, "Worker threads (0 = all cores)")
      ->default_val(0);
  build->add_option("--min-adequacy", flags->min_adequacy,
                    "Reject pairs whose adequacy score is below this (0 = off)")
      ->default_val(0.1)
      ->check(CLI::Range(0.0, 1.0));
  build->add_option("--disable", flags->disable, "Cleaning rules not to apply")
      ->delimiter(',')
      ->allow_extra_args(false);
  build->add_flag("--quiet,-q", flags->quiet, "No progress bar");
  build->footer(
      "Example:\n"
      "  printf 'news/a.en.txt\\tnews/a.ko.txt\\n' > docs.tsv\n"
      "  kobi corpus build docs.tsv -o out && cat out/report.txt");
  build->callback([flags] { RunBuild(*flags); });
}

}  // namespace kobi::cli
