// Glossary matcher; see matcher.h.
#include "kobi/glossary/matcher.h"

#include <algorithm>
#include <array>
#include <string>

#include "kobi/core/error.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/internal/korean_names.h"
#include "kobi/glossary/internal/prefix_trie.h"
#include "kobi/glossary/internal/text_norm.h"

namespace kobi::glossary {

namespace internal {
// The entries of each trie pattern, flattened so that a candidate costs one load: word[p] is
// the entry itself, or kSeveral | the offset in `several` of a count followed by that many
// entry ids; English patterns whose every source form is an acronym also carry kCaseSensitive.
struct PatternEntries {
  static constexpr std::uint32_t kSeveral = 1u << 31;
  static constexpr std::uint32_t kCaseSensitive = 1u << 30;
  static constexpr std::uint32_t kMaxEntry = kCaseSensitive - 1;
  std::vector<std::uint32_t> word;
  std::vector<std::uint32_t> several;
};
}  // namespace internal

struct Matcher::Impl {
  internal::PrefixTrie en_trie;
  internal::PrefixTrie ko_trie;
  internal::PatternEntries en_entries;
  internal::PatternEntries ko_entries;
  std::vector<bool> is_person;  // per entry
};

namespace {

using internal::NormalizedView;

bool IsAcronym(std::string_view form) {
  int letters = 0;
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) {
      return false;
    }
  }
  return letters >= 2 && letters <= 5;
}

struct Candidate {
  std::size_t begin;
  std::size_t end;
  std::uint32_t pattern;
  bool strict_ok;  // Korean: acceptable for person entries too
};

// Original-text span of normalised bytes [nb, ne); false when the span starts or ends inside
// the expansion of one original code point.
// English drops characters (hyphens, apostrophes), so the end is the end of the last matched
// code point; the Korean view drops nothing but may have been NFC-composed, so the end is
// where the next normalised byte came from.
bool MapSpan(const NormalizedView& v, std::string_view text, std::size_t nb, std::size_t ne,
             bool end_from_next, std::size_t& ob, std::size_t& oe) {
  if (nb > 0 && v.origin[nb - 1] == v.origin[nb]) return false;
  if (ne < v.text.size() && v.origin[ne] == v.origin[ne - 1]) return false;
  ob = v.origin[nb];
  if (end_from_next) {
    oe = v.origin[ne];
    return true;
  }
  const std::size_t last = v.origin[ne - 1];
  oe = last + utf8::Decode(text, last).length;
  // Absorb combining marks that were folded away (o + U+0306).
  while (oe < text.size()) {
    utf8::Decoded d = utf8::Decode(text, oe);
    if (d.cp == utf8::kInvalid || !(d.cp >= 0x300 && d.cp <= 0x36F)) break;
    oe += d.length;
  }
  return true;
}

bool WordBefore(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  return internal::IsWordChar(utf8::DecodeBefore(text, pos).cp);
}

bool WordAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  return internal::IsWordChar(utf8::Decode(text, pos).cp);
}

// Calls f(entry) for every entry of pattern p.
template <typename F>
void ForEachEntry(const internal::PatternEntries& t, std::uint32_t p, F&& f) {
  const std::uint32_t w = t.word[p] & ~internal::PatternEntries::kCaseSensitive;
  if ((w & internal::PatternEntries::kSeveral) == 0) {
    f(w);
    return;
  }
  const std::uint32_t* run = t.several.data() + (w & ~internal::PatternEntries::kSeveral);
  for (std::uint32_t k = 1; k <= run[0]; ++k) f(run[k]);
}

// Leftmost-longest selection over the candidates of one text.
std::vector<Match> Select(std::vector<Candidate>& cands, const internal::PatternEntries& table,
                          const std::vector<bool>& is_person) {
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.pattern < b.pattern;
  });
  std::vector<Match> out;
  std::vector<std::uint32_t> ids;
  std::size_t covered = 0;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    if (c.begin < covered && !out.empty()) continue;
    ids.clear();
    // Every candidate with exactly this span (several patterns may land on it).
    std::size_t j = i;
    for (; j < cands.size() && cands[j].begin == c.begin && cands[j].end == c.end; ++j) {
      const bool strict_ok = cands[j].strict_ok;
      ForEachEntry(table, cands[j].pattern, [&](std::uint32_t e) {
        if (strict_ok || !is_person[e]) ids.push_back(e);
      });
    }
    if (ids.empty()) continue;  // a shorter candidate at the same start may still fit
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::uint32_t e : ids) out.push_back(Match{e, Span{c.begin, c.end}});
    covered = c.end;
    i = j - 1;
  }
  return out;
}

// Build-time entries of one pattern.
struct PatternBuild {
  std::vector<std::uint32_t> entries;
  bool case_sensitive = true;  // English: every source form is an acronym
};

void AddPattern(internal::PrefixTrie& trie, std::vector<PatternBuild>& info,
                const std::string& pattern, std::uint32_t entry, bool acronym) {
  if (pattern.empty()) return;
  const std::uint32_t id = trie.Add(pattern);
  if (id == info.size()) info.emplace_back();
  PatternBuild& b = info[id];
  if (b.entries.empty() || b.entries.back() != entry) b.entries.push_back(entry);
  b.case_sensitive = b.case_sensitive && acronym;
}

// English forms of one glossary form: hyphens dropped ("kim jongun"), hyphens as spaces
// ("kim jong un"), and every separator dropped ("kimjongun", which also meets the text
// "state-visit" for "state visit").
void AddEnglish(internal::PrefixTrie& trie, std::vector<PatternBuild>& info, std::string_view form,
                std::uint32_t entry) {
  const bool acronym = IsAcronym(form);
  std::string spaced(form);
  for (char& c : spaced) {
    if (c == '-') c = ' ';
  }
  const std::string dropped = internal::EnglishForm(form);
  std::string joined;
  for (char c : dropped) {
    if (c != ' ') joined.push_back(c);
  }
  for (const std::string& p : {dropped, internal::EnglishForm(spaced), joined}) {
    AddPattern(trie, info, p, entry, acronym);
  }
}

// Korean forms: as written (normalised) and with spaces removed ("국빈방문").
void AddKorean(internal::PrefixTrie& trie, std::vector<PatternBuild>& info, std::string_view form,
               std::uint32_t entry) {
  std::string p = internal::KoreanForm(form);
  std::string joined;
  for (char c : p) {
    if (c != ' ') joined.push_back(c);
  }
  for (const std::string& q : {p, joined}) AddPattern(trie, info, q, entry, false);
}

internal::PatternEntries Flatten(const std::vector<PatternBuild>& info) {
  using internal::PatternEntries;
  PatternEntries t;
  t.word.reserve(info.size());
  for (const PatternBuild& b : info) {
    std::uint32_t w = 0;
    if (b.entries.size() == 1) {
      w = b.entries[0];
    } else {
      w = PatternEntries::kSeveral | static_cast<std::uint32_t>(t.several.size());
      t.several.push_back(static_cast<std::uint32_t>(b.entries.size()));
      t.several.insert(t.several.end(), b.entries.begin(), b.entries.end());
      if (t.several.size() > PatternEntries::kMaxEntry) {
        throw UsageError("glossary matcher: too many shared patterns (more than 2^30)");
      }
    }
    if (b.case_sensitive) w |= PatternEntries::kCaseSensitive;
    t.word.push_back(w);
  }
  return t;
}

}  // namespace

const Matcher& Matcher::Default() {
  static const Matcher* const kDefault = new Matcher(Glossary::Default());
  return *kDefault;
}

Matcher::Matcher(const Glossary& glossary) {
  auto impl = std::make_shared<Impl>();
  Impl& im = *impl;
  const auto& entries = glossary.entries();
  if (entries.size() > internal::PatternEntries::kMaxEntry) {
    throw UsageError("glossary matcher: more than 2^30 entries");
  }
  std::vector<PatternBuild> en_info, ko_info;
  im.is_person.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const auto id = static_cast<std::uint32_t>(i);
    im.is_person.push_back(e.type == EntryType::kPerson);
    try {
      AddEnglish(im.en_trie, en_info, e.en, id);
      for (const auto& v : e.variants) AddEnglish(im.en_trie, en_info, v, id);
      for (const auto& v : e.aliases) AddEnglish(im.en_trie, en_info, v, id);
      AddKorean(im.ko_trie, ko_info, e.ko, id);
    } catch (const Error& error) {  // a form too long for the trie: name the entry's row
      throw InputError(e.source.empty() ? "glossary" : e.source, e.line, error.what());
    }
  }
  try {
    im.en_trie.Build();
    im.ko_trie.Build();
  } catch (const Error& error) {  // no one row is to blame: name the glossary
    throw InputError(entries.empty() || entries[0].source.empty() ? "glossary" : entries[0].source,
                     0, error.what());
  }
  im.en_entries = Flatten(en_info);
  im.ko_entries = Flatten(ko_info);
  impl_ = std::move(impl);
}

std::size_t Matcher::english_patterns() const { return impl_->en_entries.word.size(); }
std::size_t Matcher::korean_patterns() const { return impl_->ko_entries.word.size(); }

std::size_t Matcher::memory_bytes() const {
  const Impl& im = *impl_;
  auto table = [](const internal::PatternEntries& t) {
    return (t.word.size() + t.several.size()) * sizeof(std::uint32_t);
  };
  return im.en_trie.memory_bytes() + im.ko_trie.memory_bytes() + table(im.en_entries) +
         table(im.ko_entries) + im.is_person.size() / 8;
}

std::vector<Match> Matcher::FindEnglish(std::string_view text) const {
  const Impl& im = *impl_;
  thread_local NormalizedView v;  // scratch: capacity reused across calls
  internal::NormalizeEnglishInto(text, v);
  std::vector<Candidate> cands;
  // Matches begin at word starts only, so the trie is walked from each word start (no need
  // for failure links; see internal/prefix_trie.h).
  auto on_match = [&](std::uint32_t pattern, std::size_t nb, std::size_t ne) {
    std::size_t ob = 0, oe = 0;
    if (!MapSpan(v, text, nb, ne, false, ob, oe)) return;
    if (WordBefore(text, ob) || WordAt(text, oe)) return;
    if (im.en_entries.word[pattern] & internal::PatternEntries::kCaseSensitive) {
      for (std::size_t k = ob; k < oe; ++k) {
        if (text[k] >= 'a' && text[k] <= 'z') return;
      }
    }
    cands.push_back(Candidate{ob, oe, pattern, true});
  };
  for (std::uint32_t start : v.starts) im.en_trie.WalkFrom(v.text, start, on_match);
  return Select(cands, im.en_entries, im.is_person);
}

std::vector<Match> Matcher::FindKorean(std::string_view text) const {
  const Impl& im = *impl_;
  thread_local NormalizedView v;
  internal::NormalizeKoreanInto(text, v);
  std::vector<Candidate> cands;
  auto on_match = [&](std::uint32_t pattern, std::size_t nb, std::size_t ne) {
    std::size_t ob = 0, oe = 0;
    if (!MapSpan(v, text, nb, ne, true, ob, oe)) return;
    if (WordBefore(text, ob)) return;
    bool strict_ok = true;
    if (oe < text.size()) {
      utf8::Decoded d = utf8::Decode(text, oe);
      if (d.cp != utf8::kInvalid && utf8::IsHangulSyllable(d.cp)) {
        strict_ok = internal::StartsWithNameSuffix(text.substr(oe));
      } else if (internal::IsWordChar(d.cp) && !utf8::IsHan(d.cp)) {
        return;  // Latin letter or digit glued on: not this entry
      }
    }
    cands.push_back(Candidate{ob, oe, pattern, strict_ok});
  };
  for (std::uint32_t start : v.starts) im.ko_trie.WalkFrom(v.text, start, on_match);
  return Select(cands, im.ko_entries, im.is_person);
}

}  // namespace kobi::glossary
