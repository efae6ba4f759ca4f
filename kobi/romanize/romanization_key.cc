#include "kobi/romanize/romanization_key.h"

#include <array>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "kobi/core/strings.h"
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/romanize/internal/lexicon.h"
#include "kobi/romanize/romanizer.h"

namespace kobi::romanize {
namespace {

// A parsed unit: consonant (vowel == false) or vowel class symbol.
struct Unit {
  std::string sym;
  bool vowel;
  bool chunk_end = false;  // last unit of a hyphen-separated chunk (Ah-young: silent h)
};

struct Rule {
  std::string_view pattern;
  std::string_view sym;
};

// Longest patterns first within each table.
constexpr std::array<Rule, 46> kVowels = {{
    {"yeo", "yo"}, {"yeu", "yo"}, {"you", "yo"}, {"yoo", "yo"}, {"yae", "yae"}, {"yai", "yae"},
    {"wae", "we"}, {"woe", "we"}, {"wai", "we"}, {"weo", "wo"}, {"woo", "o"},   {"wee", "wi"},
    {"eui", "i"},  {"yee", "i"},  {"yu", "yo"},  {"yo", "yo"},  {"ya", "ya"},   {"ye", "ye"},
    {"yi", "i"},   {"wu", "o"},   {"wo", "wo"},  {"wa", "wa"},  {"wi", "wi"},   {"we", "we"},
    {"ui", "i"},   {"ae", "ae"},  {"ai", "ae"},  {"ay", "ae"},  {"eo", "o"},    {"eu", "o"},
    {"ue", "o"},   {"ou", "o"},   {"oo", "o"},   {"oe", "we"},  {"oi", "we"},   {"oy", "we"},
    {"ee", "i"},   {"a", "a"},    {"e", "e"},    {"i", "i"},    {"o", "o"},     {"u", "o"},
    {"y", "o"},    {"w", ""},     {"h", "h"},    {"h", "h"},
}};
constexpr std::array<Rule, 40> kConsonants = {{
    {"tch", "j"}, {"ch", "j"}, {"jj", "j"}, {"jh", "j"},  {"ts", "j"}, {"sh", "s"},  {"ss", "s"},
    {"kk", "k"},  {"kh", "k"}, {"gh", "k"}, {"ck", "k"},  {"tt", "t"}, {"th", "t"},  {"dh", "t"},
    {"pp", "p"},  {"ph", "p"}, {"bh", "p"}, {"ng", "ng"}, {"rh", "l"}, {"wh", "hw"}, {"ll", "l"},
    {"j", "j"},   {"z", "j"},  {"s", "s"},  {"k", "k"},   {"g", "k"},  {"c", "k"},   {"q", "k"},
    {"x", "ks"},  {"t", "t"},  {"d", "t"},  {"p", "p"},   {"b", "p"},  {"f", "p"},   {"v", "p"},
    {"n", "n"},   {"m", "m"},  {"l", "l"},  {"r", "r"},   {"h", "h"},
}};

constexpr std::string_view kNg = "ng", kM = "m", kN = "n", kL = "l";

bool IsVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Parses one chunk of lower-case ASCII letters into units.
void ParseChunkUnits(std::string_view chunk, std::vector<Unit>& out) {
  std::size_t i = 0;
  while (i < chunk.size()) {
    char c = chunk[i];
    bool vowel_start = IsVowelLetter(c) || ((c == 'y' || c == 'w') &&
                                            (i + 1 >= chunk.size() || IsVowelLetter(chunk[i + 1]) ||
                                             !(i > 0 && IsVowelLetter(chunk[i - 1]))));
    // 'w'/'y' between consonants or at the end of a syllable after a vowel: see tables.
    if (c == 'w' && i + 1 < chunk.size() && chunk[i + 1] == 'h') vowel_start = false;
    bool matched = false;
    if (vowel_start) {
      for (const Rule& rule : kVowels) {
        if (rule.sym == "h") continue;
        if (chunk.substr(i, rule.pattern.size()) == rule.pattern) {
          if (!rule.sym.empty()) out.push_back({std::string(rule.sym), true});
          i += rule.pattern.size();
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    for (const Rule& rule : kConsonants) {
      if (chunk.substr(i, rule.pattern.size()) == rule.pattern) {
        if (rule.sym == "ks") {
          out.push_back({"k", false});
          out.push_back({"s", false});
        } else if (rule.sym == "hw") {
          out.push_back({"h", false});
          out.push_back({std::string(1, 'w'), false});  // glide marker, merged below
        } else {
          out.push_back({std::string(rule.sym), false});
        }
        i += rule.pattern.size();
        matched = true;
        break;
      }
    }
    if (!matched) ++i;  // y/w after a vowel with nothing else to take them
  }
}

void ParseChunk(std::string_view chunk, std::vector<Unit>& out) {
  std::size_t first = out.size();
  ParseChunkUnits(chunk, out);
  if (out.size() > first) out.back().chunk_end = true;
}

// Merges a glide marker "w" with the following vowel (hw + a -> h + wa).
void MergeGlides(std::vector<Unit>& u) {
  std::vector<Unit> out;
  for (std::size_t i = 0; i < u.size(); ++i) {
    if (!u[i].vowel && u[i].sym == "w") {
      if (i + 1 < u.size() && u[i + 1].vowel) {
        const std::string& v = u[i + 1].sym;
        std::string merged = v == "a"                ? "wa"
                             : v == "e" || v == "ae" ? "we"
                             : v == "i"              ? "wi"
                             : v == "o"              ? "wo"
                                                     : "w" + v;
        out.push_back({merged, true});
        ++i;
      }
      continue;
    }
    out.push_back(u[i]);
  }
  u = std::move(out);
}

// Silent letters: h after a vowel before a consonant or at the end (Ahn, Oh), h after a stop
// (aspiration is not distinguished), English r before a consonant or at the end (Park).
void DropSilent(std::vector<Unit>& u) {
  std::vector<Unit> out;
  for (std::size_t i = 0; i < u.size(); ++i) {
    const Unit& x = u[i];
    bool prev_vowel = !out.empty() && out.back().vowel;
    bool next_consonant_or_end = i + 1 >= u.size() || !u[i + 1].vowel;
    if (!x.vowel && x.sym == "h") {
      if (prev_vowel && (next_consonant_or_end || x.chunk_end)) continue;
    }
    if (!x.vowel && x.sym == "r") {
      if (prev_vowel && next_consonant_or_end) continue;
      out.push_back({std::string(kL), false});
      continue;
    }
    out.push_back(x);
  }
  u = std::move(out);
}

// Initial-sound law on a word's first consonant: l before i/y drops (Lee, Ryu), l before other
// vowels becomes n (Roh -> no, Ra -> na); y before i drops (Yi).
void InitialLaw(std::vector<Unit>& u) {
  if (u.size() < 2 || u[0].vowel || u[0].sym != "l" || !u[1].vowel) return;
  const std::string& v = u[1].sym;
  if (v == "i" || v[0] == 'y') {
    u.erase(u.begin());
  } else {
    u[0].sym = "n";
  }
}

// Consonant assimilation and de-duplication over the whole flattened name.
std::string Assimilate(const std::vector<Unit>& units) {
  std::vector<std::string> syms;
  std::vector<bool> vowel;
  for (const Unit& u : units) {
    syms.push_back(u.sym);
    vowel.push_back(u.vowel);
  }
  bool changed = true;
  for (int round = 0; changed && round < 4; ++round) {
    changed = false;
    for (std::size_t i = 0; i + 1 < syms.size(); ++i) {
      if (vowel[i] || vowel[i + 1]) continue;
      std::string& a = syms[i];
      std::string& b = syms[i + 1];
      std::string na = a, nb = b;
      if (a == "n" && b == "l")
        na = std::string(kL);
      else if (a == "l" && b == "n")
        nb = std::string(kL);
      else if (b == "l" && (a == "m" || a == "ng" || a == "k" || a == "p" || a == "t"))
        nb = std::string(kN);
      else if ((b == "n" || b == "m") && (a == "k" || a == "p" || a == "t"))
        na = std::string(a == "k" ? kNg : a == "p" ? kM : kN);
      else if (a == "n" && b == "k") {
        na = std::string(kNg);
        nb.clear();
      }
      if (na != a || nb != b) {
        a = na;
        b = nb;
        changed = true;
      }
    }
    // Remove emptied units.
    std::vector<std::string> s2;
    std::vector<bool> v2;
    for (std::size_t i = 0; i < syms.size(); ++i) {
      if (syms[i].empty()) continue;
      s2.push_back(syms[i]);
      v2.push_back(vowel[i]);
    }
    syms = std::move(s2);
    vowel = std::move(v2);
  }
  std::string key;
  std::string last_consonant;
  bool last_was_consonant = false;
  for (std::size_t i = 0; i < syms.size(); ++i) {
    if (!vowel[i] && last_was_consonant && syms[i] == last_consonant) continue;  // Minn, Silla
    key += syms[i];
    last_was_consonant = !vowel[i];
    last_consonant = vowel[i] ? "" : syms[i];
  }
  return key;
}

// Lower-case ASCII words, each a list of chunks (hyphen-separated), from Latin text.
std::vector<std::vector<std::string>> Words(std::string_view latin) {
  bool ascii = true;
  for (char c : latin) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  std::string folded;
  if (ascii) {  // fast path: no ICU for plain ASCII
    folded = AsciiLower(latin);
  } else {
    folded = unicode::ToLower(unicode::StripDiacritics(latin));
  }
  std::vector<std::vector<std::string>> words;
  std::vector<std::string> word;
  std::string chunk;
  auto end_chunk = [&] {
    if (!chunk.empty()) word.push_back(std::move(chunk));
    chunk.clear();
  };
  auto end_word = [&] {
    end_chunk();
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  std::size_t pos = 0;
  while (pos < folded.size()) {
    utf8::Decoded d = utf8::Decode(folded, pos);
    pos += d.length;
    char32_t cp = d.cp;
    if (cp >= 'a' && cp <= 'z') {
      chunk += static_cast<char>(cp);
    } else if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == '`' ||
               cp == 0x02BB) {
      // apostrophes: MR aspiration marks and n'g separators carry no letter
    } else if (cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013) {
      end_chunk();
    } else {
      end_word();
    }
  }
  end_word();
  return words;
}

std::vector<Unit> WordUnits(const std::vector<std::string>& chunks, bool first) {
  std::vector<Unit> units;
  for (const std::string& chunk : chunks) ParseChunk(chunk, units);
  MergeGlides(units);
  DropSilent(units);
  if (first) InitialLaw(units);
  return units;
}

std::string WordKey(const std::vector<std::string>& chunks) {
  return Assimilate(WordUnits(chunks, true));
}

const std::unordered_set<std::string>& SurnameKeys() {
  static const std::unordered_set<std::string> keys = [] {
    std::unordered_set<std::string> set;
    auto add = [&set](std::string_view spelling) {
      for (const auto& word : Words(spelling)) set.insert(WordKey(word));
    };
    for (const auto& [hangul, popular] : internal::GetLexicon().popular_surnames) {
      add(popular);
      add(Romanize(hangul, {.system = System::kRevised, .name = true, .strict_names = true}));
      add(Romanize(hangul,
                   {.system = System::kMcCuneReischauerAscii, .name = true, .strict_names = true}));
    }
    // Frequent spellings besides the popular one (surnames_top40 sources; see data/).
    for (std::string_view s :
         {"Yi", "Rhee", "Pak",  "Bak",   "Choe", "Jeong", "Chung", "Jo",   "Gang", "Yun",
          "Im", "Yim",  "Sin",  "Yu",    "Ryu",  "O",     "Suh",   "Chun", "Gwon", "An",
          "Go", "Mun",  "Sohn", "Pae",   "Paik", "Hur",   "Huh",   "Roh",  "No",   "Sim",
          "Ju", "Ku",   "Gu",   "Seong", "U",    "Chin",  "Gim",   "Jang", "Chang"}) {
      add(s);
    }
    return set;
  }();
  return keys;
}

}  // namespace

std::string RomanizationKey(std::string_view text) {
  std::string latin;
  bool has_hangul = false;
  for (std::size_t pos = 0; pos < text.size();) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (d.cp >= 0xAC00 && d.cp <= 0xD7A3) has_hangul = true;
    pos += d.length;
  }
  if (has_hangul) {
    latin = Romanize(text, {.system = System::kRevised, .name = true, .strict_names = true});
    text = latin;
  }
  std::vector<std::vector<std::string>> words = Words(text);
  if (words.empty()) return "";
  // Given-name-first order ("Yuna Kim", "Ji-sung Park"): only for two Latin words, when the
  // last is a surname spelling and the first is not. Hangul is always surname first.
  if (!has_hangul && words.size() == 2) {
    const auto& surnames = SurnameKeys();
    bool first_is_surname = surnames.count(WordKey(words.front())) > 0;
    bool last_is_surname = surnames.count(WordKey(words.back())) > 0;
    if (!first_is_surname && last_is_surname) {
      std::vector<std::string> last = std::move(words.back());
      words.pop_back();
      words.insert(words.begin(), std::move(last));
    }
  }
  std::vector<Unit> all;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::vector<Unit> units = WordUnits(words[i], i == 0);
    for (Unit& u : units) {
      // h after a stop or affricate: aspiration is not distinguished (Baek Hyun = Baek-hyeon,
      // Mukho = Muk-ho).
      if (!u.vowel && u.sym == "h" && !all.empty() && !all.back().vowel &&
          (all.back().sym == "k" || all.back().sym == "t" || all.back().sym == "p" ||
           all.back().sym == "j" || all.back().sym == "s")) {
        continue;
      }
      all.push_back(std::move(u));
    }
  }
  return Assimilate(all);
}

}  // namespace kobi::romanize
