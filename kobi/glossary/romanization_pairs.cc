// Aligned-pair checks of the romanization checker (RomanizationChecker::AddPair); see
// romanization_checker.h.
#include <algorithm>
#include <set>

#include "kobi/core/edit_distance.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/internal/korean_names.h"
#include "kobi/glossary/romanization_checker.h"
#include "kobi/romanize/romanization_key.h"
#include "kobi/romanize/romanizer.h"

namespace kobi::glossary {
namespace {

// A Korean name in the Korean sentence: a glossary span (with every entry of that span, so a
// homograph such as 산시성, Shanxi or Shaanxi, is satisfied by either), or a word that reads as
// a personal name (no entries).
struct KoName {
  std::string hangul;
  std::vector<std::size_t> entries;
};

void AddUnique(std::vector<std::string>& out, const std::string& s) {
  if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
}

// Name-mode romanizations of a Hangul name: popular (Kim Jong-un), strict RR, MR.
std::vector<std::string> Romanizations(std::string_view hangul) {
  std::vector<std::string> out;
  romanize::RomanizeOptions o;
  o.name = true;
  AddUnique(out, romanize::Romanize(hangul, o));
  o.strict_names = true;
  AddUnique(out, romanize::Romanize(hangul, o));
  o.strict_names = false;
  o.system = romanize::System::kMcCuneReischauerAscii;
  AddUnique(out, romanize::Romanize(hangul, o));
  return out;
}

// Romanization key of the first word of a name (its surname): "Yoo Jae-jin" -> key of "Yoo".
std::string SurnameKey(std::string_view form) {
  const std::size_t cut = std::min(form.find_first_of(" -"), form.size());
  return romanize::RomanizationKey(form.substr(0, cut));
}

// Place units a Korean place name may carry or drop (산시성 / 산시, 서울시 / 서울).
constexpr std::string_view kPlaceUnits[] = {"성", "시", "도", "군", "구", "현", "주"};

}  // namespace

void RomanizationChecker::AddPair(std::string_view english, std::string_view korean,
                                  std::uint64_t line_no) {
  AddEnglish(english, line_no);
  const std::vector<Found> found = FindNames(english);
  std::vector<std::string> evidence;  // the English names of the pair, shown with a finding
  for (const Found& f : found) AddUnique(evidence, f.form);
  const auto& entries = glossary_.entries();
  auto is_name_entry = [&](std::size_t i) {
    return entries[i].type == EntryType::kPerson || entries[i].type == EntryType::kPlace;
  };

  std::vector<KoName> names;
  std::vector<Span> taken;
  std::vector<Span> words;  // glossary terms and organisations: words, not names (정부, 외교부)
  for (const auto& m : matcher_.FindKorean(korean)) {
    if (!is_name_entry(m.entry)) {
      words.push_back(m.span);
      continue;
    }
    if (!taken.empty() && taken.back() == m.span) {
      names.back().entries.push_back(m.entry);  // one span, several entries
      continue;
    }
    taken.push_back(m.span);
    names.push_back(KoName{std::string(m.span.In(korean)), {m.entry}});
    // A place written with its unit may also be the entry listed without it, and the reverse
    // (산시성: Shanxi, and Shaanxi listed as 산시).
    KoName& k = names.back();
    const Entry& e = entries[m.entry];
    if (e.type != EntryType::kPlace) continue;
    std::vector<std::string> other_forms;
    for (std::string_view unit : kPlaceUnits) {
      if (k.hangul.size() > unit.size() + 3 &&
          std::string_view(k.hangul).substr(k.hangul.size() - unit.size()) == unit) {
        other_forms.push_back(k.hangul.substr(0, k.hangul.size() - unit.size()));
      }
      if (m.span.end + unit.size() <= korean.size() &&
          korean.substr(m.span.end, unit.size()) == unit) {
        other_forms.push_back(k.hangul + std::string(unit));
      }
    }
    for (const auto& form : other_forms) {
      for (std::size_t i : glossary_.Lookup(form)) {
        if (entries[i].type == EntryType::kPlace &&
            std::find(k.entries.begin(), k.entries.end(), i) == k.entries.end()) {
          k.entries.push_back(i);
        }
      }
    }
  }
  // Hangul words outside glossary matches that read as personal names.
  for (std::size_t pos = 0; pos < korean.size();) {
    utf8::Decoded d = utf8::Decode(korean, pos);
    if (!utf8::IsHangulSyllable(d.cp)) {
      pos += d.length;
      continue;
    }
    std::size_t end = pos;
    while (end < korean.size() && utf8::IsHangulSyllable(utf8::Decode(korean, end).cp)) end += 3;
    auto overlaps = [&](const Span& s) { return pos < s.end && s.begin < end; };
    const bool in_glossary = std::any_of(taken.begin(), taken.end(), overlaps) ||
                             std::any_of(words.begin(), words.end(), overlaps);
    // Glued to a Latin letter or digit (KBS뉴스, 3차례): not a name.
    const bool glued = (pos > 0 && utf8::IsLatinLetter(utf8::DecodeBefore(korean, pos).cp)) ||
                       (end < korean.size() && utf8::IsLatinLetter(utf8::Decode(korean, end).cp));
    const std::string_view name = internal::KoreanPersonName(korean.substr(pos, end - pos));
    if (!in_glossary && !glued && !name.empty()) names.push_back(KoName{std::string(name), {}});
    pos = end;
  }

  std::set<std::size_t> explained;  // English names accounted for by a Korean name
  for (const KoName& k : names) {
    const bool glossary_name = !k.entries.empty();
    std::vector<std::string> expected;
    std::set<std::string> keys;
    if (glossary_name) {
      for (std::size_t i : k.entries) {
        AddUnique(expected, entries[i].en);
        for (const auto& v : entries[i].variants) AddUnique(expected, v);
      }
    } else {
      expected = Romanizations(k.hangul);
      keys.insert(romanize::RomanizationKey(k.hangul));
    }
    for (const auto& x : expected) keys.insert(romanize::RomanizationKey(x));
    bool ok = false;
    for (std::size_t i = 0; i < found.size(); ++i) {
      const Found& f = found[i];
      const bool same_entry =
          f.entry >= 0 && std::find(k.entries.begin(), k.entries.end(),
                                    static_cast<std::size_t>(f.entry)) != k.entries.end();
      if (same_entry || keys.count(f.key)) {
        explained.insert(i);
        ok = true;
        if (!same_entry && glossary_name) {
          issues_.push_back(PairIssue{line_no, k.hangul, f.form, expected,
                                      "spelling not in the glossary", evidence});
        }
      }
    }
    if (ok) continue;
    // No English name meets the Hangul: report a near miss (same initial, key within two
    // edits), e.g. Kim Jong-il written for 김정은, Iran for 이라크. A Hangul word that is not
    // in the glossary is compared only with English personal names of the same surname.
    const std::string main_key = romanize::RomanizationKey(expected[0]);
    std::set<std::string> surnames;
    if (!glossary_name) {
      for (const auto& x : expected) surnames.insert(SurnameKey(x));
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
      const Found& f = found[i];
      if (explained.count(i) || f.key.empty() || main_key.empty() || f.key[0] != main_key[0]) {
        continue;
      }
      if (!glossary_name && (f.entry >= 0 || !f.person || !surnames.count(SurnameKey(f.form)))) {
        continue;
      }
      std::size_t best = 99;
      for (const auto& key : keys) best = std::min(best, EditDistance(f.key, key));
      if (best <= 2 && best > 0) {
        issues_.push_back(PairIssue{line_no, k.hangul, f.form, expected,
                                    "matches neither the glossary nor the romanizations of the "
                                    "Hangul",
                                    evidence});
        explained.insert(i);
      }
    }
  }
}

}  // namespace kobi::glossary
