// Romanization consistency checker: finds the spellings of Korean person and place names in
// English text, groups the spellings of one name by kobi::romanize::RomanizationKey and reports
// every name written more than one way; with aligned Korean, checks each English spelling
// against the Hangul of the same pair.
//
// What counts as a name (English):
//   - a glossary match of type person or place (Glossary::Default() plus user glossaries);
//   - a Korean personal name: a capitalised surname spelling (Kim, Lee, Park, Choe, Rhee ...)
//     followed by a given name of two romanized syllables: hyphenated (Jong-un), spaced
//     (Jong Un) or joined (Jongun); all-capital forms (MOON HEESANG) too;
//   - a place with a Korean administrative suffix (Jeju-do, Dobong-gu, Hannam-dong) or a
//     capitalised word of 2+ romanized syllables with an RR vowel (eo, eu, ae: Pyeongyang).
// A glossary match that begins with a shorter person/place name (Gaeseong Industrial Complex,
// Seoul National University, Jeju Island) counts as that name, so one place is one name
// whichever compound it appears in.
// Kinds of names: a glossary entry's `en` and `variants` are spellings of one name and are
// grouped; its `aliases` (Korea for South Korea, Seoul Metropolitan City) are other names:
// by default each alias is a name of its own, with CheckerOptions::aliases they join the
// entry's group with the kind "alias". A glossary variant whose key is more than two edits
// from the name's is treated as an alias too (Obama for Barack Obama in an older glossary).
// Grouping never merges different people or places: two glossary entries that share a key
// stay two groups, and a key is a phonetic skeleton that keeps Jong-il/Jong-un, Jae-yong/
// Jae-myung, Ji-won/Ji-sung apart. A Hangul name alone can belong to several people, so in
// aligned mode the Hangul only checks the English of its own pair.
//
// Aligned pairs: a Hangul word is checked only when it is a name: a glossary person or place
// (FindKorean), or a word that reads as a personal name (internal::KoreanPersonName: surname +
// given name, alone or with a particle or title; not a verb form or noun + particle). A
// non-glossary Hangul name is compared only with English personal names whose surname
// romanizes its surname. A Korean homograph with several glossary entries (산시성: Shanxi and
// Shaanxi) is satisfied by any of them. Each finding lists the names found in the English
// of the pair (PairIssue::english_names) as evidence.
//
// Kinds of difference (between each variant and the preferred form):
//   "style: case", "style: hyphen" (Jong-un / Jong Un), "style: spacing" (Jong-un / Jongun),
//   "system: RR vs MR" (Pyeongyang / P'yŏngyang / Pyongyang when one has eo/eu and the other
//   o/u or breves), "system: popular vs strict" (Lee / Yi / I, Park / Bak, Kim / Gim),
//   "spelling" (anything else: Kim Jung-un), "alias" (another name, only with
//   CheckerOptions::aliases). A group's kind is the strongest among its variants (spelling >
//   system > style); "alias" when its only differences are aliases.
// Preferred form: the glossary's English form when the group is a glossary entry, else the
// most frequent spelling (first seen on ties).
//
//   RomanizationChecker checker(Glossary::Default());
//   checker.AddEnglish("Kim Jong-un visited.", 1);
//   checker.AddEnglish("Kim Jong Un left.", 2);
//   auto groups = checker.Groups();  // one group: preferred "Kim Jong-un", kind "style: hyphen"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::glossary {

struct SpellingVariant {
  std::string form;
  std::size_t count = 0;
  std::vector<std::uint64_t> lines;  // 1-based, ascending, one per line it occurs on
  std::string kind;                  // difference from the preferred form ("" for itself)
};

struct CheckerOptions {
  bool aliases = false;  // report aliases (other names of a glossary entry) in its group
};

struct SpellingGroup {
  std::string key;  // romanization key (with "#<entry>" when two entries share it)
  std::string preferred;
  std::string preferred_by;               // "glossary" or "frequency"
  std::string kind;                       // strongest difference in the group
  std::string type;                       // "person" or "place"
  std::vector<SpellingVariant> variants;  // most frequent first
};

// Aligned mode: an English spelling that matches neither the glossary nor the Hangul.
struct PairIssue {
  std::uint64_t line = 0;
  std::string korean;                 // the Hangul name in the Korean sentence
  std::string english;                // the English spelling found ("" when none was found)
  std::vector<std::string> expected;  // glossary forms, or romanizations of the Hangul
  std::string reason;
  std::vector<std::string> english_names;  // names found in the English of the pair
};

class RomanizationChecker {
 public:
  explicit RomanizationChecker(const Glossary& glossary, CheckerOptions options = {});

  // Adds one line of English text.
  void AddEnglish(std::string_view line, std::uint64_t line_no);
  // Adds an aligned pair: the English is collected as by AddEnglish, and Korean names (glossary
  // persons/places, or surname + 1-2 syllables) are checked against the English of the pair.
  void AddPair(std::string_view english, std::string_view korean, std::uint64_t line_no);

  // Groups with more than one spelling, largest first (then by key).
  std::vector<SpellingGroup> Groups() const;
  const std::vector<PairIssue>& pair_issues() const { return issues_; }
  std::size_t names_seen() const { return names_seen_; }

  // One Korean person or place name found in an English line.
  struct Found {
    std::size_t begin;  // byte offsets [begin, end) into the line
    std::size_t end;
    std::string form;    // the line's bytes in [begin, end)
    std::string key;     // romanize::RomanizationKey of the name (of the glossary form for a
                         // glossary match)
    bool person;         // person, else place
    long entry;          // index into the glossary's entries() for a glossary match, else -1
    bool alias = false;  // an alias of the entry, not a spelling of its name
  };
  // The names of one English line, in text order, by the rules at the top of this file. This
  // is what AddEnglish counts; it records nothing, so it also serves to mark names in a line
  // (a review page, a highlighter) with the same notion of "name" as the checker.
  std::vector<Found> FindNames(std::string_view line) const;

 private:
  struct Occurrence {
    std::size_t count = 0;
    std::vector<std::uint64_t> lines;
    std::size_t first_seen = 0;
  };
  struct Group {
    long entry = -1;
    bool person = true;
    std::unordered_map<std::string, Occurrence> forms;
    std::unordered_map<std::string, bool> alias;  // per form
  };
  std::string GroupId(const Found& f) const;
  // Whether a glossary form found in text is an alias of its entry (declared, or a variant
  // whose key is far from the name's).
  bool IsAlias(const Found& f);
  // Glossary matches: a person/place match, or the person/place a longer match begins with.
  void AddGlossaryMatch(std::string_view line, const Match& m, std::vector<Found>& out) const;

  const Glossary& glossary_;
  CheckerOptions options_;
  Matcher matcher_;
  std::unordered_map<std::string, std::vector<std::size_t>> entries_by_key_;  // person/place
  // Romanization keys of each matched entry's variants, computed once per entry (keys are slow).
  const std::vector<std::string>& VariantKeys(std::size_t entry);
  std::unordered_map<std::size_t, std::vector<std::string>> variant_keys_;
  std::unordered_map<std::string, Group> groups_;
  std::vector<PairIssue> issues_;
  std::size_t seen_counter_ = 0;
  std::size_t names_seen_ = 0;
};

}  // namespace kobi::glossary
