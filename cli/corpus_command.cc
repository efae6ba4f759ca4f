// `kobi corpus build MANIFEST -o DIR`: aligns, cleans and deduplicates document pairs into a
// parallel corpus with a report.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/build_info.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/docalign_command.h"
#include "kobi/core/error.h"
#include "kobi/core/numbers.h"
#include "kobi/corpora/corpus_builder.h"

namespace kobi::cli {
namespace {

struct CorpusFlags {
  std::string manifest;
  std::string output;
  unsigned threads = 0;
  double min_adequacy = 0.1;
  std::vector<std::string> disable;
  bool quiet = false, skip_bad = false, repair = false, keep_unrelated = false;
  std::string encoding = "utf-8";
  bool no_corpus_lexicon = false;
  AlignResourceFlags resources;
  std::vector<std::string> docalign;  // EN KO page sources: align documents first
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
  options.skip_bad = flags.skip_bad;
  options.repair = flags.repair;
  options.encoding = flags.encoding;
  options.keep_unrelated = flags.keep_unrelated;
  options.version = kVersion;
  align::AlignResources resources = LoadAlignResources("corpus", flags.resources);
  options.clean.use_glossary = resources.use_glossary;
  options.clean.glossary = resources.glossary_ptr();
  options.clean.dictionary = resources.dictionary_ptr();
  options.corpus_lexicon = !flags.no_corpus_lexicon;
  std::string manifest = flags.manifest;
  if (!flags.docalign.empty()) {  // --docalign EN KO: the manifest comes from `kobi docalign`
    if (!manifest.empty())
      throw UsageError("corpus build: give a MANIFEST or --docalign EN KO, not both");
    DocAlignFlags d;
    d.en = flags.docalign[0];
    d.ko = flags.docalign[1];
    d.threads = flags.threads;
    manifest = WriteDocAlignManifest(d, resources, flags.output, "corpus");
  } else if (manifest.empty()) {
    throw UsageError("corpus build: needs a MANIFEST (or --docalign EN KO)");
  }
  corpora::CorpusReport report = corpora::BuildCorpus(manifest, flags.output, options);
  for (const auto& d : report.documents) {
    for (const auto& w : d.warnings) Note("corpus", "warning: " + d.en + ": " + w);
    if (d.verdict == corpora::kDocSkipped)
      Note("corpus", "skipped " + d.en + " / " + d.ko + ": " + d.skip_reason);
    if (d.verdict == corpora::kDocUnrelated) {
      Note("corpus", d.en + " / " + d.ko + ": unrelated pages (coverage " +
                         FormatFixed(d.coverage, 3) + ")" +
                         (flags.keep_unrelated ? "; pairs kept (--keep-unrelated)"
                                               : "; no pairs kept (--keep-unrelated keeps them)"));
    }
  }
  const corpora::CorpusTotals& t = report.totals;
  std::string summary = std::to_string(t.documents) + " document pair(s)";
  if (t.documents_skipped > 0) summary += ", " + std::to_string(t.documents_skipped) + " skipped";
  if (t.documents_unrelated > 0)
    summary += ", " + std::to_string(t.documents_unrelated) + " unrelated";
  summary += "; " + std::to_string(t.beads) + " beads, " + std::to_string(t.candidates) +
             " candidate pairs, " + std::to_string(t.kept) + " kept";
  if (t.repaired_utf8 > 0)
    summary +=
        "; replaced " + std::to_string(t.repaired_utf8) + " invalid UTF-8 sequence(s) with U+FFFD";
  Note("corpus", summary);
  if (t.kept == 0) Note("corpus", "no pairs kept; see " + flags.output + "/report.txt");
  Note("corpus", "wrote " + flags.output + "/corpus.{tsv,en,ko,tmx} and report.{json,md,txt}");
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
      "document), corpus.en, corpus.ko, corpus.tmx, report.json, report.md and report.txt, "
      "each complete or not at all. Output is the same for any --threads.");
  build->add_option("manifest", flags->manifest, "Manifest of document pairs");
  build
      ->add_option("--docalign", flags->docalign,
                   "EN KO page folders, lists or JSONL: find the document pairs first "
                   "(kobi docalign; manifest written to DIR/docalign.tsv)")
      ->expected(2);
  build->add_option("-o,--output", flags->output, "Output directory (created)")->required();
  AddThreadsFlag(build, flags->threads);
  build
      ->add_option("--min-adequacy", flags->min_adequacy,
                   "Reject pairs whose adequacy score is below this (0 = off)")
      ->default_val(0.1)
      ->check(CLI::Range(0.0, 1.0));
  build->add_option("--disable", flags->disable, "Cleaning rules not to apply")
      ->delimiter(',')
      ->allow_extra_args(false);
  build->add_flag("--quiet,-q", flags->quiet, "No progress bar");
  build->add_flag("--skip-bad", flags->skip_bad,
                  "Skip a missing, unreadable or invalid-UTF-8 document (named in the report and "
                  "on stderr) instead of failing");
  build->add_flag("--repair", flags->repair,
                  "Replace invalid UTF-8 in documents with U+FFFD (counted) instead of failing");
  build
      ->add_option("--encoding", flags->encoding,
                   "Encoding of the documents: utf-8 (default), cp949 or euc-kr (legacy Korean)")
      ->check(CLI::IsMember({"utf-8", "utf8", "cp949", "euc-kr", "euckr"}, CLI::ignore_case));
  build->add_flag("--keep-unrelated", flags->keep_unrelated,
                  "Keep the pairs of document pairs judged unrelated (not translations)");
  AddAlignResourceFlags(build, flags->resources);
  build->add_flag("--no-corpus-lexicon", flags->no_corpus_lexicon,
                  "Align each document on its own (no lexicon learned across documents)");
  build->footer(
      "Example:\n"
      "  printf 'news/a.en.txt\\tnews/a.ko.txt\\n' > docs.tsv\n"
      "  kobi corpus build docs.tsv -o out && cat out/report.txt\n"
      "  kobi corpus build --docalign crawl/en crawl/ko -o out");
  build->callback([flags] { RunBuild(*flags); });
}

}  // namespace kobi::cli
