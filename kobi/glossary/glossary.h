// A bilingual glossary of names and terms (English <-> Korean) and its TSV format.
//
// Format (UTF-8, tab-separated, '#' starts a comment line, blank lines ignored). The first
// non-comment line is a header naming the columns; `en`, `ko` and `type` are required,
// `variants`, `aliases` and `note` optional, other columns are ignored with a warning:
//
//   # source: ...
//   en	ko	type	variants	note	aliases
//   Kim Jong-un	김정은	person	Kim Jong Un|Kim Jong-eun	DPRK leader
//   South Korea	한국	place		ROK	Korea|ROK|Republic of Korea
//
// `type` is one of person, place, org, term; `variants` are other spellings of the same name
// (romanizations, spelling, hyphenation, spacing: Kim Jong Un, Pusan for Busan); `aliases` are
// other names of the same thing (Korea for South Korea, USA, Seoul Metropolitan City); both
// '|'-separated. The romanization checker groups variants and keeps aliases apart. Fields are
// trimmed and stored in NFC. A malformed row (wrong field count, empty en/ko, unknown type, Hangul
// in en, empty variant) throws kobi::InputError naming the file and line; no row is ever dropped
// silently. Exact duplicates are kept once and reported; conflicts (one English name with two
// Korean renderings, one Korean rendering with two English names) are kept and reported. Reports
// are in warnings() as "file:line: message".
//
//   auto g = kobi::glossary::Glossary::LoadTsv("names.tsv");
//   g.Merge(kobi::glossary::Glossary::Default());
//   for (std::size_t i : g.Lookup("김정은")) std::cout << g.entries()[i].en << "\n";
//
// Lifetime: a Glossary owns its strings; Default() lives for the whole program.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kobi::glossary {

enum class EntryType { kPerson, kPlace, kOrg, kTerm };

// "person", "place", "org", "term".
std::string_view EntryTypeName(EntryType type);
// Case-insensitive inverse of EntryTypeName; nullopt for anything else.
std::optional<EntryType> ParseEntryType(std::string_view name);

struct Entry {
  std::string en;  // preferred English form
  std::string ko;  // Korean (Hangul) form
  EntryType type = EntryType::kTerm;
  std::vector<std::string> variants;  // other English spellings of the same name
  std::vector<std::string> aliases;   // other English names of the same thing
  std::string note;                   // free text (source, description)
  std::string source;                 // where the entry was read ("people.tsv"), may be empty
  std::uint64_t line = 0;             // 1-based line in source, 0 if unknown
};

class Glossary {
 public:
  Glossary() = default;

  // Reads a TSV glossary ("-" = stdin; .gz/.zst transparent). Throws InputError/IoError.
  static Glossary LoadTsv(const std::string& path);
  // Parses TSV text; `name` is used in error messages and Entry::source.
  static Glossary ParseTsv(std::string_view text, std::string_view name);
  // The bundled glossary (kobi/glossary/data/*.tsv compiled into the binary).
  static const Glossary& Default();

  // Parses more TSV rows (with their own header) into this glossary; duplicates and conflicts
  // are checked against everything already loaded. Throws InputError like ParseTsv.
  void AppendTsv(std::string_view text, std::string_view name);

  // One row of a tabular glossary and the line it starts on (for messages).
  struct Row {
    std::uint64_t line;
    std::vector<std::string> fields;
  };
  // Adds rows whose first row is the header (column names as in the TSV format); used by the
  // TSV and CSV readers. Same validation and reports as AppendTsv.
  void AppendRows(const std::vector<Row>& rows, std::string_view name);

  // Adds one entry after validating it (throws InputError naming entry.source:entry.line) and
  // checking it against the existing entries (duplicates skipped, conflicts reported).
  // Returns false when the entry was an exact duplicate and was not added.
  bool Add(Entry entry);

  // Adds other's entries. An entry of `other` replaces an existing one of the same type and
  // Korean form when it names the same thing (for persons: an English form in common, since
  // one Hangul name can belong to several people; for others: always); the replaced entry's
  // English forms are kept as variants. Everything else is appended.
  void Merge(const Glossary& other);

  const std::vector<Entry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }
  const std::vector<std::string>& warnings() const { return warnings_; }
  // Appends a report (readers of other formats use it, e.g. for an ignored extra term).
  void AddWarning(std::string message) { warnings_.push_back(std::move(message)); }

  // Entries whose English form or a variant (case, space, hyphen, apostrophe, diacritic
  // insensitive) or whose Korean form (space insensitive) equals term. In entry order.
  std::vector<std::size_t> Lookup(std::string_view term) const;

  // Writes the glossary as TSV (header + one line per entry, no comments); the `aliases`
  // column is written only when an entry has aliases.
  std::string ToTsv() const;

 private:
  void Warn(const Entry& at, const std::string& message);
  void Index(std::size_t i);

  std::vector<Entry> entries_;
  // Loose English key (en and variants) / loose Korean key -> entry indices.
  std::unordered_map<std::string, std::vector<std::size_t>> by_en_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_ko_;
  std::vector<std::string> warnings_;
};

}  // namespace kobi::glossary
