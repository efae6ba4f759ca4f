// Glossary import/export dispatch, CSV and hunalign; see formats.h.
#include "kobi/glossary/formats.h"

#include <algorithm>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/internal/csv.h"
#include "kobi/glossary/internal/tbx.h"
#include "kobi/glossary/internal/text_norm.h"

namespace kobi::glossary {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void ReadHunalign(std::string_view text, std::string_view name, Glossary& out) {
  std::uint64_t line_no = 0;
  for (std::string_view line : SplitLines(text)) {
    ++line_no;
    if (auto bad = utf8::FindInvalid(line)) {
      throw InputError(name, line_no, "invalid UTF-8 at byte " + std::to_string(*bad));
    }
    if (utf8::Trim(line).empty()) continue;
    const std::size_t at = line.find(" @ ");
    if (at == std::string_view::npos || line.find(" @ ", at + 1) != std::string_view::npos) {
      throw InputError(name, line_no, "expected one \"target @ source\" pair per line");
    }
    std::string_view left = line.substr(0, at), right = line.substr(at + 3);
    const bool left_ko = utf8::ContainsHangul(left);
    const bool right_ko = utf8::ContainsHangul(right);
    if (left_ko == right_ko) {
      throw InputError(name, line_no,
                       left_ko ? "both sides contain Hangul" : "neither side contains Hangul");
    }
    Entry e;
    e.ko = std::string(left_ko ? left : right);
    e.en = std::string(left_ko ? right : left);
    e.type = EntryType::kTerm;
    e.source = std::string(name);
    e.line = line_no;
    out.Add(std::move(e));
  }
}

std::string Bars(const std::vector<std::string>& forms) {
  std::string out;
  for (std::size_t i = 0; i < forms.size(); ++i) out += (i ? "|" : "") + forms[i];
  return out;
}

std::string WriteCsv(const Glossary& g) {
  // The aliases column only when an entry has aliases, as in Glossary::ToTsv.
  const bool aliases = std::any_of(g.entries().begin(), g.entries().end(),
                                   [](const Entry& e) { return !e.aliases.empty(); });
  std::string out =
      aliases ? "en,ko,type,variants,note,aliases\r\n" : "en,ko,type,variants,note\r\n";
  for (const Entry& e : g.entries()) {
    out += internal::CsvField(e.en) + ',' + internal::CsvField(e.ko) + ',' +
           std::string(EntryTypeName(e.type)) + ',' + internal::CsvField(Bars(e.variants)) + ',' +
           internal::CsvField(e.note);
    if (aliases) out += ',' + internal::CsvField(Bars(e.aliases));
    out += "\r\n";
  }
  return out;
}

std::string WriteHunalign(const Glossary& g) {
  std::string out;
  for (const Entry& e : g.entries()) {
    out += e.ko + " @ " + e.en + '\n';
    for (const auto& v : e.variants) out += e.ko + " @ " + v + '\n';
    for (const auto& v : e.aliases) out += e.ko + " @ " + v + '\n';
  }
  return out;
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  const std::string n = AsciiLower(name);
  if (n == "tsv") return Format::kTsv;
  if (n == "csv") return Format::kCsv;
  if (n == "tbx" || n == "tbx3") return Format::kTbx;
  if (n == "tbx2") return Format::kTbx2;
  if (n == "hunalign") return Format::kHunalign;
  return std::nullopt;
}

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kTsv:
      return "tsv";
    case Format::kCsv:
      return "csv";
    case Format::kTbx:
      return "tbx";
    case Format::kTbx2:
      return "tbx2";
    case Format::kHunalign:
      return "hunalign";
  }
  return "tsv";
}

Format FormatFromPath(std::string_view path) {
  std::string p = AsciiLower(path);
  for (std::string_view z : {".gz", ".zst"}) {
    if (EndsWith(p, z)) p.resize(p.size() - z.size());
  }
  if (EndsWith(p, ".csv")) return Format::kCsv;
  if (EndsWith(p, ".tbx")) return Format::kTbx;
  if (EndsWith(p, ".dic") || EndsWith(p, ".dict") || EndsWith(p, ".hunalign")) {
    return Format::kHunalign;
  }
  return Format::kTsv;
}

Glossary ParseGlossary(std::string_view text, std::string_view name, Format format) {
  Glossary g;
  switch (format) {
    case Format::kTsv:
      g.AppendTsv(text, name);
      break;
    case Format::kCsv: {
      if (auto bad = utf8::FindInvalid(text)) {
        std::uint64_t line = 1;
        for (std::size_t i = 0; i < *bad; ++i) line += text[i] == '\n';
        throw InputError(name, line, "invalid UTF-8");
      }
      auto rows = internal::ParseCsv(text, name);
      if (rows.empty()) throw InputError(name, 0, "empty CSV (expected a header en,ko,type)");
      g.AppendRows(rows, name);
      break;
    }
    case Format::kTbx:
    case Format::kTbx2:
      if (auto bad = utf8::FindInvalid(text)) {
        std::uint64_t line = 1;
        for (std::size_t i = 0; i < *bad; ++i) line += text[i] == '\n';
        throw InputError(name, line, "invalid UTF-8");
      }
      internal::ReadTbx(text, name, g);
      break;
    case Format::kHunalign:
      ReadHunalign(text, name, g);
      break;
  }
  return g;
}

Glossary ReadGlossary(const std::string& path, std::optional<Format> format) {
  LineReader::Options options;
  options.validate_utf8 = false;  // each reader reports the line of a bad byte itself
  const std::string text = ReadAll(path, options);
  return ParseGlossary(text, path == "-" ? "<stdin>" : path,
                       format ? *format : FormatFromPath(path));
}

std::string WriteGlossary(const Glossary& glossary, Format format) {
  switch (format) {
    case Format::kTsv:
      return glossary.ToTsv();
    case Format::kCsv:
      return WriteCsv(glossary);
    case Format::kTbx:
      return internal::WriteTbx(glossary, internal::TbxVersion::k3);
    case Format::kTbx2:
      return internal::WriteTbx(glossary, internal::TbxVersion::k2);
    case Format::kHunalign:
      return WriteHunalign(glossary);
  }
  return glossary.ToTsv();
}

Glossary LoadGlossaries(const std::vector<std::string>& paths, bool with_default) {
  Glossary result;
  if (with_default) result = Glossary::Default();
  for (const auto& path : paths) {
    Glossary user = ReadGlossary(path);
    for (const auto& w : user.warnings()) result.AddWarning(w);
    result.Merge(user);
  }
  return result;
}

}  // namespace kobi::glossary
