// `kobi review SOURCE -o OUT`: static review pages for a corpus build folder or an
// `align --batch` job list (kobi/corpora/review.h).
#include <string>

#include "cli/build_info.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/corpora/review.h"

namespace kobi::cli {
namespace {

struct ReviewFlags {
  std::string source;
  std::string output;
  std::string manifest;
  unsigned threads = 0;
  bool quiet = false;
  bool no_corpus_lexicon = false;
  AlignResourceFlags resources;
};

void RunReview(const ReviewFlags& flags) {
  if (flags.output == "-") throw UsageError("review: -o names a folder (not stdout)");
  align::AlignResources resources = LoadAlignResources("review", flags.resources);
  corpora::ReviewOptions options;
  options.threads = flags.threads;
  options.progress = !flags.quiet;
  options.glossary = resources.glossary_ptr();
  options.use_glossary = resources.use_glossary;
  options.dictionary = resources.dictionary_ptr();
  options.manifest = flags.manifest;
  options.corpus_lexicon = !flags.no_corpus_lexicon;
  options.version = kVersion;
  corpora::ReviewResult r = corpora::WriteReview(flags.source, flags.output, options);
  for (const std::string& w : r.warnings) Note("review", "warning: " + w);
  Note("review", std::to_string(r.documents) + " document pair(s), " + std::to_string(r.pages) +
                     " page(s); open " + flags.output + "/index.html");
}

}  // namespace

void AddReviewCommand(CLI::App& app) {
  auto flags = std::make_shared<ReviewFlags>();
  auto* cmd = app.add_subcommand(
      "review",
      "Static review pages (no server, no network) for a corpus build folder (DIR with\n"
      "report.json) or an `align --batch` job list: an index of the documents and one page\n"
      "per document with beads, evidence, unaligned sentences and cut furniture; accept,\n"
      "reject, merge and split beads, export gold beads and accepted pairs. The documents are\n"
      "aligned again exactly as the build (or the batch) aligned them.");
  cmd->add_option("SOURCE", flags->source, "Corpus build folder or align --batch list")->required();
  cmd->add_option("-o,--output", flags->output, "Output folder (created)")->required();
  cmd->add_option("--manifest", flags->manifest,
                  "The manifest of the build, when report.json's path does not resolve from here");
  AddThreadsFlag(cmd, flags->threads);
  cmd->add_flag("--quiet,-q", flags->quiet, "No progress bar");
  AddAlignResourceFlags(cmd, flags->resources);
  cmd->add_flag(
      "--no-corpus-lexicon", flags->no_corpus_lexicon,
      "Batch lists: align each document on its own (as align --batch --no-corpus-lexicon)");
  cmd->footer(
      "Examples:\n"
      "  kobi corpus build docs.tsv -o out && kobi review out -o out/review\n"
      "  kobi review jobs.tsv -o review      # an align --batch list\n"
      "Keys in a document page: j/k move, a accept, r reject, m merge, s split, [ ] { } move a\n"
      "boundary; exports: a beads file (`kobi eval align GOLD TEST`) and a TSV of accepted pairs.");
  cmd->callback([flags] { RunReview(*flags); });
}

}  // namespace kobi::cli
