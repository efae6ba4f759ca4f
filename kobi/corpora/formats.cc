// Format names, detection and the reader/writer factories.
#include "kobi/corpora/formats.h"

#include <filesystem>

#include "kobi/core/error.h"
#include "kobi/core/strings.h"
#include "kobi/corpora/internal/format_impl.h"

namespace kobi::corpora {
namespace {

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
    case Format::kTsv:
      return "tsv";
    case Format::kMoses:
      return "moses";
    case Format::kJsonl:
      return "jsonl";
    case Format::kTmx:
      return "tmx";
  }
  return "tsv";
}

std::optional<Format> ParseFormat(std::string_view name) {
  std::string l = AsciiLower(name);
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
  std::string base = AsciiLower(SplitCompression(path).first);
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
  if (options.en_column == 0 || options.ko_column == 0 || options.en_column == options.ko_column) {
    throw UsageError("the English and Korean columns must be two different columns from 1 up");
  }
  bool custom_columns = options.en_column != 1 || options.ko_column != 2;
  std::optional<Format> format = options.format ? options.format : FormatFromPath(path);
  if (custom_columns && format && *format != Format::kTsv) {
    throw UsageError("--scol/--tcol select columns of a TSV input, not of " +
                     std::string(FormatName(*format)));
  }
  if (format == Format::kMoses) {
    if (path == "-") throw UsageError("Moses input needs a file prefix (X -> X.en, X.ko), not '-'");
    MosesPaths paths = ResolveMosesPaths(path);
    if (!std::filesystem::exists(paths.ko)) {
      throw IoError(paths.ko,
                    "cannot open (Moses input needs both " + paths.en + " and " + paths.ko + ")");
    }
    return internal::MakeMosesReader(paths, options);
  }
  auto source = std::make_unique<internal::LineSource>(path);
  bool guessed = false;
  if (!format) {
    std::string first;
    if (source->Next(first)) {
      format = Sniff(first);
      source->Unget(std::move(first));
    }
    guessed = format.has_value() && !custom_columns;
    if (!format || custom_columns) format = Format::kTsv;  // empty input, or columns chosen
  }
  std::unique_ptr<PairReader> reader;
  switch (*format) {
    case Format::kJsonl:
      reader = internal::MakeJsonlReader(std::move(source), options);
      break;
    case Format::kTmx:
      reader = internal::MakeTmxReader(std::move(source), options);
      break;
    default:
      reader = internal::MakeTsvReader(std::move(source), options);
      break;
  }
  if (guessed && *format != Format::kTsv) {
    // TSV whose first line starts with '{' or '<' is read as JSONL/TMX: say so in its errors.
    static_cast<internal::LineBasedReader*>(reader.get())
        ->set_format_note(std::string("; read as ") + std::string(FormatName(*format)) +
                          " because the first line starts with '" +
                          (*format == Format::kTmx ? "<" : "{") +
                          "': name the format, e.g. --from tsv, if it is not");
  }
  return reader;
}

std::string JoinTsvRow(const Pair& pair, std::size_t en_column, std::size_t ko_column,
                       const std::string& input_name) {
  auto check = [&](std::string_view text, const char* what) {
    std::size_t bad = text.find_first_of("\t\n\r");
    if (bad == std::string_view::npos && (text.empty() || text.back() != '\r')) return;
    std::string kind = bad == std::string_view::npos ? "a final carriage return"
                       : text[bad] == '\t'           ? "a tab"
                                                     : "a line break";
    throw InputError(
        input_name, pair.line,
        std::string(what) + " text contains " + kind + " and cannot be written as TSV");
  };
  check(pair.en, "English");
  check(pair.ko, "Korean");
  std::size_t columns = pair.extra.size() + 2;
  std::string row;
  std::size_t next_extra = 0;
  for (std::size_t c = 1; c <= columns; ++c) {
    if (c > 1) row += '\t';
    if (c == en_column) {
      row += pair.en;
    } else if (c == ko_column) {
      row += pair.ko;
    } else if (next_extra < pair.extra.size()) {
      check(pair.extra[next_extra], "extra");
      row += pair.extra[next_extra++];
    }
  }
  // Columns beyond the row (a layout wider than the pair): append what is left, in order.
  if (en_column > columns) row += '\t' + pair.en;
  if (ko_column > columns) row += '\t' + pair.ko;
  return row;
}

std::vector<std::string> InputFiles(const std::string& path, const ReaderOptions& options) {
  std::optional<Format> format = options.format ? options.format : FormatFromPath(path);
  if (format != Format::kMoses || path == "-") return {path};
  MosesPaths paths = ResolveMosesPaths(path);
  return {paths.en, paths.ko};
}

std::unique_ptr<PairWriter> OpenPairWriter(const std::string& path, const WriterOptions& options) {
  switch (options.format) {
    case Format::kTsv:
      return internal::MakeTsvWriter(path, options);
    case Format::kJsonl:
      return internal::MakeJsonlWriter(path, options);
    case Format::kTmx:
      return internal::MakeTmxWriter(path, options);
    case Format::kMoses:
      return internal::MakeMosesWriter(path, options);
  }
  return internal::MakeTsvWriter(path, options);
}

}  // namespace kobi::corpora

namespace kobi::corpora::internal {

std::vector<std::string> ArrangeMetadata(const std::string* score, const std::string* source,
                                         std::vector<std::string> unnamed) {
  std::vector<std::string> out;
  if (score != nullptr || source != nullptr) out.push_back(score != nullptr ? *score : "");
  if (source != nullptr || (score != nullptr && !unnamed.empty())) {
    out.push_back(source != nullptr ? *source : "");
  }
  for (auto& v : unnamed) out.push_back(std::move(v));
  return out;
}

}  // namespace kobi::corpora::internal
