// `kobi align EN KO`: sentence alignment of a document pair (raw or --presplit), or of many
// pairs with --batch. See docs/align.md.
#include <limits>
#include <memory>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/align/aligner.h"
#include "kobi/align/batch.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/writers.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/output_file.h"
#include "kobi/core/path_util.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::cli {
namespace {

struct AlignFlags {
  std::string en_path, ko_path, output = "-", format, lang = "en,ko", batch;
  AlignResourceFlags resources;
  bool presplit = false, no_lexicon = false, no_zones = false;
  bool no_corpus_lexicon = false;
  int band = 0;
  unsigned threads = 0;
  InputFlags input;
};

// tab_error: the output format cannot hold a tab inside a segment (tsv, moses): a presplit line
// with one is an error naming it, rather than a tab silently written as a space.
std::vector<std::string> ReadLines(const std::string& path, const InputFlags& input,
                                   const char* tab_error) {
  LineReader reader(path, input.ToOptions());
  std::vector<std::string> lines;
  std::string line;
  while (reader.Next(line)) {
    if (tab_error != nullptr && line.find('\t') != std::string::npos) {
      throw InputError(reader.path(), reader.line_number(),
                       std::string("a tab inside the segment cannot be written in --format ") +
                           tab_error + " (use jsonl or tmx, which keep it)");
    }
    lines.push_back(line);
  }
  ReportRepairs("align", path, reader.repaired());
  return lines;
}

// One document pair: read, align, format. Returns the formatted output(s) and warnings.
struct JobResult {
  std::string out, out2;  // out2: Korean side for moses
  std::vector<std::string> warnings;
};

// One document pair read as the library's batch takes it.
align::BatchDocument Read(const std::string& en_path, const std::string& ko_path,
                          const AlignFlags& f, align::OutputFormat format) {
  align::BatchDocument d;
  d.presplit = f.presplit;
  if (f.presplit) {
    const char* tab_error = format == align::OutputFormat::kTsv     ? "tsv"
                            : format == align::OutputFormat::kMoses ? "moses"
                                                                    : nullptr;
    d.en = ReadLines(en_path, f.input, tab_error);
    d.ko = ReadLines(ko_path, f.input, tab_error);
  } else {
    d.en_page = ReadAll(en_path, f.input.ToOptions());
    d.ko_page = ReadAll(ko_path, f.input.ToOptions());
  }
  return d;
}

// Formats an aligned document; r.warnings get the alignment's warnings, then a "no aligned
// pairs" note if nothing is written (without the paths: the caller adds them).
JobResult Format(const align::PageAlignment& a, const std::string& name, align::OutputFormat format,
                 const align::AlignOptions& options) {
  const auto& [en, ko, alignment] = std::tie(a.en, a.ko, a.alignment);
  JobResult r;
  r.warnings = alignment.warnings;
  align::AlignedText doc{en, ko, alignment, options, name};
  switch (format) {
    case align::OutputFormat::kBeads:
      r.out = align::FormatBeads(alignment);
      break;
    case align::OutputFormat::kTsv:
      r.out = align::FormatTsv(doc);
      break;
    case align::OutputFormat::kJsonl:
      r.out = align::FormatJsonl(doc);
      break;
    case align::OutputFormat::kTmx:
      r.out = align::FormatTmx(doc);
      break;
    case align::OutputFormat::kHtml:
      r.out = align::FormatHtml(doc);
      break;
    case align::OutputFormat::kMoses:
      std::tie(r.out, r.out2) = align::FormatMoses(doc);
      break;
  }
  if (r.out.empty() && alignment.warnings.empty())
    r.warnings.push_back("no aligned pairs to write");
  return r;
}

// The files an output path stands for (moses: PREFIX.en and PREFIX.ko).
std::vector<std::string> OutputPaths(const std::string& path, align::OutputFormat format) {
  if (format != align::OutputFormat::kMoses) return {path};
  if (path == "-") throw UsageError("--format moses needs -o PREFIX (writes PREFIX.en, PREFIX.ko)");
  return {path + ".en", path + ".ko"};
}

void Write(const std::string& path, const JobResult& r, align::OutputFormat format,
           const std::vector<std::string>& inputs) {
  if (format == align::OutputFormat::kMoses) {
    if (path == "-")
      throw UsageError("--format moses needs -o PREFIX (writes PREFIX.en, PREFIX.ko)");
    OutputFile en(PrepareOutput(path + ".en"), inputs), ko(PrepareOutput(path + ".ko"), inputs);
    en.Write(r.out);
    ko.Write(r.out2);
    en.Close();
    ko.Close();
    return;
  }
  OutputFile out(PrepareOutput(path), inputs);
  out.Write(r.out);
  out.Close();
}

struct Job {
  std::string en, ko, out;
  std::uint64_t line = 0;
};

// Before any job runs: no output is an input of any job (or the list, glossary, dictionary),
// and no two jobs write the same file.
void CheckBatchOutputs(const std::string& list, const std::vector<Job>& jobs,
                       align::OutputFormat format, std::vector<std::string> shared_inputs) {
  shared_inputs.push_back(list);
  std::unordered_map<std::string, std::string> inputs;  // file key -> where it is read
  for (const auto& path : shared_inputs) inputs.emplace(FileKey(path), path);
  for (const Job& j : jobs) {
    inputs.emplace(FileKey(j.en), j.en);
    inputs.emplace(FileKey(j.ko), j.ko);
  }
  inputs.erase("");
  std::unordered_map<std::string, std::uint64_t> outputs;  // file key -> list line
  for (const Job& j : jobs) {
    for (const auto& out : OutputPaths(j.out, format)) {
      std::string key = FileKey(out);
      if (key.empty()) continue;
      if (auto it = inputs.find(key); it != inputs.end()) {
        throw InputError(list, j.line,
                         "output " + out + " is the same file as input " + it->second +
                             "; refusing to overwrite an input");
      }
      auto [it, added] = outputs.emplace(key, j.line);
      if (!added) {
        throw InputError(
            list, j.line,
            "output " + out + " is also the output of line " + std::to_string(it->second));
      }
    }
  }
}

void Run(const AlignFlags& f) {
  std::string fmt = f.format.empty() ? (f.presplit ? "beads" : "tsv") : f.format;
  auto format = align::ParseOutputFormat(fmt);
  if (!format) throw UsageError("unknown --format " + fmt);
  align::AlignOptions options;
  align::SetLanguagePair(f.lang, options);
  align::AlignResources resources = LoadAlignResources("align", f.resources);
  resources.Apply(options);
  options.learn_lexicon = !f.no_lexicon;
  options.segment_pages = !f.no_zones;
  options.band = f.band;
  // Files no output may overwrite, besides each job's own EN and KO.
  std::vector<std::string> shared_inputs = f.resources.glossary.files;
  if (!f.resources.dictionary.empty()) shared_inputs.push_back(f.resources.dictionary);

  if (f.batch.empty()) {
    if (f.en_path.empty() || f.ko_path.empty())
      throw UsageError("align needs EN and KO files (or --batch LIST)");
    if (f.en_path == "-" && f.ko_path == "-")
      throw UsageError("align: EN and KO cannot both be stdin ('-')");
    std::vector<std::string> inputs = shared_inputs;
    inputs.push_back(f.en_path);
    inputs.push_back(f.ko_path);
    for (const auto& out : OutputPaths(f.output, *format)) CheckOutputNotInput(out, inputs);
    const std::string name = f.en_path + " / " + f.ko_path;
    JobResult r = Format(align::AlignDocument(Read(f.en_path, f.ko_path, f, *format), options),
                         name, *format, options);
    for (const auto& w : r.warnings) Note("align", "warning: " + name + ": " + w);
    Write(f.output, r, *format, inputs);
    return;
  }
  if (!f.en_path.empty() || !f.ko_path.empty()) {
    throw UsageError("align: --batch takes no EN/KO arguments (the list names them)");
  }
  if (f.output != "-") throw UsageError("align: --batch takes no -o (the list names each output)");
  // Batch: en<TAB>ko<TAB>out a line.
  std::vector<Job> jobs;
  {
    LineReader list(f.batch);
    std::string line;
    while (list.Next(line)) {
      if (line.empty() || line[0] == '#') continue;
      Job j;
      std::size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
      if (t2 == std::string::npos || line.find('\t', t2 + 1) != std::string::npos) {
        throw InputError(f.batch, list.line_number(),
                         "expected three columns en_path<TAB>ko_path<TAB>out_path");
      }
      j.en = line.substr(0, t1);
      j.ko = line.substr(t1 + 1, t2 - t1 - 1);
      j.out = line.substr(t2 + 1);
      j.line = list.line_number();
      if (j.en.empty() || j.ko.empty() || j.out.empty()) {
        throw InputError(f.batch, j.line, "empty path (expected en_path<TAB>ko_path<TAB>out_path)");
      }
      if (j.en == "-" || j.ko == "-" || j.out == "-") {
        throw InputError(f.batch, j.line, "'-' (stdin/stdout) cannot be a batch path");
      }
      // Relative paths are relative to the list's folder (core/path_util.h).
      j.en = ResolveListedPath(f.batch, j.en);
      j.ko = ResolveListedPath(f.batch, j.ko);
      j.out = ResolveListedPath(f.batch, j.out);
      jobs.push_back(std::move(j));
    }
  }
  CheckBatchOutputs(f.batch, jobs, *format, shared_inputs);
  if (jobs.empty()) Note("align", f.batch + ": no jobs in the list");
  // The library's batch (kobi/align/batch.h): pass 1 over every document, a lexicon learned
  // from the confident beads of all of them joins the dictionary of pass 2; output does not
  // depend on the thread count. Each output is written by the worker that aligned it.
  align::BatchOptions batch;
  batch.align = options;
  batch.corpus_lexicon = !f.no_corpus_lexicon;
  batch.threads = f.threads;
  batch.progress = true;
  align::BatchCallbacks callbacks;
  callbacks.load = [&](std::size_t i) { return Read(jobs[i].en, jobs[i].ko, f, *format); };
  callbacks.aligned = [&](std::size_t i, align::PageAlignment& a,
                          const align::AlignOptions& final_options) {
    const Job& j = jobs[i];
    JobResult r = Format(a, j.en + " / " + j.ko, *format, final_options);
    Write(j.out, r, *format, {j.en, j.ko});
    a.alignment.warnings = std::move(r.warnings);
  };
  std::size_t written = 0;
  callbacks.done = [&](std::size_t i, align::PageAlignment&& a) {
    for (const auto& w : a.alignment.warnings) {
      Note("align", "warning: " + jobs[i].en + " / " + jobs[i].ko + ": " + w);
    }
    ++written;
  };
  callbacks.lexicon = [](const align::BatchLexicon& lexicon) {
    Note("align", "corpus lexicon: " + std::to_string(lexicon.entries) + " entries from " +
                      std::to_string(lexicon.pairs) + " confident pairs");
  };
  align::AlignBatch(jobs.size(), batch, callbacks);
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
      "(default for raw input), jsonl (with evidence), moses (-o PREFIX), tmx, html (review "
      "page).");
  cmd->footer(
      "Examples:\n"
      "  kobi align --presplit doc.en doc.ko > doc.beads\n"
      "  kobi align news_en.txt news_ko.txt --format html -o review.html\n"
      "  kobi align --presplit --lang de,fr a.de a.fr\n"
      "  kobi align --batch jobs.tsv --threads 0      # en<TAB>ko<TAB>out a line");
  cmd->add_option("EN", flags->en_path, "English document (- = stdin)");
  cmd->add_option("KO", flags->ko_path, "Korean document");
  cmd->add_flag("--presplit", flags->presplit,
                "Inputs are one segment a line; align lines as given");
  cmd->add_option("--format,-f", flags->format, "beads|tsv|jsonl|moses|tmx|html")
      ->check(CLI::IsMember({"beads", "tsv", "jsonl", "moses", "tmx", "html"}));
  cmd->add_option("-o,--output", flags->output, "Output file (- = stdout); PREFIX for moses");
  cmd->add_option(
      "--lang", flags->lang,
      "Language pair: en,ko (default) or any other pair such as de,fr, which uses the\n"
      "language-independent signals only (length, numbers, identical tokens, cognates)");
  AddAlignResourceFlags(cmd, flags->resources);
  cmd->add_flag("--no-lexicon", flags->no_lexicon, "Skip the second pass with a learned lexicon");
  cmd->add_flag("--no-zones", flags->no_zones,
                "Raw input: do not segment pages into zones; split every line into sentences");
  cmd->add_option("--band", flags->band,
                  "Fixed DP band half-width around the anchor path (0 = coarse-to-fine search)")
      ->check(CLI::Range(0, std::numeric_limits<int>::max()));
  cmd->add_option("--batch", flags->batch, "Align many pairs: a file of en<TAB>ko<TAB>out lines");
  cmd->add_flag("--no-corpus-lexicon", flags->no_corpus_lexicon,
                "--batch: align each document on its own (no lexicon learned across documents)");
  AddThreadsFlag(cmd, flags->threads);
  AddInputFlags(cmd, flags->input);
  cmd->callback([flags] { Run(*flags); });
}

}  // namespace kobi::cli
