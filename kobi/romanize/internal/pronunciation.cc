#include "kobi/romanize/internal/pronunciation.h"

#include <cstddef>

#include "kobi/romanize/internal/lexicon.h"

namespace kobi::romanize::internal {
namespace {

bool Is(const Syllable& s, char32_t cp) { return Compose(s) == cp; }

bool IsOneOf(const Syllable& s, std::u32string_view set) {
  return set.find(Compose(s)) != std::u32string_view::npos;
}

// Does ㅎ-initial syllable word[h] belong to a verbal suffix, so that a preceding ㄱ ㄷ ㅂ ㅈ
// merges with it into an aspirate (잡혀 자펴, 굳히다 구치다, 생각하다 생가카다)? Nouns keep
// the ㅎ (묵호, 집현전, 북한, 역할), so only clear verbal forms answer true.
bool VerbalH(const std::vector<Syllable>& word, std::size_t h) {
  const Syllable& s = word[h];
  const Syllable* next = h + 1 < word.size() ? &word[h + 1] : nullptr;
  if (s.vowel == kI && (s.tail == kTNone || s.tail == kTN || s.tail == kTL)) return true;
  if (s.vowel == kYeo && (s.tail == kTNone || s.tail == kTSS)) return true;
  if (Is(s, U'했')) return true;
  if (Is(s, U'해')) return next && IsOneOf(*next, U"서요야도라주진지");
  if (Is(s, U'하')) return next && IsOneOf(*next, U"다고지게여면는니세시자며던기려도였겠셨");
  if (Is(s, U'합')) return next && Is(*next, U'니');
  return false;
}

// ㄴ+ㄹ is pronounced ㄴㄴ, not ㄹㄹ, before these bound morphemes when the stem has two or
// more syllables (표준 발음법 제20항 다만: 의견란, 생산량, 결단력, 이원론, 입원료, 구근류,
// 상견례, 동원령, 임진록; street names 신문로).
bool NasalLiquidException(const std::vector<Syllable>& word, std::size_t r) {
  if (r < 2 || !IsOneOf(word[r], U"로란량력령록론료류례")) return false;
  // 령 "order" is [녕] (동원령), but the pass 대관령 is [대괄령] (RR's own example).
  return !(Is(word[r], U'령') && Is(word[r - 1], U'관') && Is(word[r - 2], U'대'));
}

// Nouns ending in ㄺ: before ㄱ they keep ㄱ like any noun (닭갈비 [닥깔비], 흙과 [흑꽈]);
// only verb stems take ㄹ there (맑게 [말께], 표준 발음법 제11항 다만).
bool IsLgNoun(const Syllable& s) { return IsOneOf(s, U"닭흙칡삵"); }

// ㄼ is ㅂ, not ㄹ, in 밟- and in 넓죽하다, 넓둥글다 (표준 발음법 제10항 다만: 밟다 [밥따],
// 밟는 [밤는], 넓죽하다 [넙쭈카다]).
bool LbIsB(const std::vector<Syllable>& word, std::size_t i) {
  if (word[i].tail != kTLB) return false;
  if (Is(word[i], U'밟')) return true;
  return Is(word[i], U'넓') && i + 1 < word.size() && IsOneOf(word[i + 1], U"죽둥");
}

int Aspirate(int lead) {
  switch (lead) {
    case kG:
      return kK;
    case kD:
      return kT;
    case kB:
      return kP;
    case kJ:
      return kCh;
    default:
      return lead;
  }
}

// Moves the tail of a onto b's empty (ㅇ) onset.
void Liaison(Syllable& a, Syllable& b) {
  switch (a.tail) {
    case kTNone:
    case kTNg:
      return;
    case kTH:
      a.tail = kTNone;
      return;
    case kTNH:
      a.tail = kTNone;
      b.lead = kN;
      return;
    case kTLH:
      a.tail = kTNone;
      b.lead = kR;
      return;
    default:
      break;
  }
  if (b.vowel == kI) {  // palatalisation: 해돋이 해도지, 같이 가치
    if (a.tail == kTD) {
      a.tail = kTNone;
      b.lead = kJ;
      return;
    }
    if (a.tail == kTT) {
      a.tail = kTNone;
      b.lead = kCh;
      return;
    }
    if (a.tail == kTLT) {
      a.tail = kTL;
      b.lead = kCh;
      return;
    }
  }
  int first = kTNone, second = kNone;
  if (SplitCluster(a.tail, &first, &second)) {
    a.tail = first;
    b.lead = second;
    return;
  }
  b.lead = TailToLead(a.tail);
  a.tail = kTNone;
}

}  // namespace

std::vector<Syllable> Pronounce(const std::vector<Syllable>& word,
                                const PronounceOptions& options) {
  std::vector<Syllable> s = word;
  const std::size_t n = s.size();
  std::vector<bool> insert_n = FindNInsertions(word);
  std::vector<bool> link = FindLinkBoundaries(word);
  for (std::size_t i = 0; i + 1 < n; ++i) {
    Syllable& a = s[i];
    Syllable& b = s[i + 1];
    if (insert_n[i] && a.tail != kTNone && b.lead == kNone && IsIotizedOrI(b.vowel)) {
      b.lead = kN;
    }
    if (b.lead == kNone && link[i]) {
      // A lexical morpheme after the boundary: reduce the final, then link it, without
      // palatalization (값어치 [가버치], 겉옷 [거돋], 곧이어 [고디어]; 제15항).
      a.tail = NeutralizeTail(a.tail);
      if (a.tail != kTNone && a.tail != kTNg) {
        b.lead = TailToLead(a.tail);
        a.tail = kTNone;
      }
      continue;
    }
    if (b.lead == kNone) {
      Liaison(a, b);
      continue;
    }
    if (a.tail == kTNone) continue;
    // Tails with ㅎ before a consonant: 좋고 조코, 놓는 논는, 않지 안치, 싫소 실쏘.
    if (a.tail == kTH || a.tail == kTNH || a.tail == kTLH) {
      int base = a.tail == kTH ? kTNone : a.tail == kTNH ? kTN : kTL;
      if (b.lead == kG || b.lead == kD || b.lead == kJ) {
        b.lead = Aspirate(b.lead);
        a.tail = base;
      } else if (b.lead == kS) {
        b.lead = kSS;
        a.tail = base;
      } else if (b.lead == kN) {
        a.tail = base == kTNone ? kTN : base;
      } else {
        a.tail = base == kTNone ? kTD : base;
      }
    } else if (b.lead == kH && !options.noun && VerbalH(word, i + 1)) {
      // ㄱ ㄷ ㅂ ㅈ + ㅎ -> aspirate (잡혀 자펴, 맞히다 마치다, 굳히다 구티다 -> 구치다).
      int rest = kTNone;
      int tail = a.tail;
      if (tail == kTLG) {
        rest = kTL;
        tail = kTG;
      }
      if (tail == kTLB) {
        rest = kTL;
        tail = kTB;
      }
      if (tail == kTNJ) {
        rest = kTN;
        tail = kTJ;
      }
      int aspirate = -1;
      if (tail == kTJ || tail == kTCh) {
        aspirate = kCh;
      } else {
        int neutral = NeutralizeTail(tail);
        if (neutral == kTG) aspirate = kK;
        if (neutral == kTD) aspirate = kT;
        if (neutral == kTB) aspirate = kP;
      }
      if (aspirate >= 0) {
        b.lead = aspirate;
        a.tail = rest;
        if (b.lead == kT && b.vowel == kI) b.lead = kCh;
      }
    }
    if (LbIsB(word, i)) a.tail = kTB;
    // Neutralisation before a consonant (맑게 말께 keeps ㄹ before ㄱ).
    a.tail = (a.tail == kTLG && b.lead == kG && !IsLgNoun(word[i])) ? kTL : NeutralizeTail(a.tail);
    // Assimilation.
    if (b.lead == kR) {
      if (a.tail == kTN) {
        if (NasalLiquidException(word, i + 1)) {
          b.lead = kN;
        } else {
          a.tail = kTL;
        }
      } else if (a.tail != kTL) {
        b.lead = kN;  // 종로 종노, 백로 백노 -> 뱅노 (below)
      }
    } else if (b.lead == kN && a.tail == kTL) {
      b.lead = kR;  // 별내 별래, 알약 알략
    }
    if (b.lead == kN || b.lead == kM) {
      if (a.tail == kTG) a.tail = kTNg;
      if (a.tail == kTD) a.tail = kTN;
      if (a.tail == kTB) a.tail = kTM;
    }
  }
  if (n > 0) s[n - 1].tail = LbIsB(word, n - 1) ? kTB : NeutralizeTail(s[n - 1].tail);
  return s;
}

std::vector<Syllable> NeutralizeEach(const std::vector<Syllable>& word) {
  std::vector<Syllable> s = word;
  for (Syllable& syllable : s) syllable.tail = NeutralizeTail(syllable.tail);
  return s;
}

}  // namespace kobi::romanize::internal
