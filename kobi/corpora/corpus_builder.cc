#include "kobi/corpora/corpus_builder.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "kobi/align/aligner.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/core/progress.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/internal/rules.h"

namespace kobi::corpora {
namespace {

namespace fs = std::filesystem;

struct DocTask {
  std::string en_path, ko_path;  // resolved
  std::string source;            // as written in the manifest
  std::uint64_t line = 0;
};

struct Candidate {
  Verdict verdict;
  double score = 0;
};

struct DocResult {
  std::size_t doc = 0;
  std::vector<Candidate> candidates;
  std::uint64_t beads = 0, unaligned = 0;
  std::vector<std::string> warnings;
};

constexpr std::array<const char*, 6> kLengthLabels = {"1-5",   "6-10",  "11-20",
                                                      "21-40", "41-80", "81+"};

std::size_t LengthBucket(std::size_t words) {
  if (words <= 5) return 0;
  if (words <= 10) return 1;
  if (words <= 20) return 2;
  if (words <= 40) return 3;
  if (words <= 80) return 4;
  return 5;
}

std::vector<DocTask> ReadManifest(const std::string& manifest) {
  std::vector<DocTask> tasks;
  fs::path base = manifest == "-" ? fs::path() : fs::path(manifest).parent_path();
  LineReader in(manifest);
  std::string line;
  while (in.Next(line)) {
    std::string_view trimmed = line;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) trimmed.remove_suffix(1);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::size_t tab = trimmed.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 >= trimmed.size() ||
        trimmed.find('\t', tab + 1) != std::string_view::npos) {
      throw InputError(in.path(), in.line_number(), "expected en_path<TAB>ko_path");
    }
    DocTask t;
    std::string en(trimmed.substr(0, tab)), ko(trimmed.substr(tab + 1));
    t.en_path = fs::path(en).is_absolute() ? en : (base / en).string();
    t.ko_path = fs::path(ko).is_absolute() ? ko : (base / ko).string();
    t.source = en;
    t.line = in.line_number();
    for (const std::string* p : {&t.en_path, &t.ko_path}) {
      if (!fs::exists(*p)) throw InputError(in.path(), in.line_number(), "no such document: " + *p);
    }
    tasks.push_back(std::move(t));
  }
  return tasks;
}

std::string Join(const std::vector<std::string>& sentences, const std::vector<int>& ids) {
  std::string out;
  for (int i : ids) {
    if (!out.empty()) out += ' ';
    out += sentences[static_cast<std::size_t>(i)];
  }
  return out;
}

// Tabs and line breaks inside a sentence become spaces (the outputs are line- and tab-based).
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::string Bar(std::uint64_t n, std::uint64_t max) {
  std::size_t width = max == 0 ? 0 : static_cast<std::size_t>((n * 40 + max - 1) / max);
  return std::string(width, '#');
}

std::string Histograms(const CorpusReport& r, bool markdown) {
  std::string s;
  char buf[128];
  auto table = [&](const char* title, const char* label, auto& hist, auto name) {
    std::uint64_t max = 0;
    for (auto n : hist) max = std::max<std::uint64_t>(max, n);
    s += markdown ? std::string("\n## ") + title + "\n\n| " + label + " | pairs | |\n|---|---:|---|\n"
                  : std::string("\n") + title + "\n";
    for (std::size_t i = 0; i < hist.size(); ++i) {
      std::string n = name(i);
      if (markdown) {
        std::snprintf(buf, sizeof buf, "| %s | %llu | `%s` |\n", n.c_str(),
                      static_cast<unsigned long long>(hist[i]), Bar(hist[i], max).c_str());
      } else {
        std::snprintf(buf, sizeof buf, "  %-9s %8llu  %s\n", n.c_str(),
                      static_cast<unsigned long long>(hist[i]), Bar(hist[i], max).c_str());
      }
      s += buf;
    }
  };
  table("Length of kept pairs (English words)", "words", r.length_histogram,
        [](std::size_t i) { return std::string(kLengthLabels[i]); });
  table("Bead score of kept pairs", "score", r.score_histogram, [](std::size_t i) {
    char b[32];
    std::snprintf(b, sizeof b, "%.1f-%.1f", i / 10.0, (i + 1) / 10.0);
    return std::string(b);
  });
  return s;
}

std::string Counts(const CorpusReport& r, bool markdown) {
  std::string s;
  auto row = [&](const std::string& what, std::uint64_t n) {
    s += markdown ? "| " + what + " | " + std::to_string(n) + " |\n"
                  : "  " + what + std::string(what.size() < 24 ? 24 - what.size() : 1, ' ') +
                        std::to_string(n) + "\n";
  };
  if (markdown) s += "| | count |\n|---|---:|\n";
  row("documents", r.documents);
  row("beads", r.beads);
  row("unaligned (1-0, 0-1)", r.unaligned_beads);
  row("candidate pairs", r.stats.total());
  row("kept", r.stats.kept());
  row("repaired (mojibake)", r.stats.repaired());
  for (std::string_view rule : AllRules()) {
    if (r.stats.dropped(rule) > 0) row("dropped: " + std::string(rule), r.stats.dropped(rule));
  }
  return s;
}

}  // namespace

std::string CorpusReport::ToMarkdown() const {
  std::string s = "# Corpus report\n\n" + Counts(*this, true) + Histograms(*this, true);
  if (!warnings.empty()) {
    s += "\n## Aligner warnings\n\n";
    for (const auto& w : warnings) s += "- " + w + "\n";
  }
  return s;
}

std::string CorpusReport::ToText() const {
  std::string s = "Corpus report\n" + Counts(*this, false) + Histograms(*this, false);
  if (!warnings.empty()) {
    s += "\nAligner warnings\n";
    for (const auto& w : warnings) s += "  " + w + "\n";
  }
  return s;
}

CorpusReport BuildCorpus(const std::string& manifest, const std::string& out_dir,
                         const CorpusOptions& options) {
  std::vector<DocTask> tasks = ReadManifest(manifest);
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw IoError(out_dir, "cannot create directory: " + ec.message());
  fs::path dir(out_dir);

  Cleaner cleaner(options.clean);
  Deduper dedup;
  CorpusReport report;
  report.documents = tasks.size();

  OutputFile tsv((dir / "corpus.tsv").string());
  OutputFile en_out((dir / "corpus.en").string());
  OutputFile ko_out((dir / "corpus.ko").string());
  WriterOptions wo;
  wo.format = Format::kTmx;
  wo.extra_names = {"score", "source"};
  auto tmx = OpenPairWriter((dir / "corpus.tmx").string(), wo);

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
        r.doc = i;
        std::string en_text, ko_text;
        try {
          en_text = ReadAll(t.en_path);
          ko_text = ReadAll(t.ko_path);
        } catch (const Error& e) {
          throw InputError(manifest, t.line, e.what());
        }
        align::PageAlignment pa = align::AlignPages(en_text, ko_text, align::AlignOptions{});
        for (const auto& w : pa.alignment.warnings) r.warnings.push_back(t.source + ": " + w);
        for (const align::Bead& b : pa.alignment.beads) {
          ++r.beads;
          if (b.en.empty() || b.ko.empty()) {
            ++r.unaligned;
            continue;
          }
          Candidate c;
          c.verdict = cleaner.Check(OneLine(Join(pa.en, b.en)), OneLine(Join(pa.ko, b.ko)));
          c.score = b.score;
          r.candidates.push_back(std::move(c));
        }
        return r;
      },
      [&](DocResult&& r) {
        const std::string& source = tasks[r.doc].source;
        report.beads += r.beads;
        report.unaligned_beads += r.unaligned;
        for (auto& w : r.warnings) report.warnings.push_back(std::move(w));
        for (Candidate& c : r.candidates) {
          Verdict& v = c.verdict;
          if (v.keep() && dedup.Seen(v.key)) v.rule = kRuleDuplicate;
          report.stats.Add(v);
          if (!v.keep()) continue;
          char score[32];
          std::snprintf(score, sizeof score, "%.3f", c.score);
          tsv.Write(v.en + "\t" + v.ko + "\t" + score + "\t" + source + "\n");
          en_out.WriteLine(v.en);
          ko_out.WriteLine(v.ko);
          Pair p;
          p.en = v.en;
          p.ko = v.ko;
          p.extra = {score, source};
          tmx->Write(p);
          report.length_histogram[LengthBucket(internal::Profile(v.en).words)]++;
          std::size_t bucket = static_cast<std::size_t>(std::clamp(c.score, 0.0, 1.0) * 10);
          report.score_histogram[std::min<std::size_t>(bucket, 9)]++;
        }
        if (progress) progress->Advance();
      });
  if (progress) progress->Finish();
  tsv.Close();
  en_out.Close();
  ko_out.Close();
  tmx->Close();
  OutputFile md((dir / "report.md").string());
  md.Write(report.ToMarkdown());
  md.Close();
  OutputFile txt((dir / "report.txt").string());
  txt.Write(report.ToText());
  txt.Close();
  return report;
}

}  // namespace kobi::corpora
