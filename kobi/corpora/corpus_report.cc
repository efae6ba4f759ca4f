// CorpusReport: JSON, Markdown and text forms, merge; see corpus_report.h.
#include "kobi/corpora/corpus_report.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "kobi/core/error.h"
#include "kobi/core/numbers.h"
#include "kobi/corpora/cleaner.h"
#include "kobi/corpora/internal/rules.h"

namespace kobi::corpora {
namespace {

using ordered_json = nlohmann::ordered_json;

constexpr std::array<const char*, 6> kLengthLabels = {"1-5",   "6-10",  "11-20",
                                                      "21-40", "41-80", "81+"};

std::string Fixed(double x, int decimals) { return FormatFixed(x, decimals); }

std::string Pad(std::string s, std::size_t width, bool right) {
  if (s.size() >= width) return s;
  return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

std::string Bar(std::uint64_t n, std::uint64_t max) {
  std::size_t width = max == 0 ? 0 : static_cast<std::size_t>((n * 40 + max - 1) / max);
  return std::string(width, '#');
}

std::string ScoreLabel(std::size_t i) {
  return Fixed(i / 10.0, 1) + "-" + Fixed((i + 1) / 10.0, 1);
}

template <typename Hist, typename Name>
std::string HistogramTable(const char* title, const char* label, const Hist& hist, Name name,
                           bool markdown) {
  std::uint64_t max = 0;
  for (auto n : hist) max = std::max<std::uint64_t>(max, n);
  std::string s =
      markdown ? std::string("\n## ") + title + "\n\n| " + label + " | pairs | |\n|---|---:|---|\n"
               : std::string("\n") + title + "\n";
  for (std::size_t i = 0; i < hist.size(); ++i) {
    std::string n = std::to_string(hist[i]);
    if (markdown) {
      s += "| " + name(i) + " | " + n + " | `" + Bar(hist[i], max) + "` |\n";
    } else {
      s += "  " + Pad(name(i), 9, false) + " " + Pad(n, 8, true) + "  " + Bar(hist[i], max) + "\n";
    }
  }
  return s;
}

// Rule names in cleaning order, then the builder's own ("unrelated").
std::vector<std::string> DroppedOrder(const std::map<std::string, std::uint64_t, std::less<>>& d) {
  std::vector<std::string> names;
  for (std::string_view r : AllRules()) {
    if (d.count(r) != 0) names.emplace_back(r);
  }
  for (const auto& [name, n] : d) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

ordered_json DroppedJson(const std::map<std::string, std::uint64_t, std::less<>>& d) {
  ordered_json j = ordered_json::object();
  for (const auto& name : DroppedOrder(d)) j[name] = d.at(name);
  return j;
}

std::string Counts(const CorpusReport& r, bool markdown) {
  const CorpusTotals& t = r.totals;
  std::string s;
  auto row = [&](const std::string& what, std::uint64_t n) {
    s += markdown ? "| " + what + " | " + std::to_string(n) + " |\n"
                  : "  " + Pad(what, 24, false) + " " + std::to_string(n) + "\n";
  };
  if (markdown) s += "| | count |\n|---|---:|\n";
  row("documents", t.documents);
  row("documents unrelated", t.documents_unrelated);
  row("documents skipped", t.documents_skipped);
  row("sentences (en)", t.sentences_en);
  row("sentences (ko)", t.sentences_ko);
  row("beads", t.beads);
  row("unaligned (1-0, 0-1)", t.unaligned_beads);
  row("candidate pairs", t.candidates);
  row("kept", t.kept);
  row("repaired (mojibake)", t.repaired_mojibake);
  if (t.repaired_utf8 > 0) row("repaired (invalid UTF-8)", t.repaired_utf8);
  for (const auto& name : DroppedOrder(t.dropped)) row("dropped: " + name, t.dropped.at(name));
  if (t.corpus_duplicates > 0)
    row("dropped: duplicate of an earlier document", t.corpus_duplicates);
  return s;
}

// Documents that were not ok, with reasons; and aligner warnings.
std::string Notes(const CorpusReport& r, bool markdown) {
  std::string s;
  std::string bad, warn;
  for (const DocumentReport& d : r.documents) {
    if (d.verdict == kDocSkipped) {
      bad += (markdown ? "- " : "  ") + d.en + " / " + d.ko + ": skipped: " + d.skip_reason + "\n";
    } else if (d.verdict == kDocUnrelated) {
      bad += (markdown ? "- " : "  ") + d.en + " / " + d.ko + ": unrelated (coverage " +
             Fixed(d.coverage, 3) + ", mean score " + Fixed(d.mean_score, 3) + "); " +
             std::to_string(d.candidates) + " pair(s) not kept\n";
    }
    for (const auto& w : d.warnings) warn += (markdown ? "- " : "  ") + d.en + ": " + w + "\n";
  }
  if (!bad.empty())
    s += markdown ? "\n## Documents not used\n\n" + bad : "\nDocuments not used\n" + bad;
  if (!warn.empty())
    s += markdown ? "\n## Aligner warnings\n\n" + warn : "\nAligner warnings\n" + warn;
  return s;
}

std::string Histograms(const CorpusReport& r, bool markdown) {
  return HistogramTable(
             "Length of kept pairs (English words)", "words", r.totals.length_histogram,
             [](std::size_t i) { return std::string(kLengthLabels[i]); }, markdown) +
         HistogramTable("Bead score of kept pairs", "score", r.totals.score_histogram, ScoreLabel,
                        markdown);
}

template <typename T>
T Get(const ordered_json& j, const char* key, const std::string& name) {
  auto it = j.find(key);
  if (it == j.end()) throw InputError(name, 0, std::string("report: missing \"") + key + "\"");
  try {
    return it->get<T>();
  } catch (const nlohmann::json::exception&) {
    throw InputError(name, 0, std::string("report: bad value of \"") + key + "\"");
  }
}

void AddDropped(std::map<std::string, std::uint64_t, std::less<>>& to,
                const std::map<std::string, std::uint64_t, std::less<>>& from) {
  for (const auto& [k, n] : from) to[k] += n;
}

}  // namespace

std::size_t LengthBucket(std::string_view en) {
  std::size_t words = internal::Profile(en).words;
  if (words <= 5) return 0;
  if (words <= 10) return 1;
  if (words <= 20) return 2;
  if (words <= 40) return 3;
  if (words <= 80) return 4;
  return 5;
}

std::size_t ScoreBucket(double score) {
  long long milli = std::clamp<long long>(std::llround(score * 1000.0), 0, 1000);
  return std::min<std::size_t>(static_cast<std::size_t>(milli / 100), 9);
}

void CorpusReport::AddDocument(DocumentReport doc) {
  CorpusTotals& t = totals;
  doc.mean_score = RoundToDecimals(doc.mean_score, 3);
  doc.coverage = RoundToDecimals(doc.coverage, 3);
  ++t.documents;
  if (doc.verdict == kDocOk) ++t.documents_ok;
  if (doc.verdict == kDocUnrelated) ++t.documents_unrelated;
  if (doc.verdict == kDocSkipped) ++t.documents_skipped;
  t.sentences_en += doc.sentences_en;
  t.sentences_ko += doc.sentences_ko;
  t.beads += doc.beads;
  t.unaligned_beads += doc.unaligned_beads;
  t.candidates += doc.candidates;
  AddDropped(t.dropped, doc.dropped);
  t.repaired_mojibake += doc.repaired_mojibake;
  t.repaired_utf8 += doc.repaired_utf8;
  documents.push_back(std::move(doc));
}

void CorpusReport::CountKept(std::string_view en, double score) {
  ++totals.kept;
  ++totals.length_histogram[LengthBucket(en)];
  ++totals.score_histogram[ScoreBucket(score)];
}

void CorpusReport::UncountKept(std::string_view en, double score) {
  --totals.kept;
  --totals.length_histogram[LengthBucket(en)];
  --totals.score_histogram[ScoreBucket(score)];
  ++totals.corpus_duplicates;
}

std::string CorpusReport::ToJson() const {
  ordered_json j;
  j["kobi_version"] = kobi_version;
  j["options"] = ordered_json::object();
  for (const auto& [k, v] : options) j["options"][k] = v;
  j["manifests"] = ordered_json::array();
  for (const ManifestInfo& m : manifests) {
    j["manifests"].push_back(
        {{"path", m.path}, {"xxh3_128", m.xxh3_128}, {"documents", m.documents}});
  }
  const CorpusTotals& t = totals;
  ordered_json tj;
  tj["documents"] = t.documents;
  tj["documents_ok"] = t.documents_ok;
  tj["documents_unrelated"] = t.documents_unrelated;
  tj["documents_skipped"] = t.documents_skipped;
  tj["sentences_en"] = t.sentences_en;
  tj["sentences_ko"] = t.sentences_ko;
  tj["beads"] = t.beads;
  tj["unaligned_beads"] = t.unaligned_beads;
  tj["candidates"] = t.candidates;
  tj["kept"] = t.kept;
  tj["dropped"] = DroppedJson(t.dropped);
  tj["corpus_duplicates"] = t.corpus_duplicates;
  tj["repaired_mojibake"] = t.repaired_mojibake;
  tj["repaired_utf8"] = t.repaired_utf8;
  tj["length_histogram"] = ordered_json::object();
  for (std::size_t i = 0; i < t.length_histogram.size(); ++i) {
    tj["length_histogram"][kLengthLabels[i]] = t.length_histogram[i];
  }
  tj["score_histogram"] = ordered_json::object();
  for (std::size_t i = 0; i < t.score_histogram.size(); ++i) {
    tj["score_histogram"][ScoreLabel(i)] = t.score_histogram[i];
  }
  j["totals"] = std::move(tj);
  j["documents"] = ordered_json::array();
  for (const DocumentReport& d : documents) {
    ordered_json dj;
    dj["en"] = d.en;
    dj["ko"] = d.ko;
    dj["verdict"] = d.verdict;
    if (d.verdict == kDocSkipped) dj["skip_reason"] = d.skip_reason;
    dj["sentences_en"] = d.sentences_en;
    dj["sentences_ko"] = d.sentences_ko;
    dj["beads"] = d.beads;
    dj["unaligned_beads"] = d.unaligned_beads;
    dj["candidates"] = d.candidates;
    dj["kept"] = d.kept;
    dj["dropped"] = DroppedJson(d.dropped);
    dj["repaired_mojibake"] = d.repaired_mojibake;
    dj["repaired_utf8"] = d.repaired_utf8;
    dj["mean_score"] = d.mean_score;
    dj["coverage"] = d.coverage;
    dj["warnings"] = d.warnings;
    j["documents"].push_back(std::move(dj));
  }
  return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string CorpusReport::ToMarkdown() const {
  return "# Corpus report\n\n" + Counts(*this, true) + Histograms(*this, true) + Notes(*this, true);
}

std::string CorpusReport::ToText() const {
  return "Corpus report\n" + Counts(*this, false) + Histograms(*this, false) + Notes(*this, false);
}

CorpusReport ParseReportJson(std::string_view text, const std::string& name) {
  ordered_json j = ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) throw InputError(name, 0, "report: invalid JSON");
  CorpusReport r;
  using Counts = std::map<std::string, std::uint64_t, std::less<>>;
  r.kobi_version = Get<std::string>(j, "kobi_version", name);
  for (const auto& [k, v] : Get<std::map<std::string, std::string>>(j, "options", name)) {
    r.options[k] = v;
  }
  // Reports written before the encoding was always recorded: those builds read UTF-8.
  if (!r.options.contains("encoding")) r.options["encoding"] = "utf-8";
  for (const auto& m : Get<ordered_json>(j, "manifests", name)) {
    r.manifests.push_back({Get<std::string>(m, "path", name), Get<std::string>(m, "xxh3_128", name),
                           Get<std::uint64_t>(m, "documents", name)});
  }
  for (const auto& d : Get<ordered_json>(j, "documents", name)) {
    DocumentReport doc;
    doc.en = Get<std::string>(d, "en", name);
    doc.ko = Get<std::string>(d, "ko", name);
    doc.verdict = Get<std::string>(d, "verdict", name);
    if (doc.verdict != kDocOk && doc.verdict != kDocUnrelated && doc.verdict != kDocSkipped) {
      throw InputError(name, 0, "report: unknown verdict '" + doc.verdict + "'");
    }
    if (doc.verdict == kDocSkipped) doc.skip_reason = Get<std::string>(d, "skip_reason", name);
    doc.sentences_en = Get<std::uint64_t>(d, "sentences_en", name);
    doc.sentences_ko = Get<std::uint64_t>(d, "sentences_ko", name);
    doc.beads = Get<std::uint64_t>(d, "beads", name);
    doc.unaligned_beads = Get<std::uint64_t>(d, "unaligned_beads", name);
    doc.candidates = Get<std::uint64_t>(d, "candidates", name);
    doc.kept = Get<std::uint64_t>(d, "kept", name);
    for (const auto& [k, n] : Get<Counts>(d, "dropped", name)) doc.dropped[k] = n;
    doc.repaired_mojibake = Get<std::uint64_t>(d, "repaired_mojibake", name);
    doc.repaired_utf8 = Get<std::uint64_t>(d, "repaired_utf8", name);
    doc.mean_score = Get<double>(d, "mean_score", name);
    doc.coverage = Get<double>(d, "coverage", name);
    doc.warnings = Get<std::vector<std::string>>(d, "warnings", name);
    r.AddDocument(std::move(doc));
  }
  // Corpus-level counts: kept pairs and their histograms, duplicates of earlier documents.
  const ordered_json t = Get<ordered_json>(j, "totals", name);
  r.totals.kept = Get<std::uint64_t>(t, "kept", name);
  r.totals.corpus_duplicates = Get<std::uint64_t>(t, "corpus_duplicates", name);
  auto lh = Get<ordered_json>(t, "length_histogram", name);
  for (std::size_t i = 0; i < r.totals.length_histogram.size(); ++i) {
    r.totals.length_histogram[i] = Get<std::uint64_t>(lh, kLengthLabels[i], name);
  }
  auto sh = Get<ordered_json>(t, "score_histogram", name);
  for (std::size_t i = 0; i < r.totals.score_histogram.size(); ++i) {
    r.totals.score_histogram[i] = Get<std::uint64_t>(sh, ScoreLabel(i).c_str(), name);
  }
  // The totals written must be the ones recomputed from the documents.
  std::uint64_t kept_in_documents = 0;
  for (const auto& d : r.documents) kept_in_documents += d.kept;
  if (Get<std::uint64_t>(t, "documents", name) != r.totals.documents ||
      Get<std::uint64_t>(t, "candidates", name) != r.totals.candidates ||
      Get<std::uint64_t>(t, "beads", name) != r.totals.beads ||
      kept_in_documents != r.totals.kept + r.totals.corpus_duplicates) {
    throw InputError(name, 0, "report: totals do not match the document entries");
  }
  return r;
}

CorpusReport MergeReports(const std::vector<CorpusReport>& parts) {
  CorpusReport whole;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const CorpusReport& p = parts[i];
    if (i == 0) {
      whole.kobi_version = p.kobi_version;
      whole.options = p.options;
    } else if (p.options != whole.options) {
      throw UsageError("merge: part " + std::to_string(i + 1) +
                       " was built with different options from part 1");
    }
    whole.manifests.insert(whole.manifests.end(), p.manifests.begin(), p.manifests.end());
    for (const DocumentReport& d : p.documents) whole.AddDocument(d);
    CorpusTotals& t = whole.totals;
    t.kept += p.totals.kept;
    t.corpus_duplicates += p.totals.corpus_duplicates;
    for (std::size_t b = 0; b < t.length_histogram.size(); ++b) {
      t.length_histogram[b] += p.totals.length_histogram[b];
    }
    for (std::size_t b = 0; b < t.score_histogram.size(); ++b) {
      t.score_histogram[b] += p.totals.score_histogram[b];
    }
  }
  return whole;
}

}  // namespace kobi::corpora
