// Romanization consistency checker; see romanization_checker.h.
#include "kobi/glossary/romanization_checker.h"

#include <algorithm>
#include <set>

#include "kobi/core/edit_distance.h"
#include "kobi/core/strings.h"
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/internal/korean_names.h"
#include "kobi/glossary/internal/text_norm.h"
#include "kobi/romanize/romanization_key.h"
#include "kobi/romanize/romanizer.h"

namespace kobi::glossary {
namespace {

using internal::FoldLatinWord;
using internal::RomanizedSyllables;

struct Token {
  std::size_t begin = 0, end = 0;
  std::string text;
  bool capital = false;      // starts with an upper-case letter
  bool space_after = false;  // exactly one space, then the next token
};

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

// Latin words: letters (with marks), inner apostrophes and hyphens.
std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    utf8::Decoded d = utf8::Decode(s, pos);
    if (!utf8::IsLatinLetter(d.cp)) {
      pos += d.length;
      continue;
    }
    Token t;
    t.begin = pos;
    t.capital = unicode::IsUpper(d.cp);
    std::size_t p = pos;
    while (p < s.size()) {
      utf8::Decoded e = utf8::Decode(s, p);
      if (utf8::IsLatinLetter(e.cp) || unicode::IsMark(e.cp)) {
        p += e.length;
        continue;
      }
      if ((e.cp == '-' || IsApostrophe(e.cp)) && p + e.length < s.size() &&
          utf8::IsLatinLetter(utf8::Decode(s, p + e.length).cp)) {
        p += e.length;
        continue;
      }
      break;
    }
    t.end = p;
    t.text = std::string(s.substr(t.begin, t.end - t.begin));
    if (!out.empty() && out.back().end + 1 == t.begin && s[out.back().end] == ' ') {
      out.back().space_after = true;
    }
    out.push_back(std::move(t));
    pos = p;
  }
  return out;
}

std::vector<std::string> SplitHyphen(const std::string& s) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t h = s.find('-', start);
    parts.push_back(s.substr(start, h == std::string::npos ? std::string::npos : h - start));
    if (h == std::string::npos) return parts;
    start = h + 1;
  }
}

int Syllables(const std::string& word) { return RomanizedSyllables(FoldLatinWord(word)); }

const std::set<std::string_view> kAdminSuffixes = {"do",  "si",    "gun", "gu", "dong", "ri",
                                                   "eup", "myeon", "ga",  "ro", "gil"};

bool HasRrVowel(std::string_view folded) {
  return folded.find("eo") != std::string_view::npos || folded.find("eu") != std::string_view::npos;
}

// Lower case, diacritics and apostrophes removed, words kept (separators as given).
std::string Plain(std::string_view s) {
  std::string out;
  for (char c : unicode::StripDiacritics(s)) {
    if (c == '\'') continue;
    out.push_back(AsciiToLower(c));
  }
  return out;
}

std::string NoSeparators(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '-') out.push_back(c);
  }
  return out;
}

std::size_t Separators(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '-'; }));
}

const std::set<std::string_view> kPopularSurnames = {"lee",  "rhee",  "park", "kim",  "choi",
                                                     "jung", "chung", "roh",  "yoon", "shin"};
const std::set<std::string_view> kStrictSurnames = {"yi",   "i",     "ri", "bak", "pak", "gim",
                                                    "choe", "jeong", "no", "yun", "sin"};

// Folds what RR, MR and popular spellings write differently: consonants g/k, d/t, b/p, j/ch
// and the vowels e, o, u (eo/o/u/eu/oo all spell ㅓ ㅗ ㅜ ㅡ somewhere), separators dropped.
// Busan/Pusan, Gyeonggi/Kyonggi, Jeju/Cheju, Jong/Jung, Myung/Myeong meet.
std::string SystemSkeleton(std::string_view plain) {
  std::string out;
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const char c = plain[i];
    const char next = i + 1 < plain.size() ? plain[i + 1] : '\0';
    if (c == 'c' && next == 'h') {
      out += 'j';
      ++i;
    } else if (c == 'e' || c == 'o' || c == 'u' || c == ' ' || c == '-') {
      continue;
    } else if (c == 'g') {
      out += 'k';
    } else if (c == 'd') {
      out += 't';
    } else if (c == 'b') {
      out += 'p';
    } else {
      out += c;
    }
  }
  return out;
}

bool PopularStrictPair(const std::string& a, const std::string& b) {
  return (kPopularSurnames.count(a) && kStrictSurnames.count(b)) ||
         (kStrictSurnames.count(a) && kPopularSurnames.count(b));
}

int Rank(std::string_view kind) {
  if (kind.empty()) return 0;
  if (kind.rfind("style", 0) == 0) return 1;
  if (kind.rfind("system", 0) == 0) return 2;
  return 3;
}

// How `form` differs from `preferred`.
std::string Classify(std::string_view form, std::string_view preferred) {
  if (form == preferred) return "";
  if (unicode::FoldCase(form) == unicode::FoldCase(preferred)) return "style: case";
  const std::string a = Plain(form), b = Plain(preferred);
  if (a == b) return "style: diacritics";
  if (NoSeparators(a) == NoSeparators(b)) {
    return Separators(a) == Separators(b) ? "style: hyphen" : "style: spacing";
  }
  const std::size_t cut_a = std::min(a.find_first_of(" -"), a.size());
  const std::size_t cut_b = std::min(b.find_first_of(" -"), b.size());
  const std::string sa = a.substr(0, cut_a), sb = b.substr(0, cut_b);
  const bool surname_swap = sa != sb && PopularStrictPair(sa, sb) &&
                            SystemSkeleton(a.substr(cut_a)) == SystemSkeleton(b.substr(cut_b));
  if (surname_swap) return "system: popular vs strict";
  if (SystemSkeleton(a) == SystemSkeleton(b)) {
    // RR and MR differ in g/k, d/t, b/p, j/ch (Busan/Pusan) and in eo/eu (Pyeongyang/
    // Pyongyang); other vowel spellings (Jong/Jung, Myung) are popular ones.
    std::string va, vb;  // vowels only: equal when only consonants differ
    for (char c : a)
      if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') va += c;
    for (char c : b)
      if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') vb += c;
    if (HasRrVowel(a) != HasRrVowel(b) || va == vb) return "system: RR vs MR";
    return "system: popular";
  }
  return "spelling";
}

}  // namespace

RomanizationChecker::RomanizationChecker(const Glossary& glossary, CheckerOptions options)
    : glossary_(glossary), options_(options), matcher_(glossary) {
  const auto& entries = glossary_.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    if (e.type != EntryType::kPerson && e.type != EntryType::kPlace) continue;
    std::set<std::string> keys{romanize::RomanizationKey(e.en)};
    for (const auto& v : e.variants) keys.insert(romanize::RomanizationKey(v));
    for (const auto& k : keys) {
      if (!k.empty()) entries_by_key_[k].push_back(i);
    }
  }
}

void RomanizationChecker::AddGlossaryMatch(std::string_view line, const Match& m,
                                           std::vector<Found>& out) const {
  const auto& entries = glossary_.entries();
  const Entry& e = entries[m.entry];
  if (e.type != EntryType::kPerson) {
    // A compound that begins with a person or place name (Gaeseong Industrial Complex, Seoul
    // National University, Jeju Island) is an occurrence of that name: the place is spelt
    // the same way whatever it is part of.
    const std::string_view text = m.span.In(line);
    for (std::size_t cut = text.rfind(' '); cut != std::string_view::npos && cut > 0;
         cut = text.rfind(' ', cut - 1)) {
      const std::string_view prefix = text.substr(0, cut);
      if (prefix[0] >= 'a' && prefix[0] <= 'z') break;
      for (std::size_t i : glossary_.Lookup(prefix)) {
        const Entry& p = entries[i];
        if (p.type != EntryType::kPerson && p.type != EntryType::kPlace) continue;
        out.push_back(Found{m.span.begin, m.span.begin + cut, std::string(prefix),
                            romanize::RomanizationKey(p.en), p.type == EntryType::kPerson,
                            static_cast<long>(i)});
        return;
      }
    }
  }
  if (e.type != EntryType::kPerson && e.type != EntryType::kPlace) return;
  // Names are capitalised ("center" is not the town Center); all-capital place names are
  // datelines (SEOUL, Oct. 3), a convention rather than a spelling.
  const std::string_view text = m.span.In(line);
  if (text[0] >= 'a' && text[0] <= 'z') return;
  if (e.type == EntryType::kPlace &&
      std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return;
  }
  std::size_t end = m.span.end;
  if (e.type == EntryType::kPlace && end < line.size() && line[end] == '-') {
    // "Cheju" + "-do": the spelling is the whole hyphenated form.
    std::size_t p = end + 1;
    while (p < line.size() &&
           ((line[p] >= 'a' && line[p] <= 'z') || (line[p] >= 'A' && line[p] <= 'Z'))) {
      ++p;
    }
    if (kAdminSuffixes.count(FoldLatinWord(line.substr(end + 1, p - end - 1)))) end = p;
  }
  out.push_back(Found{m.span.begin, end, std::string(line.substr(m.span.begin, end - m.span.begin)),
                      romanize::RomanizationKey(e.en), e.type == EntryType::kPerson,
                      static_cast<long>(m.entry), false});
}

std::vector<RomanizationChecker::Found> RomanizationChecker::FindNames(
    std::string_view line) const {
  std::vector<Found> out;
  std::size_t last_begin = std::string_view::npos;
  for (const auto& m : matcher_.FindEnglish(line)) {
    if (m.span.begin == last_begin) continue;  // same span, 2nd entry
    last_begin = m.span.begin;
    AddGlossaryMatch(line, m, out);
  }
  auto covered = [&](std::size_t b, std::size_t e) {
    for (const auto& f : out) {
      if (b < f.end && f.begin < e) return true;
    }
    return false;
  };
  const std::vector<Token> tokens = Tokenize(line);
  std::vector<Found> extra;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.capital) continue;
    const std::string folded = FoldLatinWord(t.text);
    // Personal name: surname + given name.
    const bool surname = internal::IsSurnameSpelling(folded);
    const bool ambiguous = internal::IsAmbiguousSurname(folded);
    if ((surname || ambiguous) && t.space_after && i + 1 < tokens.size() && tokens[i + 1].capital) {
      const Token& g = tokens[i + 1];
      std::size_t end = 0;
      auto parts = SplitHyphen(g.text);
      if (parts.size() == 2 && Syllables(parts[0]) == 1 && Syllables(parts[1]) == 1) {
        end = g.end;  // Jong-un
      } else if (surname && parts.size() == 1 && Syllables(g.text) == 1 && g.space_after &&
                 i + 2 < tokens.size() && tokens[i + 2].capital &&
                 tokens[i + 2].text.find('-') == std::string::npos &&
                 Syllables(tokens[i + 2].text) == 1) {
        end = tokens[i + 2].end;  // Jong Un
      } else if (surname && parts.size() == 1 && Syllables(g.text) == 2) {
        end = g.end;  // Jongun, HEESANG
      }
      if (end != 0 && !covered(t.begin, end)) {
        std::string form(line.substr(t.begin, end - t.begin));
        extra.push_back(Found{t.begin, end, form, romanize::RomanizationKey(form), true, -1});
        while (i + 1 < tokens.size() && tokens[i + 1].end <= end) ++i;
        continue;
      }
    }
    // Place: Korean administrative suffix, or RR-looking word of 2+ syllables.
    auto parts = SplitHyphen(t.text);
    bool place = false;
    if (parts.size() == 2 && kAdminSuffixes.count(FoldLatinWord(parts[1])) &&
        Syllables(parts[0]) >= 1) {
      place = true;
    } else if (parts.size() == 1 && folded.size() >= 5 && HasRrVowel(folded) &&
               Syllables(t.text) >= 2 && !covered(t.begin, t.end)) {
      place = true;
    }
    if (place && !covered(t.begin, t.end)) {
      extra.push_back(Found{t.begin, t.end, t.text, romanize::RomanizationKey(t.text), false, -1});
    }
  }
  out.insert(out.end(), extra.begin(), extra.end());
  std::sort(out.begin(), out.end(),
            [](const Found& a, const Found& b) { return a.begin < b.begin; });
  return out;
}

std::string RomanizationChecker::GroupId(const Found& f) const {
  if (f.entry >= 0) {
    auto it = entries_by_key_.find(f.key);
    if (it != entries_by_key_.end() && it->second.size() > 1) {
      return f.key + "#" + std::to_string(f.entry);
    }
    return f.key;
  }
  auto it = entries_by_key_.find(f.key);
  if (it != entries_by_key_.end() && it->second.size() > 1) return f.key + "#?";
  if (it != entries_by_key_.end()) {
    // Joins the glossary entry's group (keyed by the entry's own English form).
    return romanize::RomanizationKey(glossary_.entries()[it->second[0]].en);
  }
  return f.key;
}

const std::vector<std::string>& RomanizationChecker::VariantKeys(std::size_t entry) {
  auto [it, inserted] = variant_keys_.try_emplace(entry);
  if (inserted) {
    for (const auto& v : glossary_.entries()[entry].variants) {
      it->second.push_back(romanize::RomanizationKey(v));
    }
  }
  return it->second;
}

bool RomanizationChecker::IsAlias(const Found& f) {
  const Entry& e = glossary_.entries()[static_cast<std::size_t>(f.entry)];
  const std::string loose = internal::LooseEnglishKey(f.form);
  bool spelling = loose == internal::LooseEnglishKey(e.en);
  for (const auto& v : e.variants) spelling = spelling || loose == internal::LooseEnglishKey(v);
  if (!spelling) {
    for (const auto& a : e.aliases) {
      if (loose == internal::LooseEnglishKey(a)) return true;
    }
  }
  // A listed variant far from the name (Obama / Barack Obama in a glossary that lists it as a
  // variant) is another name, not a spelling.
  const std::string own = romanize::RomanizationKey(f.form);
  std::size_t nearest = EditDistance(own, f.key);
  for (const std::string& vk : VariantKeys(static_cast<std::size_t>(f.entry))) {
    // Only variants that are spellings of the English name itself count (Gyeonggi-do
    // for Gyeonggi Province), not other aliases listed with it.
    if (EditDistance(vk, f.key) <= 2 || vk.find(f.key.substr(0, 4)) == 0) {
      nearest = std::min(nearest, EditDistance(own, vk));
    }
  }
  return nearest > 2;
}

void RomanizationChecker::AddEnglish(std::string_view line, std::uint64_t line_no) {
  for (const Found& f : FindNames(line)) {
    if (f.key.empty()) continue;
    std::string id = GroupId(f);
    long entry = f.entry;
    const bool alias = f.entry >= 0 && IsAlias(f);
    if (alias && !options_.aliases) {
      // Another name for the same thing (Korea / South Korea, Obama / Barack Obama) is not a
      // spelling: it is a name of its own, keyed by its own romanization key.
      id = romanize::RomanizationKey(f.form) + "@" + std::to_string(f.entry);
      entry = -1;
    }
    Group& g = groups_[id];
    if (entry >= 0) {
      g.entry = entry;
    } else if (f.entry >= 0) {
      // alias group: preferred by frequency
    } else if (g.entry < 0) {
      auto it = entries_by_key_.find(f.key);
      if (it != entries_by_key_.end() && it->second.size() == 1) {
        g.entry = static_cast<long>(it->second[0]);
      }
    }
    if (g.entry >= 0)
      g.person = glossary_.entries()[g.entry].type == EntryType::kPerson;
    else
      g.person = f.person;
    Occurrence& o = g.forms[f.form];
    if (o.count == 0) o.first_seen = seen_counter_++;
    ++o.count;
    if (o.lines.empty() || o.lines.back() != line_no) o.lines.push_back(line_no);
    if (alias && options_.aliases) g.alias[f.form] = true;
    ++names_seen_;
  }
}

// An all-capitals occurrence (a wire dateline's "SEOUL", a headline in capitals) is a
// typographic convention, not a spelling: it is counted under the form that differs from it
// only in case, when the text has one.
namespace {

template <typename FormMap>
FormMap MergeAllCapsForms(const FormMap& forms) {
  auto is_all_caps = [](const std::string& form) {
    bool upper = false;
    for (char c : form) {
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') upper = true;
    }
    return upper && form.size() > 1;
  };
  FormMap out;
  for (const auto& [form, occ] : forms) {
    if (!is_all_caps(form)) out[form] = occ;
  }
  for (const auto& [form, occ] : forms) {
    if (!is_all_caps(form)) continue;
    const std::string folded = unicode::FoldCase(form);
    std::string target = form;
    for (const auto& [other, unused] : out) {
      if (!is_all_caps(other) && unicode::FoldCase(other) == folded) {
        target = other;
        break;
      }
    }
    auto& merged = out[target];
    merged.count += occ.count;
    merged.lines.insert(merged.lines.end(), occ.lines.begin(), occ.lines.end());
    std::sort(merged.lines.begin(), merged.lines.end());
    merged.lines.erase(std::unique(merged.lines.begin(), merged.lines.end()), merged.lines.end());
    if (target == form) merged.first_seen = occ.first_seen;
  }
  return out;
}

}  // namespace

std::vector<SpellingGroup> RomanizationChecker::Groups() const {
  std::vector<SpellingGroup> out;
  for (const auto& [id, g] : groups_) {
    const auto all_forms = MergeAllCapsForms(g.forms);
    if (all_forms.size() < 2) continue;
    SpellingGroup sg;
    sg.key = id;
    sg.type = g.person ? "person" : "place";
    std::vector<std::pair<std::string, const Occurrence*>> forms;
    for (const auto& [form, occ] : all_forms) forms.emplace_back(form, &occ);
    std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
      if (a.second->count != b.second->count) return a.second->count > b.second->count;
      return a.second->first_seen < b.second->first_seen;
    });
    if (g.entry >= 0) {
      // The glossary's English form; when only one of its listed variants occurs (Jeju-do
      // for the entry Jeju), the most frequent such variant.
      const Entry& e = glossary_.entries()[g.entry];
      sg.preferred = e.en;
      sg.preferred_by = "glossary";
      if (!all_forms.count(e.en)) {
        for (const auto& [form, occ] : forms) {
          if (std::find(e.variants.begin(), e.variants.end(), form) != e.variants.end()) {
            sg.preferred = form;
            break;
          }
        }
      }
    } else {
      sg.preferred = forms[0].first;
      sg.preferred_by = "frequency";
    }
    bool any_alias = false;
    for (const auto& [form, occ] : forms) {
      const bool alias = form != sg.preferred && g.alias.count(form);
      SpellingVariant v{form, occ->count, occ->lines,
                        alias ? "alias" : Classify(form, sg.preferred)};
      any_alias = any_alias || alias;
      if (!alias && Rank(v.kind) > Rank(sg.kind)) sg.kind = v.kind;
      sg.variants.push_back(std::move(v));
    }
    if (sg.kind.empty() && any_alias) sg.kind = "alias";
    out.push_back(std::move(sg));
  }
  std::sort(out.begin(), out.end(), [](const SpellingGroup& a, const SpellingGroup& b) {
    std::size_t ca = 0, cb = 0;
    for (const auto& v : a.variants) ca += v.count;
    for (const auto& v : b.variants) cb += v.count;
    if (ca != cb) return ca > cb;
    return a.key < b.key;
  });
  return out;
}

}  // namespace kobi::glossary
