// Format names, detection and the reader/writer factories.
#include "kobi/corpora/formats.h"

#include <filesystem>

#include "kobi/core/error.h"
#include "kobi/corpora/internal/format_impl.h"

namespace kobi::corpora {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Splits "name.ext.gz" into ("name.ext", ".gz").
std::pair<std::string, std::string> SplitCompression(const std::string& path) {
  for (std::string_view c : {".gz", ".zst"}) {
    if (EndsWith(path, c)) return {path.substr(0, path.size() - c.size()), std::string(c)};
  }
  return {path, ""};
}

std::optional<Format> Sniff(const std::string& first_line) {
  std::size_t i = first_line.find_first_not_of(" \t");
  if (i == std::string::npos) return std::nullopt;
  if (first_line[i] == '<') return Format::kTmx;
  if (first_line[i] == '{') return Format::kJsonl;
  return Format::kTsv;
}

}  // namespace

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kTsv: return "tsv";
    case Format::kMoses: return "moses";
    case Format::kJsonl: return "jsonl";
    case Format::kTmx: return "tmx";
  }
  return "tsv";
}

std::optional<Format> ParseFormat(std::string_view name) {
  std::string l = Lower(name);
  if (l == "tsv") return Format::kTsv;
  if (l == "moses") return Format::kMoses;
  if (l == "jsonl") return Format::kJsonl;
  if (l == "tmx") return Format::kTmx;
  return std::nullopt;
}

MosesPaths ResolveMosesPaths(const std::string& path) {
  auto [base, comp] = SplitCompression(path);
  if (EndsWith(base, ".en") || EndsWith(base, ".ko")) {
    std::string prefix = base.substr(0, base.size() - 3);
    return {prefix + ".en" + comp, prefix + ".ko" + comp};
  }
  // A prefix: look for compressed pairs if the plain files are absent.
  for (std::string_view c : {"", ".gz", ".zst"}) {
    std::string en = path + ".en" + std::string(c);
    if (std::filesystem::exists(en)) return {en, path + ".ko" + std::string(c)};
  }
  return {path + ".en", path + ".ko"};
}

std::optional<Format> FormatFromPath(const std::string& path) {
  if (path == "-") return std::nullopt;
  std::string base = Lower(SplitCompression(path).first);
  if (EndsWith(base, ".tsv") || EndsWith(base, ".tab")) return Format::kTsv;
  if (EndsWith(base, ".jsonl") || EndsWith(base, ".json") || EndsWith(base, ".ndjson")) {
    return Format::kJsonl;
  }
  if (EndsWith(base, ".tmx")) return Format::kTmx;
  if (EndsWith(base, ".en") || EndsWith(base, ".ko")) return Format::kMoses;
  if (!std::filesystem::exists(path)) {
    for (std::string_view c : {"", ".gz", ".zst"}) {
      if (std::filesystem::exists(path + ".en" + std::string(c))) return Format::kMoses;
    }
  }
  return std::nullopt;
}

std::unique_ptr<PairReader> OpenPairReader(const std::string& path, const ReaderOptions& options) {
  std::optional<Format> format = options.format ? options.format : FormatFromPath(path);
  if (format == Format::kMoses) {
    if (path == "-") throw UsageError("Moses input needs a file prefix (X -> X.en, X.ko), not '-'");
    MosesPaths paths = ResolveMosesPaths(path);
    if (!std::filesystem::exists(paths.ko)) {
      throw IoError(paths.ko, "cannot open (Moses input needs both " + paths.en + " and " +
                                  paths.ko + ")");
    }
    return internal::MakeMosesReader(paths, options);
  }
  auto source = std::make_unique<internal::LineSource>(path);
  if (!format) {
    std::string first;
    if (source->Next(first)) {
      format = Sniff(first);
      source->Unget(std::move(first));
    }
    if (!format) format = Format::kTsv;  // empty input, or an empty first line
  }
  switch (*format) {
    case Format::kTsv: return internal::MakeTsvReader(std::move(source), options);
    case Format::kJsonl: return internal::MakeJsonlReader(std::move(source), options);
    case Format::kTmx: return internal::MakeTmxReader(std::move(source), options);
    case Format::kMoses: break;
  }
  return internal::MakeTsvReader(std::move(source), options);
}

std::unique_ptr<PairWriter> OpenPairWriter(const std::string& path, const WriterOptions& options) {
  switch (options.format) {
    case Format::kTsv: return internal::MakeTsvWriter(path, options);
    case Format::kJsonl: return internal::MakeJsonlWriter(path, options);
    case Format::kTmx: return internal::MakeTmxWriter(path, options);
    case Format::kMoses: return internal::MakeMosesWriter(path, options);
  }
  return internal::MakeTsvWriter(path, options);
}

}  // namespace kobi::corpora
