// `kobi docalign EN KO`: which English and Korean pages translate each other. See
// docs/docalign.md.
#include "cli/docalign_command.h"

#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "kobi/align/doc_pages.h"
#include "kobi/align/docalign.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/numbers.h"

namespace kobi::cli {
namespace {

// The library's defaults, changed only by the flags given.
align::DocAlignOptions Options(const DocAlignFlags& f, const align::AlignResources& resources) {
  align::DocAlignOptions options;
  if (f.min_score >= 0) options.min_score = f.min_score;
  options.threads = f.threads;
  if (f.no_verify) options.verify = false;
  resources.Apply(options);
  return options;
}

// The summary on stderr: records of another language skipped, warnings, pairs found.
void Summarize(const DocAlignFlags& f, const align::PageSourceAlignment& a,
               std::string_view command) {
  for (const auto* r : {&a.en_report, &a.ko_report}) {
    if (r->skipped_other_lang > 0) {
      Note(command, (r == &a.en_report ? f.en : f.ko) + ": skipped " +
                        std::to_string(r->skipped_other_lang) +
                        " record(s) whose \"lang\" is another language");
    }
  }
  for (const auto& w : a.result.warnings) Note(command, "warning: " + w);
  std::size_t pairs = a.result.pairs.size();
  Note(command, std::to_string(a.en.size()) + " English and " + std::to_string(a.ko.size()) +
                    " Korean page(s): " + std::to_string(pairs) + " pair(s); unpaired " +
                    std::to_string(a.en.size() - pairs) + " English, " +
                    std::to_string(a.ko.size() - pairs) + " Korean; " +
                    std::to_string(a.result.candidates_scored) + " candidate pair(s) scored, " +
                    std::to_string(a.result.verified) + " checked sentence by sentence (" +
                    std::to_string(a.result.lexicon_entries) + " word unit(s) learned)");
}

void Run(const DocAlignFlags& f) {
  align::AlignResources resources = LoadAlignResources("docalign", f.resources);
  align::PageSourceAlignment a = align::AlignPageSources(f.en, f.ko, Options(f, resources));
  Summarize(f, a, "docalign");
  OutputFile out(PrepareOutput(f.output), {f.en, f.ko});
  out.Write(align::FormatDocPairs(a.result, a.en, a.ko));
  out.Close();
}

}  // namespace

std::string WriteDocAlignManifest(const DocAlignFlags& flags,
                                  const align::AlignResources& resources, const std::string& dir,
                                  std::string_view command) {
  align::PageSourceAlignment a =
      align::WriteDocAlignManifest(flags.en, flags.ko, dir, Options(flags, resources));
  Summarize(flags, a, command);
  Note(command, "wrote " + a.manifest);
  return a.manifest;
}

void AddDocAlignCommand(CLI::App& app) {
  auto flags = std::make_shared<DocAlignFlags>();
  auto* cmd = app.add_subcommand(
      "docalign",
      "Find which English and Korean pages translate each other (document alignment).\n"
      "EN and KO are each a folder of pages (every file below it), a list file (one page path\n"
      "a line), or JSONL crawl records {\"url\":…,\"text\":…,\"lang\":…} (url and lang optional;\n"
      "records of another lang are skipped). Pages are raw text, one paragraph a line.\n"
      "Output: en<TAB>ko<TAB>score a line (paths as given, or URLs for JSONL), one-to-one;\n"
      "pages without a counterpart scoring at least --min-score stay unpaired. The output is a\n"
      "`kobi corpus build` manifest. Output is the same for any -j.\n"
      "Pairs come from shared numbers, names, Latin tokens, glossary entries and learned words;\n"
      "uncertain pairs are checked sentence by sentence, and pages left over get a third pass\n"
      "with words learned from the sentence-aligned confident pairs (docs/docalign.md).\n"
      "-g/--no-default/--no-glossary/--dictionary are those of align, clean and corpus build.");
  cmd->footer(
      "Examples:\n"
      "  kobi docalign crawl/en crawl/ko -o pairs.tsv && kobi corpus build pairs.tsv -o out\n"
      "  kobi docalign en_pages.jsonl ko_pages.jsonl --min-score 0.8\n"
      "  kobi docalign crawl.jsonl crawl.jsonl        # one crawl, split by each record's lang\n"
      "  kobi docalign crawl/en crawl/ko -g names.tsv --dictionary en-ko.dict\n"
      "  kobi corpus build --docalign crawl/en crawl/ko -o out   # both steps");
  cmd->add_option("EN", flags->en, "English pages: folder, list file or JSONL")->required();
  cmd->add_option("KO", flags->ko, "Korean pages: folder, list file or JSONL")->required();
  cmd->add_option("-o,--output", flags->output, "Pair list (- = stdout)");
  cmd->add_option("--min-score", flags->min_score,
                  "Leave pages unpaired when their best pair scores below this (default " +
                      FormatGeneral(align::DocAlignOptions{}.min_score, 3) + ")")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--threads,-j", flags->threads, "Worker threads (0 = all cores)")->default_val(0);
  cmd->add_flag("--no-verify", flags->no_verify,
                "Skip the sentence-level check of uncertain pairs and the third pass (faster;\n"
                "pages without a counterpart are paired more often, short plain pages less)");
  AddAlignResourceFlags(cmd, flags->resources);  // word translations become extra keys
  cmd->callback([flags] { Run(*flags); });
}

}  // namespace kobi::cli
