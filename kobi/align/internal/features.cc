// Sentence features; see features.h.
#include "kobi/align/internal/features.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "kobi/align/dictionary.h"
#include "kobi/align/name_matcher.h"
#include "kobi/align/number_normalizer.h"
#include "kobi/core/strings.h"
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/matcher.h"

namespace kobi::align::internal {
namespace {

struct Word {
  std::string_view text;
  std::size_t begin;
  bool latin;  // Latin letters/digits run (else Hangul or other letters)
};

bool IsWordCp(char32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return utf8::IsLatinLetter(cp) || utf8::IsAsciiDigit(cp) || utf8::IsHangulSyllable(cp) ||
         utf8::IsHan(cp) || utf8::IsKana(cp) || (cp >= 0x370 && cp < 0x530);
}
bool IsLatinCp(char32_t cp) { return utf8::IsLatinLetter(cp) || utf8::IsAsciiDigit(cp); }

// Runs of word characters, split where the script changes between Latin/digits and the rest.
std::vector<Word> Words(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    auto d = utf8::Decode(s, i);
    std::size_t len = d.length == 0 ? 1 : d.length;
    if (d.cp == utf8::kInvalid || !IsWordCp(d.cp)) {
      i += len;
      continue;
    }
    bool latin = IsLatinCp(d.cp);
    std::size_t b = i;
    i += len;
    while (i < s.size()) {
      auto e = utf8::Decode(s, i);
      if (e.cp == utf8::kInvalid) break;
      bool inner_apostrophe = false;
      if (latin && (e.cp == '\'' || e.cp == 0x2019 || e.cp == '-') && i + e.length < s.size()) {
        auto f = utf8::Decode(s, i + e.length);
        inner_apostrophe = f.cp != utf8::kInvalid && IsLatinCp(f.cp) && e.cp == '-';
      }
      if (inner_apostrophe) {
        i += e.length;
        continue;
      }
      if (!IsWordCp(e.cp) || IsLatinCp(e.cp) != latin) break;
      i += e.length;
    }
    out.push_back({s.substr(b, i - b), b, latin});
  }
  return out;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool HasLetter(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}
int UpperCount(std::string_view w) {
  return static_cast<int>(std::count_if(w.begin(), w.end(), IsUpperAscii));
}

bool IsStopword(std::string_view lower) {
  static constexpr std::array<std::string_view, 64> kStop = {
      "the",  "a",     "an",    "in",    "on",    "at",    "it",     "he",    "she",  "they", "we",
      "this", "that",  "these", "those", "but",   "and",   "or",     "for",   "of",   "to",   "by",
      "with", "as",    "if",    "when",  "while", "after", "before", "mr",    "mrs",  "ms",   "dr",
      "i",    "you",   "his",   "her",   "their", "its",   "our",    "there", "what", "who",  "how",
      "why",  "where", "some",  "many",  "most",  "all",   "one",    "from",  "is",   "was",  "are",
      "were", "be",    "been",  "has",   "have",  "had",   "not",    "no",    "so"};
  static constexpr std::size_t kLongest = [] {
    std::size_t n = 0;
    for (std::string_view w : kStop) n = std::max(n, w.size());
    return n;
  }();
  if (lower.size() > kLongest) return false;
  for (std::string_view w : kStop) {
    if (lower == w) return true;
  }
  return false;
}

bool IsAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kAbbr = {
      "Mr", "Mrs", "Ms",  "Dr", "St",   "Jr", "Sr", "Prof", "Gen", "Gov",  "Sen", "Rep",
      "Lt", "Col", "Inc", "Co", "Corp", "vs", "No", "Mt",   "Ft",  "Capt", "Sgt", "Rev"};
  if (word.size() == 1) return true;  // initials, "U.S."
  for (std::string_view a : kAbbr) {
    if (word == a) return true;
  }
  return false;
}

// Internal sentence boundaries + 1; 0 when the text has no letters.
int CountSegments(std::string_view s) {
  int segments = 1;
  bool any_letter = false;
  std::size_t i = 0;
  std::size_t word_start = 0;
  while (i < s.size()) {
    auto d = utf8::Decode(s, i);
    std::size_t len = d.length == 0 ? 1 : d.length;
    char32_t cp = d.cp;
    if (cp != utf8::kInvalid && (utf8::IsLatinLetter(cp) || utf8::IsHangulSyllable(cp))) {
      any_letter = true;
    }
    if (cp == ' ') word_start = i + 1;
    if (cp == '.' || cp == '?' || cp == '!' || cp == 0x3002) {
      std::size_t j = i + len;
      // Closing quotes and brackets.
      while (j < s.size()) {
        auto e = utf8::Decode(s, j);
        if (e.cp == '"' || e.cp == '\'' || e.cp == ')' || e.cp == 0x201D || e.cp == 0x2019 ||
            e.cp == '.' || e.cp == 0x300D || e.cp == 0x300F) {
          j += e.length;
        } else {
          break;
        }
      }
      if (j < s.size() && (s[j] == ' ' || s[j] == '\t')) {
        std::size_t k = j;
        while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
        if (k < s.size()) {
          auto next = utf8::Decode(s, k);
          bool starts = next.cp != utf8::kInvalid &&
                        ((next.cp < 0x80 && (IsUpperAscii(static_cast<char>(next.cp)) ||
                                             (next.cp >= '0' && next.cp <= '9') || next.cp == '"' ||
                                             next.cp == '\'')) ||
                         utf8::IsHangulSyllable(next.cp) || next.cp == 0x201C ||
                         next.cp == 0x2018 || utf8::IsHan(next.cp));
          std::string_view before = s.substr(word_start, i - word_start);
          while (!before.empty() && !IsWordCp(static_cast<unsigned char>(before.front())) &&
                 static_cast<unsigned char>(before.front()) < 0x80) {
            before.remove_prefix(1);
          }
          bool abbr = cp == '.' && !before.empty() && before.size() <= 4 &&
                      static_cast<unsigned char>(before[0]) < 0x80 && IsAbbreviation(before);
          bool dotted = cp == '.' && before.find('.') != std::string_view::npos;  // "U.S."
          if (starts && !abbr && !dotted) ++segments;
        }
      }
      i = j;
      continue;
    }
    i += len;
  }
  return any_letter ? segments : 0;
}

// Occurrences so far of each key (a sentence has few numbers: a linear search is fastest).
using SeenKeys = std::vector<std::pair<std::string_view, int>>;

void AddCounted(KeyVec& v, SeenKeys& seen, std::string_view key, int salt) {
  int occ = 0;
  auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& e) { return e.first == key; });
  if (it == seen.end()) {
    seen.emplace_back(key, 1);
  } else {
    occ = it->second++;
  }
  v.push_back(HashKey(key, salt, occ));
}

void AddGlossaryKeys(std::string_view text, const SideInfo& side, KeySet& keys) {
  if (side.glossary == nullptr) return;
  std::vector<glossary::Match> matches;
  if (side.lang == Lang::kKo) {
    matches = side.glossary->FindKorean(text);
  } else if (side.lang == Lang::kEn) {
    matches = side.glossary->FindEnglish(text);
  }
  std::map<std::size_t, int> seen;
  for (const auto& m : matches) {
    int occ = seen[m.entry]++;
    keys.items.push_back(HashKey(std::to_string(m.entry), kGlossary, occ));
  }
  keys.targets = keys.items;
}

}  // namespace

std::uint32_t HashKey(std::string_view key, int salt, int occurrence) {
  std::uint32_t h = 2166136261u ^ static_cast<std::uint32_t>(salt * 16777619u);
  for (unsigned char c : key) {
    h ^= c;
    h *= 16777619u;
  }
  h ^= static_cast<std::uint32_t>(occurrence) * 0x9E3779B1u;
  h *= 16777619u;
  return h;
}

std::string EnglishUnit(std::string_view lower) {
  if (lower.size() < 3 || IsStopword(lower) || HasDigit(lower) || !HasLetter(lower)) return {};
  return std::string(utf8::Prefix(lower, 5));  // five letters, never part of one
}

std::string KoreanUnit(std::string_view word) {
  // Two syllables (a shorter word is its own unit); whole characters, never part of one.
  return std::string(utf8::Prefix(word, 2));
}

std::vector<std::string> LexiconUnits(std::string_view text, Lang lang) {
  std::vector<std::string> out;
  for (const Word& w : Words(text)) {
    std::string unit;
    if (lang == Lang::kEn && w.latin) {
      unit = EnglishUnit(AsciiLower(w.text));
    } else if (lang == Lang::kKo && !w.latin) {
      unit = KoreanUnit(w.text);
    }
    if (!unit.empty()) out.push_back(std::move(unit));
  }
  return out;
}

std::vector<std::vector<std::uint32_t>> DictionaryWordIds(std::string_view text,
                                                          const SideInfo& side) {
  std::vector<std::vector<std::uint32_t>> out;
  std::vector<std::string> seen;
  for (const Word& w : Words(text)) {
    std::vector<std::uint32_t> ids;
    std::string key;
    if (side.lang == Lang::kKo && !w.latin) {
      key = std::string(w.text);
      for (const std::string& stem : KoreanStems(w.text)) side.dictionary->KoreanIds(stem, ids);
    } else if (side.lang != Lang::kKo && w.latin) {
      key = AsciiLower(w.text);
      if (IsStopword(key) || !HasLetter(key)) continue;
      side.dictionary->EnglishIds(key, ids);
    }
    if (ids.empty() || std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    Normalize(ids);
    out.push_back(std::move(ids));
  }
  return out;
}

void Normalize(KeyVec& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

SentenceFeatures ExtractFeatures(std::string_view text, const SideInfo& side) {
  SentenceFeatures f;
  for (std::size_t i = 0; i < text.size();) {
    auto d = utf8::Decode(text, i);
    i += d.length == 0 ? 1 : d.length;
    if (d.cp == utf8::kInvalid || !utf8::IsWhitespace(d.cp)) ++f.chars;
  }
  f.segments = CountSegments(text);

  // Numbers.
  {
    SeenKeys seen_all, seen_strong;
    Lang nl = side.lang == Lang::kEn || side.lang == Lang::kKo ? side.lang : Lang::kOther;
    const std::vector<NumberMention> mentions = ExtractNumbers(text, nl);  // owns the keys
    for (const auto& m : mentions) {
      AddCounted(f.keys[kNumber].targets, seen_all, m.key, kNumber);
      if (!m.weak) AddCounted(f.keys[kNumber].items, seen_strong, m.key, kNumber);
    }
  }

  std::vector<Word> words = Words(text);
  bool korean_pair = side.lang == Lang::kKo || (side.is_source && side.lang == Lang::kEn);
  std::vector<std::uint32_t> dict_ids;
  for (std::size_t w = 0; w < words.size(); ++w) {
    const Word& word = words[w];
    if (word.latin) {
      std::string lower = AsciiLower(word.text);
      bool letters = HasLetter(word.text);
      bool first = w == 0;
      if (side.lang == Lang::kKo) {
        // Latin inside Korean: acronyms, names, product codes.
        if (letters && (word.text.size() >= 2 || UpperCount(word.text) == 1)) {
          f.keys[kLatin].items.push_back(HashKey(lower, kLatin));
          f.keys[kLatin].targets.push_back(HashKey(lower, kLatin));
          if (lower.size() > 2 && lower.back() == 's') {
            f.keys[kLatin].targets.push_back(HashKey(lower.substr(0, lower.size() - 1), kLatin));
          }
        }
        continue;
      }
      if (!letters) continue;
      f.keys[kLatin].targets.push_back(HashKey(lower, kLatin));
      if (lower.size() > 2 && lower.back() == 's') {
        f.keys[kLatin].targets.push_back(HashKey(lower.substr(0, lower.size() - 1), kLatin));
      }
      bool acronym = UpperCount(word.text) >= 2 || (HasDigit(word.text) && letters);
      bool capitalised =
          IsUpperAscii(word.text[0]) || static_cast<unsigned char>(word.text[0]) >= 0xC3;
      if (korean_pair) {
        if (acronym) f.keys[kLatin].items.push_back(HashKey(lower, kLatin));
        // Names: capitalised words (not function words), and capitalised bigrams.
        if (capitalised && !IsStopword(lower) && word.text.size() >= 2) {
          std::string key = PhoneticKey(word.text);
          if (key.size() >= 2) {
            f.keys[kName].items.push_back(HashKey(key, kName));
          }
          if (w + 1 < words.size() && words[w + 1].latin && IsUpperAscii(words[w + 1].text[0]) &&
              words[w + 1].begin <= word.begin + word.text.size() + 1) {
            std::string pair_key =
                PhoneticKey(std::string(word.text) + std::string(words[w + 1].text));
            if (pair_key.size() >= 2) f.keys[kName].targets.push_back(HashKey(pair_key, kName));
          }
        }
        if (side.dictionary != nullptr) side.dictionary->EnglishIds(lower, dict_ids);
        // Lexicon units.
        if (std::string unit = EnglishUnit(lower); !unit.empty()) {
          f.words.push_back(HashKey(unit, kLexicon));
        }
      } else {
        // Language-independent: capitalised non-initial words and acronyms must reappear.
        if ((capitalised && !first && !IsStopword(lower)) || acronym) {
          f.keys[kLatin].items.push_back(HashKey(lower, kLatin));
        }
        // Lexicon units on both sides, so the second pass learns the document's own lexicon.
        if (std::string unit = EnglishUnit(lower); !unit.empty()) {
          f.words.push_back(HashKey(unit, kLexicon));
        }
      }
      continue;
    }
    // Hangul (or other scripts).
    if (side.lang == Lang::kKo) {
      for (const std::string& stem : KoreanStems(word.text)) {
        if (side.dictionary != nullptr) side.dictionary->KoreanIds(stem, dict_ids);
        std::string key = PhoneticKey(stem);
        if (key.size() >= 2) f.keys[kName].targets.push_back(HashKey(key, kName));
      }
      if (std::string unit = KoreanUnit(word.text); !unit.empty()) {
        f.words.push_back(HashKey(unit, kLexicon));
      }
    }
  }
  // Name keys of English bigrams are items of the other side's targets: move them to targets of
  // the English side only for matching Korean items (none), so fold them into items instead.
  if (side.lang != Lang::kKo) {
    for (auto k : f.keys[kName].targets) f.keys[kName].items.push_back(k);
    f.keys[kName].targets.clear();
  }

  // Cognates for language-independent mode: diacritic-free lowercase prefixes of long words.
  if (!korean_pair && side.lang != Lang::kKo) {
    std::string folded = unicode::StripDiacritics(unicode::ToLower(text));
    for (const Word& word : Words(folded)) {
      if (!word.latin || HasDigit(word.text)) continue;
      if (utf8::Length(word.text) >= 5) {
        f.keys[kCognate].items.push_back(HashKey(word.text.substr(0, 4), kCognate));
      }
    }
    f.keys[kCognate].targets = f.keys[kCognate].items;
  }

  // Punctuation: opening quotes, brackets, question marks.
  {
    int quotes = 0, straight = 0, parens = 0, questions = 0;
    for (std::size_t i = 0; i < text.size();) {
      auto d = utf8::Decode(text, i);
      char32_t cp = d.cp;
      bool word_start_quote = false;
      if (cp == '\'') {
        bool before_space = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
        bool next_letter = i + 1 < text.size() && text[i + 1] != ' ';
        word_start_quote = before_space && next_letter;
      }
      if (cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E || cp == 0x00AB ||
          word_start_quote) {
        ++quotes;
      } else if (cp == '"') {
        ++straight;
      } else if (cp == '(' || cp == 0xFF08 || cp == '[') {
        ++parens;
      } else if (cp == '?' || cp == 0xFF1F) {
        ++questions;
      }
      i += d.length == 0 ? 1 : d.length;
    }
    quotes += (straight + 1) / 2;
    for (int q = 0; q < std::min(quotes, 4); ++q)
      f.keys[kPunct].items.push_back(HashKey("q", kPunct, q));
    for (int p = 0; p < std::min(parens, 4); ++p)
      f.keys[kPunct].items.push_back(HashKey("p", kPunct, p));
    for (int q = 0; q < std::min(questions, 2); ++q)
      f.keys[kPunct].items.push_back(HashKey("?", kPunct, q));
    f.keys[kPunct].targets = f.keys[kPunct].items;
  }

  AddGlossaryKeys(text, side, f.keys[kGlossary]);
  for (std::uint32_t id : dict_ids) {
    f.keys[kLexicon].items.push_back(HashKey("dict", kLexicon, static_cast<int>(id)));
  }
  f.keys[kLexicon].targets = f.keys[kLexicon].items;

  for (auto& ks : f.keys) {
    Normalize(ks.items);
    Normalize(ks.targets);
  }
  Normalize(f.words);
  return f;
}

}  // namespace kobi::align::internal

namespace kobi::align::internal {

Evidence ExplainPair(std::string_view en, std::string_view ko, const SideInfo& en_side,
                     const SideInfo& ko_side) {
  Evidence ev;
  auto lang_of = [](Lang l) { return l == Lang::kEn || l == Lang::kKo ? l : Lang::kOther; };
  // Numbers: keys present on both sides, in English order.
  {
    auto a = ExtractNumbers(en, lang_of(en_side.lang));
    auto b = ExtractNumbers(ko, lang_of(ko_side.lang));
    std::vector<bool> used(b.size(), false);
    for (const auto& m : a) {
      for (std::size_t j = 0; j < b.size(); ++j) {
        if (!used[j] && b[j].key == m.key) {
          used[j] = true;
          ev.numbers.push_back(std::string(m.span.In(en)) + "=" + std::string(b[j].span.In(ko)));
          break;
        }
      }
    }
  }
  std::vector<Word> en_words = Words(en), ko_words = Words(ko);
  // Latin tokens of the second side found among the first side's tokens.
  {
    std::vector<std::string> en_lower;
    for (const Word& w : en_words) {
      if (w.latin) en_lower.push_back(AsciiLower(w.text));
    }
    for (const Word& w : ko_words) {
      if (!w.latin || !HasLetter(w.text)) continue;
      if (ko_side.lang != Lang::kKo && !(IsUpperAscii(w.text[0]) || UpperCount(w.text) >= 2)) {
        continue;
      }
      std::string lower = AsciiLower(w.text);
      std::string singular =
          lower.size() > 2 && lower.back() == 's' ? lower.substr(0, lower.size() - 1) : lower;
      for (const std::string& e : en_lower) {
        if (e == lower || e == singular) {
          if (std::find(ev.latin.begin(), ev.latin.end(), std::string(w.text)) == ev.latin.end()) {
            ev.latin.emplace_back(w.text);
          }
          break;
        }
      }
    }
  }
  // Names: capitalised English words whose phonetic key equals a Hangul stem's.
  if (ko_side.lang == Lang::kKo) {
    for (const Word& w : en_words) {
      if (!w.latin || !IsUpperAscii(w.text[0]) || IsStopword(AsciiLower(w.text))) continue;
      std::string key = PhoneticKey(w.text);
      if (key.size() < 2) continue;
      bool found = false;
      for (const Word& k : ko_words) {
        if (k.latin) continue;
        for (const std::string& stem : KoreanStems(k.text)) {
          if (PhoneticKey(stem) == key) {
            ev.names.push_back(std::string(w.text) + "=" + stem);
            found = true;
            break;
          }
        }
        if (found) break;
      }
    }
  }
  // Glossary entries found on both sides.
  if (en_side.glossary != nullptr && ko_side.lang == Lang::kKo) {
    auto a = en_side.glossary->FindEnglish(en);
    auto b = en_side.glossary->FindKorean(ko);
    for (const auto& m : a) {
      for (const auto& n : b) {
        if (n.entry == m.entry) {
          ev.glossary.push_back(std::string(m.span.In(en)) + "=" + std::string(n.span.In(ko)));
          break;
        }
      }
    }
  }
  // Dictionary entries (a --dictionary file, a corpus lexicon): an English word and a Korean
  // stem that share an entry id, each word reported once.
  if (en_side.dictionary != nullptr && ko_side.lang == Lang::kKo) {
    std::vector<std::pair<std::string, std::vector<std::uint32_t>>> ko_ids;
    for (const Word& k : ko_words) {
      if (k.latin) continue;
      std::vector<std::uint32_t> ids;
      for (const std::string& stem : KoreanStems(k.text)) en_side.dictionary->KoreanIds(stem, ids);
      std::sort(ids.begin(), ids.end());
      if (!ids.empty()) ko_ids.emplace_back(std::string(k.text), std::move(ids));
    }
    std::vector<bool> used(ko_ids.size(), false);
    for (const Word& w : en_words) {
      if (!w.latin) continue;
      std::vector<std::uint32_t> ids;
      en_side.dictionary->EnglishIds(AsciiLower(w.text), ids);
      if (ids.empty()) continue;
      for (std::size_t j = 0; j < ko_ids.size(); ++j) {
        if (used[j]) continue;
        bool shared = std::any_of(ids.begin(), ids.end(), [&](std::uint32_t id) {
          return std::binary_search(ko_ids[j].second.begin(), ko_ids[j].second.end(), id);
        });
        if (shared) {
          used[j] = true;
          ev.dictionary.push_back(std::string(w.text) + "=" + ko_ids[j].first);
          break;
        }
      }
    }
  }
  return ev;
}

}  // namespace kobi::align::internal
