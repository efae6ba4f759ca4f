// `kobi docalign EN KO`: which English and Korean pages translate each other. See
// docs/docalign.md.
#include "cli/docalign_command.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kobi/align/doc_pages.h"
#include "kobi/align/docalign.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/numbers.h"

namespace kobi::cli {
namespace {

namespace fs = std::filesystem;

struct Aligned {
  std::vector<align::DocPage> en, ko;
  align::PageLoadReport en_report, ko_report;
  align::DocAlignResult result;
};

Aligned Align(const DocAlignFlags& f, const AlignResources& resources,
              std::string_view command) {
  Aligned a;
  a.en = align::LoadPages(f.en, Lang::kEn, &a.en_report);
  a.ko = align::LoadPages(f.ko, Lang::kKo, &a.ko_report);
  for (const auto* r : {&a.en_report, &a.ko_report}) {
    if (r->skipped_other_lang > 0) {
      Note(command, (r == &a.en_report ? f.en : f.ko) + ": skipped " +
                        std::to_string(r->skipped_other_lang) +
                        " record(s) whose \"lang\" is another language");
    }
  }
  align::DocAlignOptions options;  // the library's defaults, changed only by given flags
  if (f.min_score >= 0) options.min_score = f.min_score;
  options.threads = f.threads;
  if (f.no_verify) options.verify = false;
  options.use_glossary = resources.use_glossary;
  options.glossary = resources.glossary_ptr();
  options.dictionary = resources.dictionary_ptr();
  a.result = align::DocAlign(a.en, a.ko, options);
  for (const auto& w : a.result.warnings) Note(command, "warning: " + w);
  std::size_t pairs = a.result.pairs.size();
  Note(command, std::to_string(a.en.size()) + " English and " + std::to_string(a.ko.size()) +
                    " Korean page(s): " + std::to_string(pairs) + " pair(s); unpaired " +
                    std::to_string(a.en.size() - pairs) + " English, " +
                    std::to_string(a.ko.size() - pairs) + " Korean; " +
                    std::to_string(a.result.candidates_scored) + " candidate pair(s) scored, " +
                    std::to_string(a.result.verified) + " checked sentence by sentence (" +
                    std::to_string(a.result.lexicon_entries) + " word unit(s) learned)");
  return a;
}

void Run(const DocAlignFlags& f) {
  std::unique_ptr<AlignResources> resources = LoadAlignResources("docalign", f.resources);
  Aligned a = Align(f, *resources, "docalign");
  OutputFile out(PrepareOutput(f.output), {f.en, f.ko});
  out.Write(align::FormatDocPairs(a.result, a.en, a.ko));
  out.Close();
}

}  // namespace

std::string WriteDocAlignManifest(const DocAlignFlags& flags, const AlignResources& resources,
                                  const std::string& dir, std::string_view command) {
  Aligned a = Align(flags, resources, command);
  fs::create_directories(dir);
  // Ids become paths the manifest can name: files by absolute path, JSONL records as files.
  auto as_paths = [&](std::vector<align::DocPage>& pages, const align::PageLoadReport& r,
                      const char* side) {
    if (r.kind != align::PageSourceKind::kJsonl) {
      for (auto& p : pages) p.id = fs::absolute(p.id).string();
      return;
    }
    fs::path folder = fs::path(dir) / "docalign_pages" / side;
    fs::create_directories(folder);
    std::vector<bool> paired(pages.size(), false);
    for (const auto& p : a.result.pairs) paired[side[0] == 'e' ? p.en : p.ko] = true;
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (!paired[i]) continue;
      std::string name = "docalign_pages/" + std::string(side) + "/" + std::to_string(i) + ".txt";
      OutputFile out((fs::path(dir) / name).string());
      out.Write(pages[i].text);
      out.Close();
      pages[i].id = name;
    }
  };
  as_paths(a.en, a.en_report, "en");
  as_paths(a.ko, a.ko_report, "ko");
  std::string manifest = (fs::path(dir) / "docalign.tsv").string();
  OutputFile out(manifest);
  out.Write(align::FormatDocPairs(a.result, a.en, a.ko));
  out.Close();
  Note(command, "wrote " + manifest);
  return manifest;
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
      "  kobi docalign crawl.jsonl crawl.jsonl        # one crawl, split by each record's lang\n"      "  kobi docalign crawl/en crawl/ko -g names.tsv --dictionary en-ko.dict\n"
      "  kobi corpus build --docalign crawl/en crawl/ko -o out   # both steps");
  cmd->add_option("EN", flags->en, "English pages: folder, list file or JSONL")->required();
  cmd->add_option("KO", flags->ko, "Korean pages: folder, list file or JSONL")->required();
  cmd->add_option("-o,--output", flags->output, "Pair list (- = stdout)");
  cmd->add_option("--min-score", flags->min_score,
                  "Leave pages unpaired when their best pair scores below this (default " +
                      FormatGeneral(align::DocAlignOptions{}.min_score, 3) + ")")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--threads,-j", flags->threads, "Worker threads (0 = all cores)")
      ->default_val(0);
  cmd->add_flag("--no-verify", flags->no_verify,
                "Skip the sentence-level check of uncertain pairs and the third pass (faster;\n"
                "pages without a counterpart are paired more often, short plain pages less)");
  AddAlignResourceFlags(cmd, flags->resources);  // word translations become extra keys
  cmd->callback([flags] { Run(*flags); });
}

}  // namespace kobi::cli
