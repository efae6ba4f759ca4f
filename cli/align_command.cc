// `kobi align EN KO`: sentence alignment of a document pair (raw or --presplit), or of many
// pairs with --batch. See docs/align.md.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kobi/align/aligner.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/writers.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/core/progress.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::cli {
namespace {

struct AlignFlags {
  std::string en_path, ko_path, output = "-", format, lang = "en,ko", dictionary, batch;
  GlossarySourceFlags glossary_sources;
  bool presplit = false, no_glossary = false, no_lexicon = false, no_zones = false;
  int band = 0;
  unsigned threads = 1;
  InputFlags input;
};

std::vector<std::string> ReadLines(const std::string& path, const InputFlags& input) {
  LineReader reader(path, input.ToOptions());
  std::vector<std::string> lines;
  std::string line;
  while (reader.Next(line)) lines.push_back(line);
  ReportRepairs("align", path, reader.repaired());
  return lines;
}

// One document pair: read, align, format. Returns the formatted output(s) and warnings.
struct JobResult {
  std::string out, out2;  // out2: Korean side for moses
  std::vector<std::string> warnings;
};

JobResult AlignOne(const std::string& en_path, const std::string& ko_path, const AlignFlags& f,
                   align::OutputFormat format, const align::AlignOptions& options) {
  std::vector<std::string> en, ko;
  align::Alignment alignment;
  if (f.presplit) {
    en = ReadLines(en_path, f.input);
    ko = ReadLines(ko_path, f.input);
    alignment = align::AlignSentences(en, ko, options);
  } else {
    auto pages = align::AlignPages(ReadAll(en_path, f.input.ToOptions()),
                                   ReadAll(ko_path, f.input.ToOptions()), options);
    en = std::move(pages.en);
    ko = std::move(pages.ko);
    alignment = std::move(pages.alignment);
  }
  JobResult r;
  for (const auto& w : alignment.warnings) r.warnings.push_back(en_path + " / " + ko_path + ": " + w);
  align::AlignedText doc{en, ko, alignment, options, en_path + " / " + ko_path};
  switch (format) {
    case align::OutputFormat::kBeads: r.out = align::FormatBeads(alignment); break;
    case align::OutputFormat::kTsv: r.out = align::FormatTsv(doc); break;
    case align::OutputFormat::kJsonl: r.out = align::FormatJsonl(doc); break;
    case align::OutputFormat::kTmx: r.out = align::FormatTmx(doc); break;
    case align::OutputFormat::kHtml: r.out = align::FormatHtml(doc); break;
    case align::OutputFormat::kMoses: std::tie(r.out, r.out2) = align::FormatMoses(doc); break;
  }
  if (r.out.empty() && alignment.warnings.empty()) {
    r.warnings.push_back(en_path + " / " + ko_path + ": no aligned pairs to write");
  }
  return r;
}

void Write(const std::string& path, const JobResult& r, align::OutputFormat format) {
  if (format == align::OutputFormat::kMoses) {
    if (path == "-") throw UsageError("--format moses needs -o PREFIX (writes PREFIX.en, PREFIX.ko)");
    OutputFile en(path + ".en"), ko(path + ".ko");
    en.Write(r.out);
    ko.Write(r.out2);
    en.Close();
    ko.Close();
    return;
  }
  OutputFile out(path);
  out.Write(r.out);
  out.Close();
}

void Run(const AlignFlags& f) {
  std::string fmt = f.format.empty() ? (f.presplit ? "beads" : "tsv") : f.format;
  auto format = align::ParseOutputFormat(fmt);
  if (!format) throw UsageError("unknown --format " + fmt);
  align::AlignOptions options;
  if (f.lang.find(',') == std::string::npos) throw UsageError("--lang wants SRC,TGT, e.g. en,ko or de,fr");
  if (f.lang == "en,ko") {
    options.source = Lang::kEn;
    options.target = Lang::kKo;
  } else {
    options.source = options.target = Lang::kOther;  // language-independent signals
  }
  std::optional<glossary::Matcher> matcher;
  if (!f.no_glossary && options.source == Lang::kEn) {
    matcher.emplace(
        LoadGlossarySources("align", f.glossary_sources, " (or use --no-glossary)"));
    options.glossary = &*matcher;
  }
  std::optional<align::Dictionary> dict;
  if (!f.dictionary.empty()) {
    dict = align::Dictionary::Load(f.dictionary);
    options.dictionary = &*dict;
    Note("align", f.dictionary + ": " + std::to_string(dict->size()) + " dictionary entries");
  }
  options.learn_lexicon = !f.no_lexicon;
  options.segment_pages = !f.no_zones;
  options.band = f.band;

  if (f.batch.empty()) {
    if (f.en_path.empty() || f.ko_path.empty()) throw UsageError("align needs EN and KO files (or --batch LIST)");
    JobResult r = AlignOne(f.en_path, f.ko_path, f, *format, options);
    for (const auto& w : r.warnings) Note("align", "warning: " + w);
    Write(f.output, r, *format);
    return;
  }
  // Batch: en<TAB>ko<TAB>out a line.
  struct Job {
    std::string en, ko, out;
    std::uint64_t line = 0;
  };
  std::vector<Job> jobs;
  {
    LineReader list(f.batch);
    std::string line;
    while (list.Next(line)) {
      if (line.empty() || line[0] == '#') continue;
      Job j;
      std::size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
      if (t2 == std::string::npos) throw InputError(f.batch, list.line_number(), "expected en_path<TAB>ko_path<TAB>out_path");
      j.en = line.substr(0, t1);
      j.ko = line.substr(t1 + 1, t2 - t1 - 1);
      j.out = line.substr(t2 + 1);
      j.line = list.line_number();
      jobs.push_back(std::move(j));
    }
  }
  if (jobs.empty()) Note("align", f.batch + ": no jobs in the list");
  Progress progress("align", jobs.size());
  std::size_t next = 0;
  OrderedParallelMap<Job, JobResult> pm(f.threads, 1);
  std::size_t written = 0;
  pm.Run([&](Job& j) {
           if (next >= jobs.size()) return false;
           j = jobs[next++];
           return true;
         },
         [&](const Job& j) {
           JobResult r = AlignOne(j.en, j.ko, f, *format, options);
           Write(j.out, r, *format);
           return r;
         },
         [&](JobResult&& r) {
           for (const auto& w : r.warnings) Note("align", "warning: " + w);
           ++written;
           progress.Advance();
         });
  progress.Finish();
  Note("align", "aligned " + std::to_string(written) + " document pair(s)");
}

}  // namespace

void AddAlignCommand(CLI::App& app) {
  auto flags = std::make_shared<AlignFlags>();
  auto* cmd = app.add_subcommand(
      "align",
      "Align the sentences of an English document and its Korean translation.\n"
      "Raw input (default): pages are segmented into zones and split into sentences; only the\n"
      "headline and body are aligned (bylines, datelines, credits, boilerplate never pair up).\n"
      "--presplit: one segment a line; beads index lines (0-based).\n"
      "Output: beads `[i,j]:[k]:score` (default with --presplit), tsv `en<TAB>ko<TAB>score`\n"
      "(default for raw input), jsonl (with evidence), moses (-o PREFIX), tmx, html (review page).");
  cmd->footer(
      "Examples:\n"
      "  kobi align --presplit doc.en doc.ko > doc.beads\n"
      "  kobi align news_en.txt news_ko.txt --format html -o review.html\n"
      "  kobi align --presplit --lang de,fr a.de a.fr\n"
      "  kobi align --batch jobs.tsv --threads 0      # en<TAB>ko<TAB>out a line");
  cmd->add_option("EN", flags->en_path, "English document (- = stdin)");
  cmd->add_option("KO", flags->ko_path, "Korean document");
  cmd->add_flag("--presplit", flags->presplit, "Inputs are one segment a line; align lines as given");
  cmd->add_option("--format,-f", flags->format, "beads|tsv|jsonl|moses|tmx|html")
      ->check(CLI::IsMember({"beads", "tsv", "jsonl", "moses", "tmx", "html"}));
  cmd->add_option("-o,--output", flags->output, "Output file (- = stdout); PREFIX for moses");
  cmd->add_option("--lang", flags->lang,
                  "Language pair: en,ko (default) or any other pair such as de,fr, which uses the\n"
                  "language-independent signals only (length, numbers, identical tokens, cognates)");
  AddGlossarySourceFlags(cmd, flags->glossary_sources);
  cmd->add_flag("--no-glossary", flags->no_glossary, "Do not use any glossary");
  cmd->add_option("--dictionary", flags->dictionary,
                  "Word dictionary: TSV en<TAB>ko, or hunalign's `ko @ en` lines");
  cmd->add_flag("--no-lexicon", flags->no_lexicon, "Skip the second pass with a learned lexicon");
  cmd->add_flag("--no-zones", flags->no_zones,
                "Raw input: do not segment pages into zones; split every line into sentences");
  cmd->add_option("--band", flags->band, "DP band half-width (0 = automatic, grows as needed)");
  cmd->add_option("--batch", flags->batch, "Align many pairs: a file of en<TAB>ko<TAB>out lines");
  AddThreadsFlag(cmd, flags->threads);
  AddInputFlags(cmd, flags->input);
  cmd->callback([flags] { Run(*flags); });
}

}  // namespace kobi::cli
