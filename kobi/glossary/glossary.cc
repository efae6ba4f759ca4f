// Glossary: TSV parsing, validation, duplicate/conflict reports, merge and lookup.
#include "kobi/glossary/glossary.h"

#include <algorithm>
#include <set>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/strings.h"
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/internal/embedded_data.h"
#include "kobi/glossary/internal/text_norm.h"

namespace kobi::glossary {
namespace {

using internal::LooseEnglishKey;
using internal::LooseKoreanKey;

std::string Clean(std::string_view field) {
  std::string_view t = utf8::Trim(field);
  if (unicode::IsNfc(t)) return std::string(t);
  return unicode::ToNfc(t);
}

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

std::string Where(const Entry& e) {
  if (e.source.empty()) return "an earlier entry";
  return e.line ? e.source + ":" + std::to_string(e.line) : e.source;
}

bool HasControl(std::string_view s) {
  for (char c : s) {
    if (c == '\t' || c == '\n' || c == '\r') return true;
  }
  return false;
}

std::vector<std::string> EnglishKeys(const Entry& e) {
  std::vector<std::string> keys{LooseEnglishKey(e.en)};
  for (const auto* forms : {&e.variants, &e.aliases}) {
    for (const auto& v : *forms) {
      std::string k = LooseEnglishKey(v);
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
    }
  }
  return keys;
}

std::string JoinBars(const std::vector<std::string>& forms) {
  std::string out;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (i) out += '|';
    out += forms[i];
  }
  return out;
}

enum Column { kEn, kKo, kType, kVariants, kNote, kAliases, kIgnored };

}  // namespace

std::string_view EntryTypeName(EntryType type) {
  switch (type) {
    case EntryType::kPerson:
      return "person";
    case EntryType::kPlace:
      return "place";
    case EntryType::kOrg:
      return "org";
    case EntryType::kTerm:
      return "term";
  }
  return "term";
}

std::optional<EntryType> ParseEntryType(std::string_view name) {
  std::string lower = AsciiLower(name);
  if (lower == "person") return EntryType::kPerson;
  if (lower == "place") return EntryType::kPlace;
  if (lower == "org") return EntryType::kOrg;
  if (lower == "term") return EntryType::kTerm;
  return std::nullopt;
}

void Glossary::Warn(const Entry& at, const std::string& message) {
  warnings_.push_back(at.source.empty() ? message : FormatLocation(at.source, at.line, message));
}

void Glossary::Index(std::size_t i) {
  const Entry& e = entries_[i];
  for (auto& k : EnglishKeys(e)) by_en_[k].push_back(i);
  by_ko_[LooseKoreanKey(e.ko)].push_back(i);
}

namespace {

// A letter of any script (digits and punctuation alone do not make a name or term).
bool HasLetter(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    utf8::Decoded d = utf8::Decode(text, pos);
    pos += d.length;
    if (d.cp != utf8::kInvalid && internal::IsWordChar(d.cp) && !(d.cp >= '0' && d.cp <= '9')) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool Glossary::Add(Entry entry) {
  auto fail = [&](const std::string& msg) {
    throw InputError(entry.source.empty() ? "glossary" : entry.source, entry.line, msg);
  };
  entry.en = Clean(entry.en);
  entry.ko = Clean(entry.ko);
  entry.note = Clean(entry.note);
  for (auto& v : entry.variants) v = Clean(v);
  for (auto& v : entry.aliases) v = Clean(v);
  if (entry.en.empty()) fail("empty 'en' field");
  if (entry.ko.empty()) fail("empty 'ko' field");
  if (HasControl(entry.en) || HasControl(entry.ko) || HasControl(entry.note)) {
    fail("tab or newline inside a field");
  }
  if (utf8::ContainsHangul(entry.en)) {
    fail("'en' field \"" + entry.en + "\" contains Hangul (columns swapped?)");
  }
  if (!HasLetter(entry.en)) fail("'en' field \"" + entry.en + "\" has no letters");
  if (entry.en[0] == '#') fail("'en' field may not start with '#' (a TSV comment)");
  for (const auto* forms : {&entry.variants, &entry.aliases}) {
    const bool variant = forms == &entry.variants;
    const std::string what = variant ? "variant" : "alias";
    for (const auto& v : *forms) {
      if (v.empty()) {
        fail("empty " + what + " (stray '|' in " + (variant ? "variants" : "aliases") + ")");
      }
      if (HasControl(v)) fail("tab or newline inside a " + what);
      if (v.find('|') != std::string::npos) fail(what + " \"" + v + "\" contains '|'");
      if (utf8::ContainsHangul(v)) fail(what + " \"" + v + "\" contains Hangul");
      if (!HasLetter(v)) fail(what + " \"" + v + "\" has no letters");
    }
  }
  if (!utf8::ContainsHangul(entry.ko)) {
    Warn(entry, "'ko' field \"" + entry.ko + "\" contains no Hangul");
  }
  const std::string ko_key = LooseKoreanKey(entry.ko);
  const std::string en_key = LooseEnglishKey(entry.en);
  // Exact duplicate: same type, English and Korean.
  if (auto it = by_ko_.find(ko_key); it != by_ko_.end()) {
    for (std::size_t i : it->second) {
      Entry& old = entries_[i];
      if (old.type != entry.type || LooseEnglishKey(old.en) != en_key) continue;
      std::vector<std::string> added;
      for (const auto& [from, to] :
           {std::pair{&entry.variants, &old.variants}, std::pair{&entry.aliases, &old.aliases}}) {
        for (const auto& v : *from) {
          auto keys = EnglishKeys(old);
          if (std::find(keys.begin(), keys.end(), LooseEnglishKey(v)) == keys.end()) {
            to->push_back(v);
            by_en_[LooseEnglishKey(v)].push_back(i);
            added.push_back(v);
          }
        }
      }
      Warn(entry, "duplicate of " + Where(old) + " (" + old.en + " / " + old.ko + "); " +
                      (added.empty() ? "ignored" : "its new variants were added"));
      return false;
    }
  }
  // Conflicts.
  std::set<std::size_t> reported;
  for (const auto& key : EnglishKeys(entry)) {
    auto it = by_en_.find(key);
    if (it == by_en_.end()) continue;
    for (std::size_t i : it->second) {
      const Entry& old = entries_[i];
      if (old.type != entry.type || LooseKoreanKey(old.ko) == ko_key) continue;
      if (!reported.insert(i).second) continue;
      Warn(entry, "conflict: English \"" + entry.en + "\" is \"" + entry.ko + "\" here but \"" +
                      old.ko + "\" at " + Where(old));
    }
  }
  if (auto it = by_ko_.find(ko_key); it != by_ko_.end()) {
    for (std::size_t i : it->second) {
      const Entry& old = entries_[i];
      if (old.type != entry.type || reported.count(i)) continue;
      if (entry.type == EntryType::kPerson) {
        Warn(entry, "Korean \"" + entry.ko + "\" also names \"" + old.en + "\" at " + Where(old) +
                        " (different people, or a spelling to list as variant?)");
      } else {
        Warn(entry, "conflict: Korean \"" + entry.ko + "\" is \"" + entry.en + "\" here but \"" +
                        old.en + "\" at " + Where(old) + " (list one as a variant?)");
      }
    }
  }
  entries_.push_back(std::move(entry));
  Index(entries_.size() - 1);
  return true;
}

void Glossary::Merge(const Glossary& other) {
  for (const Entry& incoming : other.entries_) {
    const std::string ko_key = LooseKoreanKey(incoming.ko);
    auto incoming_keys = EnglishKeys(incoming);
    bool replaced = false;
    if (auto it = by_ko_.find(ko_key); it != by_ko_.end()) {
      for (std::size_t i : it->second) {
        Entry& old = entries_[i];
        if (old.type != incoming.type) continue;
        auto old_keys = EnglishKeys(old);
        bool shared = std::any_of(old_keys.begin(), old_keys.end(), [&](const std::string& k) {
          return std::find(incoming_keys.begin(), incoming_keys.end(), k) != incoming_keys.end();
        });
        if (incoming.type == EntryType::kPerson && !shared) continue;
        Entry merged = incoming;
        std::vector<std::string> forms{old.en};
        forms.insert(forms.end(), old.variants.begin(), old.variants.end());
        const std::size_t spellings = forms.size();  // then the old aliases, kept as aliases
        forms.insert(forms.end(), old.aliases.begin(), old.aliases.end());
        for (std::size_t f = 0; f < forms.size(); ++f) {
          std::string k = LooseEnglishKey(forms[f]);
          if (std::find(incoming_keys.begin(), incoming_keys.end(), k) == incoming_keys.end()) {
            (f < spellings ? merged.variants : merged.aliases).push_back(forms[f]);
            incoming_keys.push_back(k);
          }
        }
        old = std::move(merged);
        // The Korean key is unchanged and the merged entry keeps every old English form, so
        // the index only gains the incoming keys (rebuilding it per replacement was quadratic).
        for (const auto& k : EnglishKeys(old)) {
          if (std::find(old_keys.begin(), old_keys.end(), k) == old_keys.end()) {
            by_en_[k].push_back(i);
          }
        }
        replaced = true;
        break;
      }
    }
    if (!replaced) Add(incoming);
  }
}

std::vector<std::size_t> Glossary::Lookup(std::string_view term) const {
  std::vector<std::size_t> out;
  const auto* map = utf8::ContainsHangul(term) ? &by_ko_ : &by_en_;
  std::string key =
      (map == &by_ko_) ? LooseKoreanKey(utf8::Trim(term)) : LooseEnglishKey(utf8::Trim(term));
  if (auto it = map->find(key); it != map->end()) out = it->second;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string Glossary::ToTsv() const {
  const bool aliases = std::any_of(entries_.begin(), entries_.end(),
                                   [](const Entry& e) { return !e.aliases.empty(); });
  std::string out =
      aliases ? "en\tko\ttype\tvariants\tnote\taliases\n" : "en\tko\ttype\tvariants\tnote\n";
  for (const Entry& e : entries_) {
    out += e.en + '\t' + e.ko + '\t' + std::string(EntryTypeName(e.type)) + '\t' +
           JoinBars(e.variants) + '\t' + e.note;
    if (aliases) out += '\t' + JoinBars(e.aliases);
    out += '\n';
  }
  return out;
}

Glossary Glossary::ParseTsv(std::string_view text, std::string_view name) {
  Glossary g;
  g.AppendTsv(text, name);
  return g;
}

void Glossary::AppendTsv(std::string_view text, std::string_view name) {
  std::vector<Row> rows;
  std::uint64_t line_no = 0;
  for (std::string_view line : SplitLines(text)) {
    ++line_no;
    if (auto bad = utf8::FindInvalid(line)) {
      throw InputError(name, line_no, "invalid UTF-8 at byte " + std::to_string(*bad));
    }
    std::string_view trimmed = utf8::Trim(line);
    if (trimmed.empty()) continue;
    if (trimmed.front() == '#') {
      if (line.find('\t') != std::string_view::npos && !rows.empty()) {  // not silently
        warnings_.push_back(
            FormatLocation(name, line_no,
                           "a line starting with '#' is a comment; this one has tabs like a row "
                           "and was skipped (an 'en' may not start with '#')"));
      }
      continue;
    }
    Row row{line_no, {}};
    for (auto f : SplitOn(line, '\t')) row.fields.emplace_back(f);
    rows.push_back(std::move(row));
  }
  if (rows.empty()) {
    throw InputError(name, 0, "no header line (expected columns en, ko, type)");
  }
  AppendRows(rows, name);
}

void Glossary::AppendRows(const std::vector<Row>& rows, std::string_view name) {
  if (rows.empty()) throw InputError(name, 0, "no header line (expected columns en, ko, type)");
  std::vector<Column> columns;
  bool seen[kIgnored] = {};
  const std::uint64_t header_line = rows[0].line;
  for (const auto& f : rows[0].fields) {
    std::string h = Clean(f);
    Column c = h == "en"         ? kEn
               : h == "ko"       ? kKo
               : h == "type"     ? kType
               : h == "variants" ? kVariants
               : h == "note"     ? kNote
               : h == "aliases"  ? kAliases
                                 : kIgnored;
    if (c != kIgnored) {
      if (seen[c]) throw InputError(name, header_line, "column '" + h + "' named twice");
      seen[c] = true;
    } else {
      warnings_.push_back(FormatLocation(
          name, header_line,
          "unknown column '" + h + "' ignored (known: en ko type variants aliases note)"));
    }
    columns.push_back(c);
  }
  if (!seen[kEn] || !seen[kKo] || !seen[kType]) {
    std::string got;
    for (const auto& f : rows[0].fields) got += (got.empty() ? "" : ",") + f;
    throw InputError(name, header_line,
                     "header must name the columns en, ko and type; got \"" + got + "\"");
  }
  std::size_t required_fields = 0;  // trailing optional columns may be left out
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == kEn || columns[i] == kKo || columns[i] == kType) required_fields = i + 1;
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& fields = rows[r].fields;
    const std::uint64_t line_no = rows[r].line;
    if (fields.size() > columns.size()) {
      throw InputError(name, line_no,
                       "expected " + std::to_string(columns.size()) + " fields, got " +
                           std::to_string(fields.size()));
    }
    if (fields.size() < required_fields) {
      throw InputError(name, line_no,
                       "expected at least " + std::to_string(required_fields) +
                           " fields (en, ko, type), got " + std::to_string(fields.size()));
    }
    Entry e;
    e.source = std::string(name);
    e.line = line_no;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      std::string_view f = fields[i];
      switch (columns[i]) {
        case kEn:
          e.en = std::string(f);
          break;
        case kKo:
          e.ko = std::string(f);
          break;
        case kType: {
          auto t = ParseEntryType(utf8::Trim(f));
          if (!t) {
            throw InputError(name, line_no,
                             "unknown type \"" + std::string(utf8::Trim(f)) +
                                 "\" (expected person, place, org or term)");
          }
          e.type = *t;
          break;
        }
        case kVariants:
          if (!utf8::Trim(f).empty()) {
            for (auto v : SplitOn(f, '|')) e.variants.emplace_back(v);
          }
          break;
        case kAliases:
          if (!utf8::Trim(f).empty()) {
            for (auto v : SplitOn(f, '|')) e.aliases.emplace_back(v);
          }
          break;
        case kNote:
          e.note = std::string(f);
          break;
        case kIgnored:
          break;
      }
    }
    Add(std::move(e));
  }
}

Glossary Glossary::LoadTsv(const std::string& path) {
  std::string text = ReadAll(path);
  return ParseTsv(text, path == "-" ? std::string("<stdin>") : path);
}

const Glossary& Glossary::Default() {
  static const Glossary* const instance = [] {
    auto* g = new Glossary();
    for (std::size_t i = 0; i < internal::kEmbeddedGlossaryFileCount; ++i) {
      const auto& f = internal::kEmbeddedGlossaryFiles[i];
      g->AppendTsv(std::string_view(f.data, f.size), f.name);
    }
    return g;
  }();
  return *instance;
}

}  // namespace kobi::glossary
