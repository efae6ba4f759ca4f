// `kobi docalign EN KO`: which English and Korean pages translate each other. See
// docs/docalign.md.
#include "cli/docalign_command.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kobi/align/dictionary.h"
#include "kobi/align/doc_pages.h"
#include "kobi/align/docalign.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"

namespace kobi::cli {
namespace {

// The options of flags.glossary_sources / no_glossary / dictionary, with what they point to.
struct DocAlignSetup {
  std::optional<glossary::Glossary> glossary;
  std::optional<align::Dictionary> dictionary;
  align::DocAlignOptions options;
};

void Setup(const DocAlignFlags& f, std::string_view command, DocAlignSetup& s) {
  s.options.min_score = f.min_score;
  s.options.threads = f.threads;
  if (f.no_glossary) {
    s.options.use_glossary = false;
  } else {
    s.glossary.emplace(LoadGlossarySources(command, f.glossary_sources, " (or use --no-glossary)"));
    s.options.glossary = &*s.glossary;
  }
  if (!f.dictionary.empty()) {
    s.dictionary = align::Dictionary::Load(f.dictionary);
    s.options.dictionary = &*s.dictionary;
    Note(command, f.dictionary + ": " + std::to_string(s.dictionary->size()) + " dictionary entries");
  }
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
                    std::to_string(a.result.candidates_scored) + " candidate pair(s) scored");
}

void Run(const DocAlignFlags& f) {
  DocAlignSetup s;
  Setup(f, "docalign", s);
  align::PageSourceAlignment a = align::AlignPageSources(f.en, f.ko, s.options);
  Summarize(f, a, "docalign");
  OutputFile out(PrepareOutput(f.output), {f.en, f.ko});
  out.Write(align::FormatDocPairs(a.result, a.en, a.ko));
  out.Close();
}

}  // namespace

std::string WriteDocAlignManifest(const DocAlignFlags& flags, const std::string& dir,
                                  std::string_view command) {
  DocAlignSetup s;
  Setup(flags, command, s);
  align::PageSourceAlignment a = align::WriteDocAlignManifest(flags.en, flags.ko, dir, s.options);
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
      "`kobi corpus build` manifest. Output is the same for any -j.");
  cmd->footer(
      "Examples:\n"
      "  kobi docalign crawl/en crawl/ko -o pairs.tsv && kobi corpus build pairs.tsv -o out\n"
      "  kobi docalign en_pages.jsonl ko_pages.jsonl --min-score 0.8\n"
      "  kobi docalign crawl.jsonl crawl.jsonl        # one crawl, split by each record's lang\n"
      "  kobi corpus build --docalign crawl/en crawl/ko -o out   # both steps");
  cmd->add_option("EN", flags->en, "English pages: folder, list file or JSONL")->required();
  cmd->add_option("KO", flags->ko, "Korean pages: folder, list file or JSONL")->required();
  cmd->add_option("-o,--output", flags->output, "Pair list (- = stdout)");
  cmd->add_option("--min-score", flags->min_score,
                  "Leave pages unpaired when their best pair scores below this")
      ->default_val(0.5)
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--threads,-j", flags->threads, "Worker threads (0 = all cores)")
      ->default_val(0);
  AddGlossarySourceFlags(cmd, flags->glossary_sources);
  cmd->add_flag("--no-glossary", flags->no_glossary, "Do not use any glossary");
  cmd->add_option("--dictionary", flags->dictionary,
                  "Word dictionary (TSV en<TAB>ko, or hunalign's `ko @ en` lines): word\n"
                  "translations as extra keys, for pages with few names and numbers");
  cmd->callback([flags] { Run(*flags); });
}

}  // namespace kobi::cli
