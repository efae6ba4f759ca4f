// The steps of a corpus build cut into batches; see corpus_batch.h.
#include "kobi/corpora/corpus_batch.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "kobi/align/lexicon.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/internal/corpus_build.h"
#include "kobi/corpora/internal/corpus_passes.h"

namespace kobi::corpora {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTmxBodyStart = "<body>\n";
constexpr std::string_view kTmxFooter = "  </body>\n</tmx>\n";

std::string PartFile(const std::string& dir, const char* name) {
  return (fs::path(dir) / name).string();
}

// Copies bytes [begin, end) of a file to `out`.
void CopyRange(const std::string& path, std::uint64_t begin, std::uint64_t end, OutputFile& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, &std::fclose);
  if (std::fseek(f, static_cast<long>(begin), SEEK_SET) != 0) {
    throw IoError(path, std::string("cannot seek: ") + std::strerror(errno));
  }
  std::string buffer(1 << 20, '\0');
  std::uint64_t left = end - begin;
  while (left > 0) {
    std::size_t n = std::fread(buffer.data(), 1, std::min<std::uint64_t>(left, buffer.size()), f);
    if (n == 0) throw IoError(path, "read failed or file shrank");
    out.Write(std::string_view(buffer.data(), n));
    left -= n;
  }
}

// The header of a part's TMX (through "<body>\n"), checking that its footer is the writer's.
std::string TmxHeader(const std::string& path, std::uint64_t size) {
  std::string head;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, &std::fclose);
  head.resize(std::min<std::uint64_t>(size, 4096));
  head.resize(std::fread(head.data(), 1, head.size(), f));
  std::size_t body = head.find(kTmxBodyStart);
  std::string tail(kTmxFooter.size(), '\0');
  bool footer = size >= kTmxFooter.size() &&
                std::fseek(f, static_cast<long>(size - kTmxFooter.size()), SEEK_SET) == 0 &&
                std::fread(tail.data(), 1, tail.size(), f) == tail.size() && tail == kTmxFooter;
  if (body == std::string::npos || !footer) throw InputError(path, 0, "not a kobi corpus TMX");
  head.resize(body + kTmxBodyStart.size());
  return head;
}

}  // namespace

std::vector<CorpusBatch> ReadManifestBatches(const std::string& manifest, std::size_t batch_size) {
  if (batch_size == 0) throw UsageError("corpus batches: the batch size must be at least 1");
  CorpusBatch all = internal::ReadManifest(manifest);
  std::vector<CorpusBatch> batches;
  for (std::size_t first = 0; first < all.entries.size() || batches.empty(); first += batch_size) {
    CorpusBatch b;
    b.manifest = all.manifest;
    b.checksum = all.checksum;
    b.documents = all.documents;
    std::size_t end = std::min(all.entries.size(), first + std::min(batch_size, SIZE_MAX - first));
    for (std::size_t i = first; i < end; ++i) b.entries.push_back(std::move(all.entries[i]));
    batches.push_back(std::move(b));
  }
  return batches;
}

std::size_t CountManifestDocuments(const std::string& manifest) {
  return internal::ReadManifest(manifest).documents;
}

std::string CorpusBatchLexiconCounts(const CorpusBatch& batch, const CorpusOptions& options) {
  return internal::LexiconCounts(batch, options);
}

std::string TrainCorpusLexicon(const std::vector<std::string>& counts) {
  align::LexiconTrainer trainer;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    trainer.Merge(
        align::LexiconTrainer::Load(counts[i], "lexicon counts of batch " + std::to_string(i + 1)));
  }
  return align::FormatLexicon(trainer.Train({}));
}

CorpusReport BuildCorpusBatch(const CorpusBatch& batch, const std::string& part_dir,
                              const CorpusOptions& options, const std::string& lexicon,
                              std::vector<PairKey>& keys) {
  std::vector<align::LexiconEntry> entries = align::ParseLexicon(lexicon, "corpus lexicon");
  keys.clear();
  return internal::BuildCorpusDocuments(batch, part_dir, options, &entries, &keys);
}

std::string PartitionName(std::size_t index) {
  std::string n = std::to_string(index);
  return "corpus-" + std::string(n.size() < 5 ? 5 - n.size() : 0, '0') + n + ".tsv.zst";
}

void FinishCorpusBatch(const std::string& part_dir, const std::vector<std::uint64_t>& drop,
                       const std::string& partition) {
  std::string json = PartFile(part_dir, "report.json");
  std::string input = PartFile(part_dir, "corpus.tsv");
  CorpusReport report = ParseReportJson(ReadAll(json), json);
  internal::CorpusWriters out(part_dir, "final", {input});
  ReaderOptions ro;
  ro.format = Format::kTsv;
  auto reader = OpenPairReader(input, ro);
  Pair p;
  std::uint64_t index = 0;
  std::size_t next_drop = 0;
  while (reader->Next(p)) {
    double score = 0;
    const std::string& s = p.extra.size() == 2 ? p.extra[kScoreSlot] : std::string();
    if (s.empty() ||
        std::from_chars(s.data(), s.data() + s.size(), score).ptr != s.data() + s.size()) {
      throw InputError(input, p.line, "expected en<TAB>ko<TAB>score<TAB>source");
    }
    if (next_drop < drop.size() && drop[next_drop] == index) {
      report.UncountKept(p.en, score);
      ++next_drop;
    } else {
      out.Write(p);
    }
    ++index;
  }
  if (next_drop != drop.size()) {
    throw InputError(input, 0, "fewer pairs than the indices to drop (or indices not increasing)");
  }
  OutputFile final_json(PartFile(part_dir, "final.json"), {input});
  final_json.Write(report.ToJson());
  out.Close();
  if (!partition.empty()) {
    std::error_code ec;
    fs::path folder = fs::path(partition).parent_path();
    if (!folder.empty()) fs::create_directories(folder, ec);
    if (ec) throw IoError(folder.string(), "cannot create directory: " + ec.message());
    std::string tsv = PartFile(part_dir, "final.tsv");
    OutputFile part(partition, {tsv});
    CopyRange(tsv, 0, fs::file_size(tsv), part);
    part.Close();
  }
  final_json.Close();
}

CorpusReport AssembleCorpus(const std::vector<std::string>& part_dirs, const std::string& out_dir,
                            const std::string& manifest, bool partitioned) {
  if (part_dirs.empty()) throw UsageError("assemble: no parts");
  std::vector<CorpusReport> reports;
  for (const std::string& d : part_dirs) {
    std::string json = PartFile(d, "final.json");
    reports.push_back(ParseReportJson(ReadAll(json), json));
    if (reports.back().manifests.size() != 1 ||
        reports.back().manifests[0] != reports.front().manifests[0]) {
      throw InputError(json, 0, "not a finished batch of the manifest of " + part_dirs[0]);
    }
  }
  CorpusReport report = MergeReports(reports);
  // Every batch names the whole manifest as the driver read it (path, checksum, size); record it
  // as the user named it, without reading it again.
  report.manifests = {
      {manifest, reports[0].manifests[0].xxh3_128, reports[0].manifests[0].documents}};
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw IoError(out_dir, "cannot create directory: " + ec.message());
  auto out_path = [&](const char* name) { return PartFile(out_dir, name); };
  std::vector<std::string> inputs;
  for (const std::string& d : part_dirs) inputs.push_back(PartFile(d, "final.tsv"));
  std::vector<std::unique_ptr<OutputFile>> outs;
  if (partitioned) {
    nlohmann::ordered_json index;
    index["partitions"] = nlohmann::ordered_json::array();
    std::uint64_t first = 0;
    for (std::size_t i = 0; i < part_dirs.size(); ++i) {
      std::string name = PartitionName(i);
      if (!fs::exists(out_path(name.c_str())))
        throw InputError(out_path(name.c_str()), 0, "partition missing");
      index["partitions"].push_back({{"file", name},
                                     {"first_document", first},
                                     {"documents", reports[i].documents.size()},
                                     {"pairs", reports[i].totals.kept}});
      first += reports[i].documents.size();
    }
    index["documents"] = report.totals.documents;
    index["pairs"] = report.totals.kept;
    outs.push_back(std::make_unique<OutputFile>(out_path("index.json"), inputs));
    outs.back()->Write(index.dump(2) + "\n");
  } else {
    for (const char* ext : {"tsv", "en", "ko"}) {
      std::string name = std::string("corpus.") + ext;
      outs.push_back(std::make_unique<OutputFile>(out_path(name.c_str()), inputs));
      for (const std::string& d : part_dirs) {
        std::string part = PartFile(d, (std::string("final.") + ext).c_str());
        CopyRange(part, 0, fs::file_size(part), *outs.back());
      }
    }
    outs.push_back(std::make_unique<OutputFile>(out_path("corpus.tmx"), inputs));
    for (std::size_t i = 0; i < part_dirs.size(); ++i) {
      std::string part = PartFile(part_dirs[i], "final.tmx");
      std::uint64_t size = fs::file_size(part);
      std::string header = TmxHeader(part, size);
      if (i == 0) outs.back()->Write(header);
      CopyRange(part, header.size(), size - kTmxFooter.size(), *outs.back());
    }
    outs.back()->Write(kTmxFooter);
  }
  OutputFile json(out_path("report.json"), inputs);
  json.Write(report.ToJson());
  OutputFile md(out_path("report.md"), inputs);
  md.Write(report.ToMarkdown());
  OutputFile txt(out_path("report.txt"), inputs);
  txt.Write(report.ToText());
  for (auto& o : outs) o->Close();
  json.Close();
  md.Close();
  txt.Close();
  return report;
}

}  // namespace kobi::corpora
