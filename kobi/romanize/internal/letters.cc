#include "kobi/romanize/internal/letters.h"

#include <array>
#include <string_view>

namespace kobi::romanize::internal {
namespace {

constexpr std::array<std::string_view, 21> kRrVowels = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                                        "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                                        "wo", "we", "wi", "yu",  "eu", "ui", "i"};
constexpr std::array<std::string_view, 21> kMrVowels = {
    "a",  "ae", "ya", "yae",     "\u014F", "e",  "y\u014F", "ye",     "o",       "wa", "wae",
    "oe", "yo", "u",  "w\u014F", "we",     "wi", "yu",      "\u016D", "\u016Di", "i"};
constexpr std::array<std::string_view, 19> kRrLeads = {"g",  "kk", "n", "d",  "tt", "r", "m",
                                                       "b",  "pp", "s", "ss", "",   "j", "jj",
                                                       "ch", "k",  "t", "p",  "h"};
constexpr std::array<std::string_view, 19> kTranslitLeads = {"g",  "kk", "n", "d",  "tt", "l", "m",
                                                             "b",  "pp", "s", "ss", "",   "j", "jj",
                                                             "ch", "k",  "t", "p",  "h"};
constexpr std::array<std::string_view, 28> kTranslitTails = {
    "",   "g",  "kk", "gs", "n",  "nj", "nh", "d",  "l", "lg", "lm", "lb", "ls", "lt",
    "lp", "lh", "m",  "b",  "bs", "s",  "ss", "ng", "j", "ch", "k",  "t",  "p",  "h"};

std::string_view RrTail(int tail) {
  switch (tail) {
    case kTG:
      return "k";
    case kTN:
      return "n";
    case kTD:
      return "t";
    case kTL:
      return "l";
    case kTM:
      return "m";
    case kTB:
      return "p";
    case kTNg:
      return "ng";
    default:
      return "";
  }
}

bool Voiced(int tail) {
  return tail == kTNone || tail == kTN || tail == kTL || tail == kTM || tail == kTNg;
}

std::string_view MrLead(int lead, int vowel, bool voiced, int prev_tail) {
  switch (lead) {
    case kG:
      return voiced ? "g" : "k";
    case kD:
      return voiced ? "d" : "t";
    case kB:
      return voiced ? "b" : "p";
    case kJ:
      return voiced ? "j" : "ch";
    case kCh:
      return "ch'";
    case kK:
      return "k'";
    case kT:
      return "t'";
    case kP:
      return "p'";
    case kJJ:
      return "tch";
    case kS:
      return vowel == kWi ? "sh" : "s";  // 시 si (BGN/PCGN, ALA-LC); 쉬 shwi
    case kR:
      return prev_tail == kTL ? "l" : "r";
    default:
      return kRrLeads[lead];
  }
}

bool In(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set) {
    if (x == s) return true;
  }
  return false;
}

bool IsVowelDigraph(char a, char b) {
  std::string pair{a, b};
  return In(pair, {"ae", "eo", "eu", "oe", "ui"});
}

// Another split (c', o') of coda+onset, with c' a coda and o' an onset of the same system.
bool OtherSplit(const std::string& coda, const std::string& onset,
                std::initializer_list<std::string_view> codas,
                std::initializer_list<std::string_view> onsets, bool empty_onset_after_ng) {
  std::string joined = coda + onset;
  for (std::size_t k = 0; k <= joined.size(); ++k) {
    std::string_view c(joined.data(), k);
    std::string_view o(joined.data() + k, joined.size() - k);
    if (c == coda) continue;
    if (!(c.empty() || In(c, codas))) continue;
    if (o.empty()) {
      if (empty_onset_after_ng && c == "ng") return true;
      continue;
    }
    if (In(o, onsets)) return true;
  }
  return false;
}

}  // namespace

std::vector<Piece> RenderRr(const std::vector<Syllable>& pronounced) {
  std::vector<Piece> out;
  out.reserve(pronounced.size());
  int prev_tail = kTNone;
  for (const Syllable& s : pronounced) {
    Piece p;
    p.onset = (s.lead == kR && prev_tail == kTL) ? "l" : kRrLeads[s.lead];
    p.vowel = kRrVowels[s.vowel];
    p.coda = RrTail(s.tail);
    prev_tail = s.tail;
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<Piece> RenderTranslit(const std::vector<Syllable>& spelled) {
  std::vector<Piece> out;
  out.reserve(spelled.size());
  for (const Syllable& s : spelled) {
    out.push_back(Piece{std::string(kTranslitLeads[s.lead]), std::string(kRrVowels[s.vowel]),
                        std::string(kTranslitTails[s.tail])});
  }
  return out;
}

std::vector<Piece> RenderMr(const std::vector<Syllable>& pronounced, bool initial_voiced,
                            const std::vector<bool>* tense_after) {
  std::vector<Piece> out;
  out.reserve(pronounced.size());
  for (std::size_t i = 0; i < pronounced.size(); ++i) {
    const Syllable& s = pronounced[i];
    int prev_tail = i > 0 ? pronounced[i - 1].tail : kTNone;
    bool voiced = i > 0 ? Voiced(prev_tail) : initial_voiced;
    bool tense = i > 0 && tense_after && i - 1 < tense_after->size() && (*tense_after)[i - 1];
    if (tense) voiced = false;
    Piece p;
    p.onset = tense && s.lead == kS ? "ss" : MrLead(s.lead, s.vowel, voiced, prev_tail);
    p.vowel = kMrVowels[s.vowel];
    p.coda = RrTail(s.tail);
    // ㄹ before ㅎ is r in MR (발해 Parhae).
    if (s.tail == kTL && i + 1 < pronounced.size() && pronounced[i + 1].lead == kH)
      p.coda.assign(1, 'r');
    out.push_back(std::move(p));
  }
  return out;
}

std::string JoinRr(const std::vector<Piece>& pieces, bool hyphenate_ambiguous) {
  std::string out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0 && hyphenate_ambiguous) {
      const Piece& a = pieces[i - 1];
      const Piece& b = pieces[i];
      bool ambiguous = false;
      if (a.coda.empty() && b.onset.empty()) {
        ambiguous = IsVowelDigraph(a.vowel.back(), b.vowel.front());
      } else {
        ambiguous = OtherSplit(a.coda, b.onset, {"k", "n", "t", "l", "m", "p", "ng"},
                               {"g", "kk", "n", "d", "tt", "r", "l", "m", "b", "pp", "s", "ss", "j",
                                "jj", "ch", "k", "t", "p", "h"},
                               /*empty_onset_after_ng=*/true);
      }
      if (ambiguous) out += '-';
    }
    out += pieces[i].Text();
  }
  return out;
}

std::string JoinTranslit(const std::vector<Piece>& pieces) {
  std::string out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) {
      const Piece& a = pieces[i - 1];
      const Piece& b = pieces[i];
      bool hyphen = false;
      if (b.onset.empty()) {
        hyphen = !a.coda.empty() || IsVowelDigraph(a.vowel.back(), b.vowel.front());
      } else {
        hyphen = OtherSplit(a.coda, b.onset, {"g",  "kk", "gs", "n",  "nj", "nh", "d", "l", "lg",
                                              "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs",
                                              "s",  "ss", "ng", "j",  "ch", "k",  "t", "p", "h"},
                            {"g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "j", "jj",
                             "ch", "k", "t", "p", "h"},
                            /*empty_onset_after_ng=*/false);
      }
      if (hyphen) out += '-';
    }
    out += pieces[i].Text();
  }
  return out;
}

std::string JoinMr(const std::vector<Piece>& pieces, bool ascii) {
  std::string out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const std::string& onset = pieces[i].onset;
    if (i > 0 && pieces[i - 1].coda == "n" && !onset.empty() && onset[0] == 'g') {
      out += '\'';
    }
    // A stop before the same tense consonant is written once (박꽃 pakkot, 밋짝 mitchak).
    if (i > 0 && !out.empty() && onset.size() >= 2 &&
        ((onset == "kk" && out.back() == 'k') || (onset == "tt" && out.back() == 't') ||
         (onset == "pp" && out.back() == 'p') || (onset == "ss" && out.back() == 't') ||
         (onset == "tch" && out.back() == 't'))) {
      out.pop_back();
    }
    // Diaeresis where two vowels would read as one (아에 aë, 오에 oë).
    if (i > 0 && onset.empty() && pieces[i - 1].coda.empty() && !out.empty() &&
        (out.back() == 'a' || out.back() == 'o') && pieces[i].vowel == "e") {
      out += "\u00EB";
      continue;
    }
    out += pieces[i].Text();
  }
  return ascii ? MrToAscii(out) : out;
}

std::string MrToAscii(const std::string& mr) {
  std::string out;
  out.reserve(mr.size());
  for (std::size_t i = 0; i < mr.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(mr[i]);
    if (c == '\'') continue;
    if (c == 0xC5 && i + 1 < mr.size()) {
      unsigned char d = static_cast<unsigned char>(mr[i + 1]);
      if (d == 0x8F || d == 0x8E) {
        out += d == 0x8F ? 'o' : 'O';
        ++i;
        continue;
      }  // ŏ Ŏ
      if (d == 0xAD || d == 0xAC) {
        out += d == 0xAD ? 'u' : 'U';
        ++i;
        continue;
      }  // ŭ Ŭ
    }
    if (c == 0xC3 && i + 1 < mr.size() && static_cast<unsigned char>(mr[i + 1]) == 0xAB) {
      out += 'e';  // ë
      ++i;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::string CompatibilityJamoLetters(char32_t cp, bool mr) {
  static constexpr std::array<std::string_view, 30> kConsonants = {
      "g",  "kk", "gs", "n",  "nj", "nh", "d",  "tt", "r", "lg", "lm", "lb", "ls", "lt", "lp",
      "lh", "m",  "b",  "pp", "bs", "s",  "ss", "ng", "j", "jj", "ch", "k",  "t",  "p",  "h"};
  if (cp >= 0x3131 && cp <= 0x314E) return std::string(kConsonants[cp - 0x3131]);
  if (cp >= 0x314F && cp <= 0x3163) {
    return std::string(mr ? kMrVowels[cp - 0x314F] : kRrVowels[cp - 0x314F]);
  }
  return "";
}

std::string CapitalizeFirst(std::string text) {
  if (text.empty()) return text;
  unsigned char c = static_cast<unsigned char>(text[0]);
  if (c >= 'a' && c <= 'z') {
    text[0] = static_cast<char>(c - 'a' + 'A');
  } else if (c == 0xC5 && text.size() > 1) {
    unsigned char d = static_cast<unsigned char>(text[1]);
    if (d == 0x8F || d == 0xAD) text[1] = static_cast<char>(d - 1);  // ŏ -> Ŏ, ŭ -> Ŭ
  }
  return text;
}

}  // namespace kobi::romanize::internal
