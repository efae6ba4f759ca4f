// BlockSplitter: Korean decisions: unpunctuated final endings and what follows them,
// quotatives, period lists, emoticons, dialogue speaker labels, parenthetical annotations.
#include "kobi/core/korean.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/abbreviations.h"
#include "kobi/tokenize/internal/block_splitter.h"
#include "kobi/tokenize/internal/char_class.h"
#include "kobi/tokenize/internal/korean_endings.h"
#include "kobi/tokenize/internal/split_words.h"

namespace kobi::tokenize::internal {

// A Korean quotative particle written apart from its closing quote: “...했다.” 고 말했다.
bool BlockSplitter::IsDetachedQuotative(std::size_t n) const {
  std::size_t e = n;
  while (e < end_ && !IsSpaceAt(t_, e)) e += LenAt(t_, e);
  std::string_view w = t_.substr(n, e - n);
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  return w == "고" || w == "며" || w == "라고" || w == "라며" || w == "하고" || w == "하며" ||
         w == "면서" || w == "고는";
}

// A dialogue line glued to the previous one: `원빈:"..."동원:"..."`. At the ':' at i, a
// speaker name of 1-5 Hangul syllables right after a closing quote or bracket starts a
// sentence.
void BlockSplitter::SpeakerLabel(std::size_t i) {
  std::size_t ws = i;
  while (ws > sent_start_ && IsSpaceAt(t_, ws - 1)) --ws;
  std::size_t name_end = ws;
  int syllables = 0;
  while (ws > sent_start_ && utf8::IsHangulSyllable(CpBefore(t_, ws)) && syllables < 6) {
    ws -= 3;
    ++syllables;
  }
  if (syllables == 0 || syllables > 5 || ws == name_end || ws <= sent_start_) return;
  std::size_t q = ws;
  while (q > sent_start_ && IsSpaceAt(t_, q - 1)) --q;
  char32_t before = CpBefore(t_, q);
  if (before != '"' && before != 0x201D && before != ')') return;
  Boundary(ws, ws);
}

// An emoticon run starting at i right after a Korean final ending and glued to the next
// Hangul word: returns the end of the run, or i.
std::size_t BlockSplitter::GluedEmoticonEnd(std::size_t i) const {
  std::size_t e = i;
  while (e < end_ && internal::IsStrongEmoticonChar(CpAt(t_, e))) e += LenAt(t_, e);
  if (e >= end_ || !utf8::IsHangulSyllable(CpAt(t_, e))) return i;
  std::size_t wb = WordBegin(i);
  std::string_view word = t_.substr(wb, i - wb);
  return internal::ClassifyKoreanEnding(word) == internal::KoreanEnding::kFinal ? e : i;
}

// The eojeol at n continues a Korean sentence (하고, 라는, 싶었는데, 밝혔다).
bool BlockSplitter::ContinuesAt(std::size_t n) const {
  std::size_t e = n;
  while (e < end_ && !IsSpaceAt(t_, e)) e += LenAt(t_, e);
  return utf8::IsHangulSyllable(CpAt(t_, n)) &&
         internal::ContinuesKoreanSentence(t_.substr(n, e - n));
}

// Korean without punctuation: does the eojeol before the space at i close a sentence, given
// the word at j? Final endings (했다, 좋아요, 했음, 해유) unless a verb of saying, an
// auxiliary or a particle follows; an emoticon after text (좋아요ㅎㅎ, ㅋㅋㅋ) closes it.
bool BlockSplitter::KoreanEndsAt(std::size_t i, std::size_t j) const {
  // Fast rejection (most spaces): the word must end in a syllable that can close a sentence
  // or in an emoticon, and the next must start a word.
  char32_t last = CpBefore(t_, i);
  char32_t first = CpAt(t_, j);
  if (!utf8::IsHangulSyllable(first) && !internal::IsAsciiAlpha(first) &&
      !internal::IsAsciiDigit(first) && !internal::IsQuoteOpener(first) && first != '(') {
    return false;
  }
  if (utf8::IsHangulSyllable(last)) {
    if (korean::HangulTail(last) != korean::kTailM &&
        std::u32string_view(U"다요죠까네유먼군나쥬지용당야마듯").find(last) ==
            std::u32string_view::npos) {
      return false;
    }
  } else if (!internal::IsEmoticonChar(last)) {
    return false;
  }
  std::size_t wb = WordBegin(i);
  std::string_view word = t_.substr(wb, i - wb);
  internal::KoreanEnding ending = internal::ClassifyKoreanEnding(word);
  char32_t next = CpAt(t_, j);
  if (ending == internal::KoreanEnding::kNone) {
    // A weaker ending (nominal -ㅁ: 반겨줌, 권장함) before a sentence opener (그래서, 저는).
    if (!internal::EndsLikeNominalNote(word) || !utf8::IsHangulSyllable(next)) return false;
    std::size_t e = j;
    while (e < end_ && !IsSpaceAt(t_, e)) e += LenAt(t_, e);
    return internal::IsKoreanSentenceStarter(t_.substr(j, e - j));
  }
  if (internal::IsEmoticonChar(next)) return false;  // the emoticon closes it: 좋아요 ㅎㅎ
  bool starts_word = utf8::IsHangulSyllable(next) || internal::IsAsciiAlpha(next) ||
                     internal::IsAsciiDigit(next) || internal::IsQuoteOpener(next);
  if (ending == internal::KoreanEnding::kEmoticon) return starts_word;
  if (!starts_word && next != '(') return false;  // "있습니다 (사진 제공)" may end one
  if (!utf8::IsHangulSyllable(next)) return true;
  std::size_t e = j;
  while (e < end_ && !IsSpaceAt(t_, e)) e += LenAt(t_, e);
  return !internal::ContinuesKoreanSentence(t_.substr(j, e - j));
}

// After a Korean sentence, a short parenthetical without sentence punctuation followed by
// more text belongs to the sentence before it: "...하다. (6회 우승) 또한 ...". Returns the
// end of that parenthetical, or n when there is none.
std::size_t BlockSplitter::AnnotationEnd(std::size_t i, std::size_t n) const {
  if (t_[n] != '(' || !utf8::IsHangulSyllable(CpBefore(t_, WordEndBefore(i)))) return n;
  std::size_t close = t_.find(')', n);
  if (close == std::string_view::npos || close >= end_ || close - n > 48) return n;
  std::string_view inside = t_.substr(n, close - n);
  if (inside.find_first_of(".?!") != std::string_view::npos) return n;
  std::size_t after = close + 1;
  if (after >= end_ || !IsSpaceAt(t_, after) || SkipSpace(after) >= end_) return n;
  return after;
}

// The position before trailing closers/footnotes that precede i ("승)" -> after 승).
std::size_t BlockSplitter::WordEndBefore(std::size_t i) const {
  std::size_t p = i;
  while (p > sent_start_) {
    char32_t c = CpBefore(t_, p);
    if (!internal::IsCloser(c) && c != ']' && c != '[' && !internal::IsAsciiDigit(c)) break;
    p -= utf8::DecodeBefore(t_, p).length;
  }
  return p;
}

// A short Hangul noun (no final ending) at [b, e): 국어, 영어, 수학.
bool BlockSplitter::IsKoreanListItem(std::size_t b, std::size_t e) const {
  if (e <= b || e - b > 12) return false;
  for (std::size_t p = b; p < e; p += 3) {
    if (!utf8::IsHangulSyllable(CpAt(t_, p))) return false;
  }
  return !internal::IsKoreanFinalSyllable(CpBefore(t_, e));
}

// "국어. 영어. 수학": a period after a short noun is not a sentence end when the eojeol
// before or after it is also such a noun closed by a period.
bool BlockSplitter::InKoreanPeriodList(std::size_t i, std::size_t n) const {
  std::size_t wb = WordBegin(i);
  if (!IsKoreanListItem(wb, i)) return false;
  std::size_t ne = n;
  while (ne < end_ && !IsSpaceAt(t_, ne) && t_[ne] != '.') ne += LenAt(t_, ne);
  if (ne < end_ && t_[ne] == '.' && IsKoreanListItem(n, ne)) return true;
  std::size_t pe = wb;
  while (pe > sent_start_ && IsSpaceAt(t_, pe - 1)) --pe;
  if (pe == wb || pe <= sent_start_ || t_[pe - 1] != '.') return false;
  std::size_t pb = WordBegin(pe - 1);
  return IsKoreanListItem(pb, pe - 1);
}

}  // namespace kobi::tokenize::internal
