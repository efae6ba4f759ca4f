#include "kobi/corpora/corpus_builder.h"

#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <memory>
#include <optional>

#include "kobi/align/aligner.h"
#include "kobi/align/lexicon.h"
#include "kobi/align/pair_scorer.h"
#include "kobi/align/writers.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/numbers.h"
#include "kobi/core/path_util.h"
#include "kobi/core/parallel.h"
#include "kobi/core/progress.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/formats.h"
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

std::string Hex128(std::string_view data) {
  XXH128_hash_t h = XXH3_128bits(data.data(), data.size());
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (std::uint64_t part : {h.high64, h.low64}) {
    for (int shift = 60; shift >= 0; shift -= 4) out += kHex[(part >> shift) & 0xF];
  }
  return out;
}

std::vector<DocTask> ReadManifest(const std::string& manifest, bool skip_bad) {
  std::vector<DocTask> tasks;
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
        (tab2 != std::string_view::npos && trimmed.find('\t', tab2 + 1) != std::string_view::npos)) {
      throw InputError(in.path(), in.line_number(), "expected en_path<TAB>ko_path[<TAB>score]");
    }
    DocTask t;
    t.en.assign(trimmed.substr(0, tab));
    t.ko.assign(trimmed.substr(tab + 1, tab2 == std::string_view::npos ? std::string_view::npos : tab2 - tab - 1));
    t.en_path = ResolveListedPath(manifest, t.en);
    t.ko_path = ResolveListedPath(manifest, t.ko);
    t.line = in.line_number();
    for (const std::string* p : {&t.en_path, &t.ko_path}) {
      if (fs::exists(*p)) continue;
      if (!skip_bad) {
        throw InputError(in.path(), in.line_number(),
                         "no such document: " + *p + " (--skip-bad skips it)");
      }
      t.missing = true;
    }
    tasks.push_back(std::move(t));
  }
  return tasks;
}

// Reads a document; invalid UTF-8 is repaired (counted) or an InputError naming its line.
std::string ReadDocument(const std::string& path, bool repair, std::uint64_t& repaired) {
  LineReader::Options raw;
  raw.validate_utf8 = false;
  std::string data = ReadAll(path, raw);
  if (utf8::FindInvalid(data)) {
    if (!repair) {
      LineReader::Options strict;
      strict.hint_repair = true;  // corpus build has --repair
      ReadAll(path, strict);      // throws the error with the line and byte
    }
    repaired += utf8::Repair(data);
  }
  return data;
}

// A bead side as one line: the sentences joined by a space, tabs and line breaks inside them
// as spaces (the outputs are line- and tab-based), as `kobi align` writes tsv.
std::string Join(const std::vector<std::string>& sentences, const std::vector<int>& ids) {
  return align::JoinSide(sentences, ids, /*flatten=*/true);
}

// Aligns, judges and cleans one document pair (any thread).
void ProcessDocument(const DocTask& t, const CorpusOptions& options,
                     const align::AlignOptions& align_options, const align::PairScorer& scorer,
                     const Cleaner& cleaner, DocResult& r) {
  DocumentReport& d = r.report;
  std::string en_text = ReadDocument(t.en_path, options.repair, d.repaired_utf8);
  std::string ko_text = ReadDocument(t.ko_path, options.repair, d.repaired_utf8);
  align::PageAlignment pa = align::AlignPages(en_text, ko_text, align_options);
  d.warnings = pa.alignment.warnings;
  d.sentences_en = pa.en.size();
  d.sentences_ko = pa.ko.size();
  std::uint64_t covered = 0;
  double score_sum = 0;
  std::vector<const align::Bead*> candidates;
  for (const align::Bead& b : pa.alignment.beads) {
    ++d.beads;
    if (b.en.empty() || b.ko.empty()) {
      ++d.unaligned_beads;
      continue;
    }
    candidates.push_back(&b);
    score_sum += b.score;
    if (scorer.Score(Join(pa.en, b.en), Join(pa.ko, b.ko)) >= kAdequatePair) {
      covered += b.en.size() + b.ko.size();
    }
  }
  d.candidates = candidates.size();
  if (!candidates.empty()) d.mean_score = score_sum / static_cast<double>(candidates.size());
  std::uint64_t sentences = d.sentences_en + d.sentences_ko;
  d.coverage = sentences == 0 ? 0.0 : static_cast<double>(covered) / static_cast<double>(sentences);
  if (d.sentences_en > 0 && d.sentences_ko > 0) d.verdict = DocumentVerdict(d.coverage);
  if (d.verdict == kDocUnrelated && !options.keep_unrelated) {
    if (d.candidates > 0) d.dropped["unrelated"] = d.candidates;
    return;
  }
  Deduper within;
  for (const align::Bead* b : candidates) {
    Verdict v = cleaner.Check(Join(pa.en, b->en), Join(pa.ko, b->ko));
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

}  // namespace

std::string_view DocumentVerdict(double coverage) {
  return coverage < kMinCoverage ? kDocUnrelated : kDocOk;
}

CorpusReport BuildCorpus(const std::string& manifest, const std::string& out_dir,
                         const CorpusOptions& options) {
  std::vector<DocTask> tasks = ReadManifest(manifest, options.skip_bad);
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
                    {"corpus_lexicon", options.corpus_lexicon ? "yes" : "no"}};
  report.manifests.push_back(
      {manifest, Hex128(manifest == "-" ? "" : ReadAll(manifest)), tasks.size()});

  std::optional<glossary::Matcher> matcher;
  if (options.clean.use_glossary && options.clean.glossary != nullptr) {
    matcher.emplace(*options.clean.glossary);
  }
  align::AlignOptions align_options;
  align_options.use_glossary = options.clean.use_glossary;
  align_options.glossary = matcher ? &*matcher : nullptr;
  align_options.dictionary = options.clean.dictionary;
  align::ScorerResources resources;
  resources.glossary = options.clean.glossary;
  resources.use_glossary = options.clean.use_glossary;
  resources.dictionary = options.clean.dictionary;
  const align::PairScorer scorer(resources);
  Cleaner cleaner(options.clean);
  Deduper dedup;

  // Outputs are complete or absent (kobi/core/output_file.h): each is written to a temporary file
  // and committed by Close(), which happens only once the whole corpus and its reports are
  // written. An error, Ctrl-C or kill before that leaves the previous outputs untouched.
  auto path = [&](const char* name) { return (dir / name).string(); };
  OutputFile tsv(path("corpus.tsv"), {manifest});
  OutputFile en_out(path("corpus.en"), {manifest});
  OutputFile ko_out(path("corpus.ko"), {manifest});
  WriterOptions wo;
  wo.format = Format::kTmx;
  auto tmx = OpenPairWriter(path("corpus.tmx"), wo);

  // Pass 1 (kobi/align/lexicon.h): a lexicon from the confident beads of all documents, fed in
  // manifest order, joins the dictionary of pass 2. A document that cannot be read is left out
  // here; pass 2 reports it (or skips it with --skip-bad).
  std::optional<align::CorpusLexicon> corpus_lexicon;
  if (options.corpus_lexicon && tasks.size() > 1) {
    corpus_lexicon.emplace(align_options);
    std::unique_ptr<Progress> progress1;
    if (options.progress) progress1 = std::make_unique<Progress>("corpus pass 1", tasks.size());
    std::size_t next1 = 0;
    OrderedParallelMap<std::size_t, std::optional<align::PageAlignment>> pm1(options.threads, 4);
    pm1.Run(
        [&](std::size_t& i) {
          if (next1 >= tasks.size()) return false;
          i = next1++;
          return true;
        },
        [&](const std::size_t& i) -> std::optional<align::PageAlignment> {
          const DocTask& t = tasks[i];
          if (t.missing) return std::nullopt;
          try {
            std::uint64_t repaired = 0;
            std::string en_text = ReadDocument(t.en_path, options.repair, repaired);
            std::string ko_text = ReadDocument(t.ko_path, options.repair, repaired);
            return align::AlignPages(en_text, ko_text, align_options);
          } catch (const Error&) {
            return std::nullopt;
          }
        },
        [&](std::optional<align::PageAlignment>&& pa) {
          if (pa) corpus_lexicon->Add(pa->en, pa->ko, pa->alignment);
          if (progress1) progress1->Advance();
        });
    if (progress1) progress1->Finish();
    align_options = corpus_lexicon->Finish();
  }

  std::unique_ptr<Progress> progress;
  if (options.progress) progress = std::make_unique<Progress>("corpus", tasks.size());
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, DocResult> pm(options.threads, 4);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= tasks.size()) return false;
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
          ProcessDocument(t, options, align_options, scorer, cleaner, r);
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
          std::string score = ScoreText(p.score);
          tsv.Write(p.en + "\t" + p.ko + "\t" + score + "\t" + source + "\n");
          en_out.WriteLine(p.en);
          ko_out.WriteLine(p.ko);
          report.CountKept(p.en, p.score);
          Pair pair;
          pair.en = std::move(p.en);
          pair.ko = std::move(p.ko);
          pair.extra = {score, source};
          tmx->Write(pair);
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
  tsv.Close();
  en_out.Close();
  ko_out.Close();
  tmx->Close();
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
  OutputFile tsv(path("corpus.tsv"), inputs);
  OutputFile en_out(path("corpus.en"), inputs);
  OutputFile ko_out(path("corpus.ko"), inputs);
  WriterOptions wo;
  wo.format = Format::kTmx;
  auto tmx = OpenPairWriter(path("corpus.tmx"), wo);
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
      tsv.Write(p.en + "\t" + p.ko + "\t" + p.extra[kScoreSlot] + "\t" + p.extra[kSourceSlot] +
                "\n");
      en_out.WriteLine(p.en);
      ko_out.WriteLine(p.ko);
      tmx->Write(p);
    }
  }
  OutputFile json(path("report.json"), inputs);
  json.Write(report.ToJson());
  OutputFile md(path("report.md"), inputs);
  md.Write(report.ToMarkdown());
  OutputFile txt(path("report.txt"), inputs);
  txt.Write(report.ToText());
  tsv.Close();
  en_out.Close();
  ko_out.Close();
  tmx->Close();
  json.Close();
  md.Close();
  txt.Close();
  return report;
}

}  // namespace kobi::corpora
