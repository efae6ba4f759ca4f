// Dictionary loading; see dictionary.h.
#include "kobi/align/dictionary.h"

#include "kobi/align/internal/features.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"

namespace kobi::align {
namespace {

std::string Lower(std::string_view s) { return AsciiLower(utf8::Trim(s)); }

}  // namespace

void Dictionary::Add(std::string_view en, std::string_view ko) {
  std::string e = Lower(en);
  std::string k(utf8::Trim(ko));
  if (e.empty() || k.empty()) return;
  auto id = static_cast<std::uint32_t>(size_++);
  if (e.size() > 1 && e.back() == '*' && k.size() > 1 && k.back() == '*') {
    // A unit entry (kobi lexicon train): words whose lexicon unit is the given stem.
    e.pop_back();
    k.pop_back();
    en_units_[e].push_back(id);
    ko_units_[k].push_back(id);
    return;
  }
  // Phrases: index the whole phrase and, for English, its first word as well.
  en_[e].push_back(id);
  ko_[k].push_back(id);
}

void Dictionary::EnglishIds(std::string_view word_lower, std::vector<std::uint32_t>& out) const {
  auto it = en_.find(std::string(word_lower));
  if (it != en_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  if (!en_units_.empty()) {
    auto u = en_units_.find(internal::EnglishUnit(word_lower));
    if (u != en_units_.end()) out.insert(out.end(), u->second.begin(), u->second.end());
  }
}

void Dictionary::KoreanIds(std::string_view word, std::vector<std::uint32_t>& out) const {
  auto it = ko_.find(std::string(word));
  if (it != ko_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  if (!ko_units_.empty()) {
    auto u = ko_units_.find(internal::KoreanUnit(word));
    if (u != ko_units_.end()) out.insert(out.end(), u->second.begin(), u->second.end());
  }
}

Dictionary Dictionary::Parse(std::string_view text, std::string_view name) {
  Dictionary dict;
  std::uint64_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = utf8::Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') {
      if (nl == text.size()) break;
      continue;
    }
    std::string_view a, b;
    std::size_t tab = line.find('\t');
    std::size_t at = line.find(" @ ");
    if (tab != std::string_view::npos) {
      a = line.substr(0, tab);
      std::string_view rest = line.substr(tab + 1);
      b = rest.substr(0, rest.find('\t'));
    } else if (at != std::string_view::npos) {
      a = line.substr(0, at);
      b = line.substr(at + 3);
    } else {
      throw InputError(name, line_no, "expected 'en<TAB>ko' or 'ko @ en'");
    }
    a = utf8::Trim(a);
    b = utf8::Trim(b);
    if (a.empty() || b.empty()) throw InputError(name, line_no, "empty dictionary side");
    bool ha = utf8::ContainsHangul(a), hb = utf8::ContainsHangul(b);
    if (ha == hb) {
      // Neither or both sides Korean: for language-independent runs keep the file order
      // (source first for TSV, target @ source for hunalign).
      if (tab != std::string_view::npos) {
        dict.Add(a, b);
      } else {
        dict.Add(b, a);
      }
    } else if (ha) {
      dict.Add(b, a);
    } else {
      dict.Add(a, b);
    }
    if (nl == text.size()) break;
  }
  return dict;
}

Dictionary Dictionary::Load(const std::string& path) { return Parse(ReadAll(path), path); }

}  // namespace kobi::align
