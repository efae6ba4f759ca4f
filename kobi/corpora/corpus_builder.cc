#include "kobi/corpora/corpus_builder.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <memory>
#include <optional>

#include "kobi/align/aligner.h"
#include "kobi/align/coverage.h"
#include "kobi/align/lexicon.h"
#include "kobi/align/pair_scorer.h"
#include "kobi/align/writers.h"
#include "kobi/core/error.h"
#include "kobi/core/legacy_encoding.h"
#include "kobi/core/line_io.h"
#include "kobi/core/numbers.h"
#include "kobi/core/parallel.h"
#include "kobi/core/path_util.h"
#include "kobi/core/progress.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/corpus_batch.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/internal/corpus_build.h"
#include "kobi/corpora/internal/corpus_passes.h"
#include "kobi/glossary/matcher.h"

namespace kobi::corpora {
namespace {

namespace fs = std::filesystem;

struct DocTask {
  std::string en_path, ko_path;  // resolved
  std::string en, ko;            // as written in the manifest
  std::uint64_t line = 0;
  bool missing = false;
};

struct KeptPair {
  std::string en, ko;
  double score = 0;
  PairKey key;
};

struct DocResult {
  std::size_t index = 0;
  DocumentReport report;
  std::vector<KeptPair> kept;
};

std::string ScoreText(double s) { return FormatFixed(s, 3); }

// The batch's documents, resolved; each is checked for existence (missing: an InputError naming
// the manifest line, or with skip_bad marked for the report).
std::vector<DocTask> ResolveTasks(const CorpusBatch& batch, bool skip_bad) {
  std::vector<DocTask> tasks;
  tasks.reserve(batch.entries.size());
  const std::string name = batch.manifest == "-" ? "<stdin>" : batch.manifest;
  for (const ManifestEntry& e : batch.entries) {
    DocTask t;
    t.en = e.en;
    t.ko = e.ko;
    t.en_path = ResolveListedPath(batch.manifest, t.en);
    t.ko_path = ResolveListedPath(batch.manifest, t.ko);
    t.line = e.line;
    for (const std::string* p : {&t.en_path, &t.ko_path}) {
      if (fs::exists(*p)) continue;
      if (!skip_bad) {
        throw InputError(name, t.line, "no such document: " + *p + " (--skip-bad skips it)");
      }
      t.missing = true;
    }
    tasks.push_back(std::move(t));
  }
  return tasks;
}

// Aligns, judges and cleans one document pair (any thread).
void ProcessDocument(const DocTask& t, const CorpusOptions& options,
                     const align::AlignOptions& align_options, const align::PairScorer& scorer,
                     const Cleaner& cleaner, DocResult& r) {
  DocumentReport& d = r.report;
  std::string en_text =
      internal::ReadDocument(t.en_path, options.repair, options.encoding, d.repaired_utf8);
  std::string ko_text =
      internal::ReadDocument(t.ko_path, options.repair, options.encoding, d.repaired_utf8);
  align::PageAlignment pa = align::AlignPages(en_text, ko_text, align_options);
  d.warnings = pa.alignment.warnings;
  d.sentences_en = pa.en.size();
  d.sentences_ko = pa.ko.size();
  std::vector<const align::Bead*> candidates;
  for (const align::Bead& b : pa.alignment.beads) {
    ++d.beads;
    if (b.en.empty() || b.ko.empty()) {
      ++d.unaligned_beads;
      continue;
    }
    candidates.push_back(&b);
  }
  internal::DocumentJudgement judgement = internal::JudgeDocument(pa, scorer);
  d.candidates = judgement.candidates;
  d.mean_score = judgement.mean_score;
  d.coverage = judgement.coverage;
  if (d.sentences_en > 0 && d.sentences_ko > 0) d.verdict = DocumentVerdict(d.coverage);
  if (d.verdict == kDocUnrelated && !options.keep_unrelated) {
    if (d.candidates > 0) d.dropped["unrelated"] = d.candidates;
    return;
  }
  Deduper within;
  for (const align::Bead* b : candidates) {
    Verdict v = cleaner.Check(align::JoinSide(pa.en, b->en, /*flatten=*/true),
                              align::JoinSide(pa.ko, b->ko, /*flatten=*/true));
    if (v.keep() && within.Seen(v.key)) v.rule = kRuleDuplicate;
    if (v.repaired) ++d.repaired_mojibake;
    if (!v.keep()) {
      ++d.dropped[std::string(v.rule)];
      continue;
    }
    ++d.kept;
    r.kept.push_back({std::move(v.en), std::move(v.ko), b->score, v.key});
  }
}

// Why a document was skipped, naming it as the manifest does (not as resolved), so the entry
// does not depend on where the manifest of a batch lives.
std::string SkipReason(const Error& e, const DocTask& t) {
  if (t.missing) return "no such document: " + (fs::exists(t.en_path) ? t.ko : t.en);
  if (const auto* input = dynamic_cast<const InputError*>(&e)) {
    for (const auto& [resolved, written] :
         {std::pair{&t.en_path, &t.en}, std::pair{&t.ko_path, &t.ko}}) {
      if (input->file() == *resolved) {
        return *written + (input->line() > 0 ? ":" + std::to_string(input->line()) : "") + ": " +
               input->detail();
      }
    }
  }
  return e.what();
}

std::string OptionsText(const CorpusOptions& o) {
  std::string s;
  for (const auto& r : o.clean.disabled) s += (s.empty() ? "" : ",") + r;
  return s;
}

// The aligner's options from the corpus options (the matcher lives as long as this object).
struct BuildContext {
  explicit BuildContext(const CorpusOptions& options) {
    if (options.clean.use_glossary && options.clean.glossary != nullptr) {
      matcher.emplace(*options.clean.glossary);
    }
    align_options.use_glossary = options.clean.use_glossary;
    align_options.glossary = matcher ? &*matcher : nullptr;
    align_options.dictionary = options.clean.dictionary;
  }
  std::optional<glossary::Matcher> matcher;
  align::AlignOptions align_options;
};

// The documents as pass 1 takes them (a missing one left out).
std::vector<std::optional<std::pair<std::string, std::string>>> PassOneDocuments(
    const std::vector<DocTask>& tasks) {
  std::vector<std::optional<std::pair<std::string, std::string>>> documents;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    if (tasks[i].missing) {
      documents.emplace_back();
    } else {
      documents.emplace_back(std::pair{tasks[i].en_path, tasks[i].ko_path});
    }
  }
  return documents;
}

}  // namespace

std::string_view DocumentVerdict(double coverage) {
  return coverage < align::kMinCoverage ? kDocUnrelated : kDocOk;
}

CorpusReport BuildCorpus(const std::string& manifest, const std::string& out_dir,
                         const CorpusOptions& options) {
  return internal::BuildCorpusDocuments(internal::ReadManifest(manifest), out_dir, options, nullptr,
                                        nullptr);
}

CorpusBatch internal::ReadManifest(const std::string& manifest) {
  CorpusBatch all;
  all.manifest = manifest;
  LineReader in(manifest);
  std::string line;
  while (in.Next(line)) {
    std::string_view trimmed = line;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t'))
      trimmed.remove_suffix(1);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::size_t tab = trimmed.find('\t');
    // A third column (the score of `kobi docalign` output) is allowed and ignored.
    std::size_t tab2 = tab == std::string_view::npos ? tab : trimmed.find('\t', tab + 1);
    if (tab == std::string_view::npos || tab == 0 || tab + 1 >= trimmed.size() || tab2 == tab + 1 ||
        (tab2 != std::string_view::npos &&
         trimmed.find('\t', tab2 + 1) != std::string_view::npos)) {
      throw InputError(in.path(), in.line_number(), "expected en_path<TAB>ko_path[<TAB>score]");
    }
    ManifestEntry e;
    e.en.assign(trimmed.substr(0, tab));
    e.ko.assign(trimmed.substr(
        tab + 1, tab2 == std::string_view::npos ? std::string_view::npos : tab2 - tab - 1));
    e.line = in.line_number();
    all.entries.push_back(std::move(e));
  }
  all.documents = all.entries.size();
  all.checksum = internal::Checksum128(manifest == "-" ? "" : ReadAll(manifest));
  return all;
}

std::string internal::LexiconCounts(const CorpusBatch& batch, const CorpusOptions& options) {
  std::vector<DocTask> tasks = ResolveTasks(batch, options.skip_bad);
  BuildContext context(options);
  align::LexiconTrainer trainer;
  internal::AlignPassOne(
      PassOneDocuments(tasks), context.align_options, options.repair, options.encoding,
      options.threads, options.progress,
      [&](const align::PageAlignment& pa) { trainer.AddAlignment(pa.en, pa.ko, pa.alignment); });
  return trainer.Save();
}

CorpusReport internal::BuildCorpusDocuments(const CorpusBatch& batch, const std::string& out_dir,
                                            const CorpusOptions& options,
                                            const std::vector<align::LexiconEntry>* lexicon,
                                            std::vector<PairKey>* keys) {
  const std::string& manifest = batch.manifest;
  std::vector<DocTask> tasks = ResolveTasks(batch, options.skip_bad);
  const std::size_t end = tasks.size();
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw IoError(out_dir, "cannot create directory: " + ec.message());
  fs::path dir(out_dir);

  CorpusReport report;
  report.kobi_version = options.version;
  report.options = {{"min_adequacy", ScoreText(options.clean.min_adequacy)},
                    {"disabled", OptionsText(options)},
                    {"glossary", !options.clean.use_glossary         ? "none"
                                 : options.clean.glossary != nullptr ? "custom"
                                                                     : "bundled"},
                    {"dictionary", options.clean.dictionary != nullptr ? "yes" : "no"},
                    {"repair", options.repair ? "yes" : "no"},
                    {"keep_unrelated", options.keep_unrelated ? "yes" : "no"},
                    {"corpus_lexicon", options.corpus_lexicon ? "yes" : "no"},
                    {"encoding", CanonicalEncodingName(options.encoding)}};
  report.manifests.push_back({manifest, batch.checksum, batch.documents});

  BuildContext context(options);
  align::AlignOptions align_options = context.align_options;
  Deduper dedup;

  // Outputs are complete or absent (kobi/core/output_file.h): each is written to a temporary file
  // and committed by Close(), which happens only once the whole corpus and its reports are
  // written. An error, Ctrl-C or kill before that leaves the previous outputs untouched.
  auto path = [&](const char* name) { return (dir / name).string(); };
  internal::CorpusWriters out(out_dir, "corpus", {manifest});

  // Pass 1 (kobi/align/lexicon.h): a lexicon from the confident beads of all documents, fed in
  // manifest order, joins the dictionary of pass 2. A document that cannot be read is left out
  // here; pass 2 reports it (or skips it with --skip-bad). A batch of a distributed build is
  // given the lexicon of the whole manifest instead (corpus_batch.h).
  std::optional<align::CorpusLexicon> corpus_lexicon;
  if (options.corpus_lexicon && batch.documents > 1) {
    corpus_lexicon.emplace(align_options);
    if (lexicon != nullptr) {
      align_options = corpus_lexicon->Finish(*lexicon);
    } else {
      align_options = internal::LearnCorpusLexicon(
          PassOneDocuments(tasks), align_options, *corpus_lexicon, options.repair, options.encoding,
          options.threads, options.progress);
    }
  }
  // Adequacy and document coverage with the dictionary of pass 2 (the corpus lexicon included).
  const internal::PassTwoJudges judges(options.clean, align_options.dictionary);

  std::unique_ptr<Progress> progress;
  if (options.progress) progress = std::make_unique<Progress>("corpus", end);
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, DocResult> pm(options.threads, 4);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= end) return false;
        i = next++;
        return true;
      },
      [&](const std::size_t& i) {
        const DocTask& t = tasks[i];
        DocResult r;
        r.index = i;
        r.report.en = t.en;
        r.report.ko = t.ko;
        try {
          if (t.missing) {
            throw InputError(manifest, t.line,
                             "no such document: " + (fs::exists(t.en_path) ? t.ko : t.en));
          }
          ProcessDocument(t, options, align_options, judges.scorer, judges.cleaner, r);
        } catch (const Error& e) {
          if (!options.skip_bad) {
            if (dynamic_cast<const InputError*>(&e) != nullptr) throw;
            throw InputError(manifest, t.line, e.what());
          }
          DocResult skipped;
          skipped.index = i;
          skipped.report.en = t.en;
          skipped.report.ko = t.ko;
          skipped.report.verdict = kDocSkipped;
          skipped.report.skip_reason = SkipReason(e, t);
          return skipped;
        }
        return r;
      },
      [&](DocResult&& r) {
        const std::string source = r.report.en;
        report.AddDocument(std::move(r.report));
        for (KeptPair& p : r.kept) {
          if (dedup.Seen(p.key)) {
            report.CountCorpusDuplicate();
            continue;
          }
          report.CountKept(p.en, p.score);
          if (keys != nullptr) keys->push_back(p.key);
          Pair pair;
          pair.en = std::move(p.en);
          pair.ko = std::move(p.ko);
          pair.extra = {ScoreText(p.score), source};
          out.Write(pair);
        }
        if (progress) progress->Advance();
      });
  if (progress) progress->Finish();
  OutputFile json(path("report.json"), {manifest});
  json.Write(report.ToJson());
  OutputFile md(path("report.md"), {manifest});
  md.Write(report.ToMarkdown());
  OutputFile txt(path("report.txt"), {manifest});
  txt.Write(report.ToText());
  out.Close();
  json.Close();
  md.Close();
  txt.Close();
  return report;
}

CorpusReport MergeCorpusParts(const std::vector<std::string>& part_dirs,
                              const std::string& out_dir) {
  std::vector<CorpusReport> reports;
  std::vector<std::string> inputs;
  for (const std::string& d : part_dirs) {
    std::string json = (fs::path(d) / "report.json").string();
    reports.push_back(ParseReportJson(ReadAll(json), json));
    inputs.push_back((fs::path(d) / "corpus.tsv").string());
  }
  CorpusReport report = MergeReports(reports);
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw IoError(out_dir, "cannot create directory: " + ec.message());
  auto path = [&](const char* name) { return (fs::path(out_dir) / name).string(); };
  internal::CorpusWriters out(out_dir, "corpus", inputs);
  Deduper dedup;
  for (const std::string& input : inputs) {
    ReaderOptions ro;
    ro.format = Format::kTsv;
    auto reader = OpenPairReader(input, ro);
    Pair p;
    while (reader->Next(p)) {
      double score = 0;
      if (p.extra.size() != 2 || p.extra[kScoreSlot].empty() ||
          std::from_chars(p.extra[kScoreSlot].data(),
                          p.extra[kScoreSlot].data() + p.extra[kScoreSlot].size(), score)
                  .ptr != p.extra[kScoreSlot].data() + p.extra[kScoreSlot].size()) {
        throw InputError(input, p.line, "expected en<TAB>ko<TAB>score<TAB>source");
      }
      if (dedup.Seen(p.en, p.ko)) {
        report.UncountKept(p.en, score);
        continue;
      }
      out.Write(p);
    }
  }
  OutputFile json(path("report.json"), inputs);
  json.Write(report.ToJson());
  OutputFile md(path("report.md"), inputs);
  md.Write(report.ToMarkdown());
  OutputFile txt(path("report.txt"), inputs);
  txt.Write(report.ToText());
  out.Close();
  json.Close();
  md.Close();
  txt.Close();
  return report;
}

internal::CorpusWriters::CorpusWriters(const std::string& dir, const std::string& stem,
                                       const std::vector<std::string>& inputs)
    : tsv_((fs::path(dir) / (stem + ".tsv")).string(), inputs),
      en_((fs::path(dir) / (stem + ".en")).string(), inputs),
      ko_((fs::path(dir) / (stem + ".ko")).string(), inputs) {
  WriterOptions wo;
  wo.format = Format::kTmx;
  tmx_ = OpenPairWriter((fs::path(dir) / (stem + ".tmx")).string(), wo);
}

void internal::CorpusWriters::Write(Pair& p) {
  tsv_.Write(p.en + "\t" + p.ko + "\t" + p.extra[kScoreSlot] + "\t" + p.extra[kSourceSlot] + "\n");
  en_.WriteLine(p.en);
  ko_.WriteLine(p.ko);
  tmx_->Write(p);
}

void internal::CorpusWriters::Close() {
  tsv_.Close();
  en_.Close();
  ko_.Close();
  tmx_->Close();
}

}  // namespace kobi::corpora
