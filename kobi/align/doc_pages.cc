// Page sources and the pair list of document alignment; see doc_pages.h.
#include "kobi/align/doc_pages.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/output_file.h"
#include "kobi/core/strings.h"

namespace kobi::align {
namespace {

namespace fs = std::filesystem;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool LooksLikeJsonl(const std::string& path) {
  std::string_view name = path;
  for (std::string_view z : {".gz", ".zst"}) {
    if (EndsWith(name, z)) name.remove_suffix(z.size());
  }
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".json")) return true;
  if (path == "-") return false;
  LineReader reader(path, {.validate_utf8 = false});
  std::string line;
  while (reader.Next(line)) {
    auto p = line.find_first_not_of(" \t\r");
    if (p == std::string::npos) continue;
    return line[p] == '{';
  }
  return false;
}

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

std::vector<DocPage> FromFolder(const std::string& source) {
  std::vector<std::string> rel;
  fs::path root(source);
  std::error_code ec;
  fs::recursive_directory_iterator it(root, ec), end;
  if (ec) throw IoError(source, "cannot list folder: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw IoError(source, "cannot list folder: " + ec.message());
    if (Hidden(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) rel.push_back(fs::relative(it->path(), root).generic_string());
  }
  std::sort(rel.begin(), rel.end());
  std::string prefix = source;
  if (!prefix.empty() && prefix.back() != '/') prefix.push_back('/');
  std::vector<DocPage> pages;
  pages.reserve(rel.size());
  for (const std::string& r : rel) {
    std::string path = prefix + r;
    pages.push_back({path, ReadAll(path), ""});
  }
  return pages;
}

std::vector<DocPage> FromList(const std::string& source) {
  LineReader reader(source);
  std::vector<DocPage> pages;
  std::string line;
  while (reader.Next(line)) {
    std::string_view path = line;
    while (!path.empty() && (path.back() == ' ' || path.back() == '\t')) path.remove_suffix(1);
    if (path.empty() || path[0] == '#') continue;
    std::string p(path);
    if (!fs::is_regular_file(p)) {
      throw InputError(reader.path(), reader.line_number(), "no such page file: " + p);
    }
    pages.push_back({p, ReadAll(p), ""});
  }
  return pages;
}

std::vector<DocPage> FromJsonl(const std::string& source, Lang lang, PageLoadReport* report) {
  LineReader reader(source);
  std::vector<DocPage> pages;
  std::string line;
  std::string_view want = LangName(lang);
  while (reader.Next(line)) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto bad = [&](const std::string& message) {
      return InputError(reader.path(), reader.line_number(), message);
    };
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) throw bad("invalid JSON");
    if (!j.is_object()) throw bad("expected a JSON object with \"text\"");
    auto text = j.find("text");
    if (text == j.end() || !text->is_string()) throw bad("missing string \"text\"");
    std::string url;
    if (auto u = j.find("url"); u != j.end() && !u->is_null()) {
      if (!u->is_string()) throw bad("\"url\" must be a string");
      url = u->get<std::string>();
    }
    if (auto l = j.find("lang"); l != j.end() && !l->is_null()) {
      if (!l->is_string()) throw bad("\"lang\" must be a string");
      std::string code = l->get<std::string>();
      std::string prefix = AsciiLower(
          std::string_view(code).substr(0, std::min(code.find_first_of("-_"), code.size())));
      if (prefix != want) {
        if (report != nullptr) ++report->skipped_other_lang;
        continue;
      }
    }
    std::string id = url.empty() ? reader.path() + ":" + std::to_string(reader.line_number()) : url;
    pages.push_back({std::move(id), text->get<std::string>(), std::move(url)});
  }
  return pages;
}

}  // namespace

std::vector<DocPage> LoadPages(const std::string& source, Lang lang, PageLoadReport* report) {
  PageLoadReport local;
  PageLoadReport& r = report != nullptr ? *report : local;
  if (source != "-" && fs::is_directory(source)) {
    r.kind = PageSourceKind::kFolder;
    return FromFolder(source);
  }
  if (source != "-" && !fs::exists(source)) throw IoError(source, "no such file or folder");
  if (LooksLikeJsonl(source)) {
    r.kind = PageSourceKind::kJsonl;
    return FromJsonl(source, lang, &r);
  }
  r.kind = PageSourceKind::kList;
  return FromList(source);
}

std::string FormatDocPairs(const DocAlignResult& result, const std::vector<DocPage>& en,
                           const std::vector<DocPage>& ko) {
  std::string out;
  for (const DocPair& p : result.pairs) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), p.score, std::chars_format::fixed, 3);
    out += en[p.en].id;
    out += '\t';
    out += ko[p.ko].id;
    out += '\t';
    out.append(buf, ec == std::errc() ? end : buf);
    out += '\n';
  }
  return out;
}

PageSourceAlignment AlignPageSources(const std::string& en_source, const std::string& ko_source,
                                     const DocAlignOptions& options) {
  PageSourceAlignment a;
  a.en = LoadPages(en_source, Lang::kEn, &a.en_report);
  a.ko = LoadPages(ko_source, Lang::kKo, &a.ko_report);
  a.result = DocAlign(a.en, a.ko, options);
  return a;
}

PageSourceAlignment WriteDocAlignManifest(const std::string& en_source,
                                          const std::string& ko_source, const std::string& dir,
                                          const DocAlignOptions& options) {
  PageSourceAlignment a = AlignPageSources(en_source, ko_source, options);
  fs::create_directories(dir);
  // Ids become paths the manifest can name: files by absolute path, JSONL records as files.
  auto as_paths = [&](std::vector<DocPage>& pages, const PageLoadReport& r, const char* side) {
    if (r.kind != PageSourceKind::kJsonl) {
      for (auto& p : pages) p.id = fs::absolute(p.id).string();
      return;
    }
    fs::path folder = fs::path(dir) / "docalign_pages" / side;
    fs::create_directories(folder);
    std::vector<bool> paired(pages.size(), false);
    for (const auto& p : a.result.pairs) paired[side[0] == 'e' ? p.en : p.ko] = true;
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (!paired[i]) continue;
      std::string name = "docalign_pages/" + std::string(side) + "/" + std::to_string(i) + ".txt";
      OutputFile out((fs::path(dir) / name).string());
      out.Write(pages[i].text);
      out.Close();
      pages[i].id = name;
    }
  };
  as_paths(a.en, a.en_report, "en");
  as_paths(a.ko, a.ko_report, "ko");
  a.manifest = (fs::path(dir) / "docalign.tsv").string();
  OutputFile out(a.manifest);
  out.Write(FormatDocPairs(a.result, a.en, a.ko));
  out.Close();
  return a;
}

}  // namespace kobi::align
