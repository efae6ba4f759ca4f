// Script and language rules: script, wrong_lang, swapped, copy.
#include <algorithm>
#include <set>
#include <string>
#include <unordered_set>

#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/internal/rules.h"

namespace kobi::corpora::internal {
namespace {

// Frequent English function words.
const std::unordered_set<std::string>& EnglishWords() {
  static const std::unordered_set<std::string> kWords = {
      "the",  "of",    "and",   "to",    "in",   "is",    "that",  "for",    "it",  "with",  "was",
      "on",   "as",    "be",    "by",    "at",   "are",   "this",  "from",   "has", "have",  "had",
      "his",  "her",   "their", "said",  "will", "not",   "but",   "an",     "or",  "which", "were",
      "been", "after", "who",   "they",  "he",   "she",   "we",    "you",    "its", "would", "more",
      "than", "about", "also",  "there", "when", "can",   "into",  "what",   "all", "do",    "does",
      "did",  "how",   "my",    "our",   "your", "a",     "i",     "up",     "out", "if",    "no",
      "so",   "one",   "new",   "over",  "year", "years", "could", "should", "may", "them",  "him",
      "some", "other", "just",  "only",  "very"};
  return kWords;
}

// Frequent function words of other Latin-script languages (French, German, Spanish, Italian,
// Portuguese, Dutch, Indonesian, Vietnamese, Turkish), none of them also common in English.
const std::unordered_set<std::string>& ForeignWords() {
  static const std::unordered_set<std::string> kWords = {
      // fr
      "le", "la", "les", "des", "du", "est", "une", "et", "dans", "pour", "qui", "que", "sur",
      "pas", "au", "aux", "avec", "ce", "sont", "il", "elle", "nous", "vous", "leur", "mais", "ont",
      "été", "cette", "selon", "lui",
      // de
      "der", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "von", "zu", "sich",
      "auf", "für", "im", "auch", "wird", "sie", "wurde", "nach", "bei", "oder", "werden", "haben",
      "hat",
      // es / it / pt
      "el", "los", "las", "y", "del", "por", "con", "para", "es", "se", "su", "al", "como", "más",
      "pero", "di", "che", "è", "della", "per", "sono", "gli", "não", "em", "um", "uma", "os", "da",
      "dos", "das", "com", "mais", "lo", "ha", "fue", "este", "esta",
      // nl / id / vi / tr
      "het", "een", "van", "niet", "op", "zijn", "yang", "dan", "ini", "itu", "dengan", "untuk",
      "dari", "tidak", "ke", "và", "của", "là", "có", "không", "được", "những", "bir", "ve", "bu",
      "için", "ile"};
  return kWords;
}

std::string LowerWord(std::string_view w) { return unicode::ToLower(w); }

// Letters and digits only, case-folded (for copy detection).
std::string Skeleton(std::string_view text) {
  std::string folded = unicode::FoldCase(text);
  std::string out;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    utf8::Decoded d = utf8::Decode(folded, pos);
    if (d.cp != utf8::kInvalid && (unicode::IsLetter(d.cp) || unicode::IsDigit(d.cp))) {
      out.append(folded, pos, d.length);
    }
    pos += d.length;
  }
  return out;
}

std::set<std::string> Bigrams(std::string_view s) {
  std::set<std::string> out;
  std::size_t pos = 0;
  std::size_t prev = std::string_view::npos;
  while (pos < s.size()) {
    std::size_t len = utf8::Decode(s, pos).length;
    if (prev != std::string_view::npos) out.emplace(s.substr(prev, pos + len - prev));
    prev = pos;
    pos += len;
  }
  return out;
}

}  // namespace

bool LooksEnglish(std::string_view text) {
  std::size_t en = 0, foreign = 0, words = 0, accented = 0, letters = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Words are maximal runs of letters (and apostrophes).
    std::size_t start = pos;
    while (pos < text.size()) {
      utf8::Decoded d = utf8::Decode(text, pos);
      if (!(utf8::IsLatinLetter(d.cp) || d.cp == '\'')) break;
      ++letters;
      if (d.cp >= 0x80) ++accented;
      pos += d.length;
    }
    if (pos > start) {
      ++words;
      std::string w = LowerWord(text.substr(start, pos - start));
      if (EnglishWords().count(w)) ++en;
      if (ForeignWords().count(w)) ++foreign;
    } else {
      pos += utf8::Decode(text, pos).length;
    }
  }
  if (letters > 0 && accented * 12 > letters) return false;  // é, ü, ñ, ơ all over
  if (words < 4) return true;
  return !(foreign >= 2 && foreign > en);
}

SideLang ClassifySide(std::string_view text, const SideProfile& p) {
  if (p.weighted_letters() == 0) return SideLang::kNoLetters;
  if (p.hangul_share() >= 0.5) return SideLang::kKorean;
  if (p.latin_share() >= 0.5)
    return LooksEnglish(text) ? SideLang::kEnglish : SideLang::kOtherLatin;
  return SideLang::kOtherScript;
}

bool NearCopy(std::string_view en, std::string_view ko) {
  std::string a = Skeleton(en), b = Skeleton(ko);
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  if (shorter.size() * 10 >= longer.size() * 8 && longer.find(shorter) != std::string::npos) {
    return true;
  }
  std::set<std::string> ba = Bigrams(a), bb = Bigrams(b);
  if (ba.empty() || bb.empty()) return false;
  std::size_t common = 0;
  for (const auto& g : ba) common += bb.count(g);
  return 2.0 * static_cast<double>(common) / static_cast<double>(ba.size() + bb.size()) >= 0.8;
}

std::string_view ScriptRule(std::string_view en, const SideProfile& ep, std::string_view ko,
                            const SideProfile& kp) {
  SideLang el = ClassifySide(en, ep);
  SideLang kl = ClassifySide(ko, kp);
  if (el == SideLang::kEnglish && kl == SideLang::kKorean) {
    // Expected languages; still reject an English side carrying much Hangul.
    if (ep.hangul_share() > 0.35) return kRuleScript;
    return "";
  }
  if (el == SideLang::kKorean && (kl == SideLang::kEnglish || kl == SideLang::kOtherLatin)) {
    return kRuleSwapped;
  }
  if (NearCopy(en, ko)) return kRuleCopy;
  if (el == SideLang::kNoLetters || kl == SideLang::kNoLetters) return kRuleScript;
  if (kl == SideLang::kEnglish || kl == SideLang::kOtherLatin) return kRuleWrongLang;
  if (el == SideLang::kKorean || el == SideLang::kOtherLatin) return kRuleWrongLang;
  // A third script (Han, Kana, Cyrillic, ...) dominates a side.
  if (kl == SideLang::kOtherScript && kp.han + kp.kana > 0 && kp.hangul == 0) {
    return kRuleWrongLang;  // Chinese or Japanese instead of Korean
  }
  return kRuleScript;
}

}  // namespace kobi::corpora::internal
