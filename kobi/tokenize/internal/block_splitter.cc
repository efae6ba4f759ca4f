#include "kobi/tokenize/internal/block_splitter.h"

#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/abbreviations.h"
#include "kobi/tokenize/internal/char_class.h"
#include "kobi/tokenize/internal/korean_endings.h"
#include "kobi/tokenize/internal/split_words.h"

namespace kobi::tokenize::internal {

void BlockSplitter::Run() {
  StartSentence(begin_);
  std::size_t i = sent_start_;
  while (i < end_) {
    unsigned char c = static_cast<unsigned char>(t_[i]);
    if (c < 0x80) {
      if (c == '.' || c == '?' || c == '!') {
        i = HandleTerminal(i);
      } else if (c == ':' && lang_ == Lang::kKo) {
        SpeakerLabel(i);
        ++i;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        i = HandleSpace(i);
      } else {
        ++i;
      }
      continue;
    }
    // Hangul syllables (lead bytes EA..ED) are never terminals, spaces or bullets.
    if (c >= 0xEA && c <= 0xED && i + 2 < end_ &&
        (static_cast<unsigned char>(t_[i + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(t_[i + 2]) & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    utf8::Decoded d = utf8::Decode(t_, i);
    if (lang_ == Lang::kKo && internal::IsStrongEmoticonChar(d.cp) &&
        !utf8::IsHangulSyllable(CpBefore(t_, i))) {
      // handled at the start of the emoticon run only
    } else if (lang_ == Lang::kKo && internal::IsStrongEmoticonChar(d.cp)) {
      std::size_t after = GluedEmoticonEnd(i);
      if (after != i) {
        Boundary(after, after);  // "좋아요ㅎㅎ다음에", "같아요😀하지만"
        i = after;
        continue;
      }
    }
    if (internal::IsTerminal(d.cp)) {
      i = HandleTerminal(i);
    } else if (utf8::IsWhitespace(d.cp)) {
      i = HandleSpace(i);
    } else if (IsBullet(d.cp) && list_ == List::kBullet && i > sent_start_) {
      Boundary(i, i);
      i += d.length;
    } else {
      i += d.length;
    }
  }
  Emit(sent_start_, end_);
}

std::size_t BlockSplitter::SkipSpace(std::size_t p) const {
  while (p < end_ && IsSpaceAt(t_, p)) p += LenAt(t_, p);
  return p;
}

void BlockSplitter::Emit(std::size_t b, std::size_t e) {
  std::string_view s = utf8::Trim(t_.substr(b, e - b));
  if (s.empty()) return;
  std::size_t sb = static_cast<std::size_t>(s.data() - t_.data());
  if (out_.size() > first_ && !HasWordChar(s)) {  // stray '"' or '.': keep with previous
    out_.back().end = sb + s.size();
    return;
  }
  out_.push_back(Span{sb, sb + s.size()});
}

bool BlockSplitter::HasWordChar(std::string_view s) {
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || internal::IsAsciiAlpha(u) || internal::IsAsciiDigit(u)) return true;
  }
  return false;
}

// Ends the current sentence at `end` and starts the next at `next`.
void BlockSplitter::Boundary(std::size_t end, std::size_t next) {
  Emit(sent_start_, end);
  StartSentence(next);
}

// Whitespace at i: list items without end punctuation, unpunctuated Korean endings.
std::size_t BlockSplitter::HandleSpace(std::size_t i) {
  std::size_t j = SkipSpace(i);
  if (j >= end_ || i == sent_start_) return j;
  if (list_ == List::kNumber || list_ == List::kAlpha || list_ == List::kRoman) {
    int value = 0;
    std::string_view suffix;
    if (MarkerAt(j, value, suffix) == list_ && value == list_next_ && suffix == list_suffix_) {
      Boundary(i, j);
      return sent_start_;
    }
  }
  if (lang_ == Lang::kKo && KoreanEndsAt(i, j)) {
    Boundary(i, j);
    return sent_start_;
  }
  return j;
}

std::size_t BlockSplitter::WordBegin(std::size_t p) const {
  std::size_t wb = p;
  while (wb > sent_start_ && !IsSpaceAt(t_, wb - 1)) --wb;
  while (wb > sent_start_ && (static_cast<unsigned char>(t_[wb]) & 0xC0) == 0x80) --wb;
  return wb;
}

std::size_t BlockSplitter::ConsumeClosers(std::size_t p) const {
  while (p < end_) {
    char32_t c = CpAt(t_, p);
    if (internal::IsCloser(c) || internal::IsStrongEmoticonChar(c)) {
      p += LenAt(t_, p);  // closers, and emoticons that end the sentence: "요.ㅎㅎ", "다!😀"
    } else if (c == '[') {  // footnote mark: [2], [참고 3], [*]
      std::size_t q = p + 1;
      while (q < end_ && q - p <= 24 && t_[q] != ']' && t_[q] != '[' && t_[q] != '\n' &&
             t_[q] != '.')
        ++q;
      if (q >= end_ || t_[q] != ']' || q == p + 1 || t_[p + 1] == ' ') break;
      p = q + 1;
    } else {
      break;
    }
  }
  return p;
}

std::size_t BlockSplitter::HandleTerminal(std::size_t i) {
  // A bracketed mark is not an end: "[?]", "(!)", "(...)".
  char32_t before = CpBefore(t_, i);
  if (before == '[' || before == '(') {
    std::size_t p = i;
    while (p < end_ && internal::IsTerminal(CpAt(t_, p))) p += LenAt(t_, p);
    if (p < end_ && (t_[p] == ']' || t_[p] == ')')) return p + 1;
  }
  // A spaced ellipsis ". . ." that starts after a space.
  if (i > begin_ && IsSpaceAt(t_, i - 1) && IsSpacedEllipsisAt(i)) {
    std::size_t after = i;
    int dots = SpacedDots(i, after);
    std::size_t k = ConsumeClosers(after);
    std::size_t n = SkipSpace(k);
    if (n >= end_) return n;
    if (dots >= 4 && n > k && StartsUpper(n)) Boundary(k, n);
    return n > k ? n : k;
  }
  std::size_t p = i;
  int dots = 0, marks = 0, ellipses = 0, stops = 0;
  while (p < end_) {
    char32_t c = CpAt(t_, p);
    if (!internal::IsTerminal(c)) break;
    if (c == '.')
      ++dots;
    else if (c == 0x2026)
      ++ellipses;
    else if (c == 0x3002 || c == 0xFF0E)
      ++stops;
    else
      ++marks;
    p += LenAt(t_, p);
  }
  std::size_t run_end = p;
  std::size_t k = ConsumeClosers(run_end);
  if (k >= end_) return k;
  char32_t prev = CpBefore(t_, i);
  if (stops > 0 && dots == 0 && (IsDigitLike(prev) || IsDigitLike(CpAt(t_, k)))) {
    stops = 0;  // a full-width decimal point: "３．５"
    dots = 1;
  }
  if (!IsSpaceAt(t_, k)) {
    if (stops > 0 && marks == 0 && ellipses == 0 && !internal::IsCloser(CpAt(t_, k))) {
      Boundary(k, k);  // "world．Today", "끝났다。그리고"
      return k;
    }
    if (dots == 1 && marks == 0 && ellipses == 0 && k == run_end && !utf8::IsHangulSyllable(prev)) {
      // Footnote numbers after the period: "consultation.11 12 Take", "(type 2).10 This".
      bool word_before = internal::IsAsciiAlpha(prev) || internal::IsCloser(prev);
      std::size_t wb = WordBegin(i);
      std::string_view word = t_.substr(wb, i - wb);
      if (word_before && !internal::IsTitle(word) && !internal::IsNumberPrefix(word) &&
          !internal::IsMonthAbbreviation(word) && word.find('.') == std::string_view::npos) {
        std::size_t f = internal::FootnoteNumbersEnd(t_.substr(0, end_), k);
        if (f != std::string_view::npos) {
          Boundary(f, f);
          return sent_start_;
        }
      }
      if (internal::IsGluedSentenceBoundary(t_.substr(0, end_), wb, i)) {
        Boundary(k, k);  // "world.Today"
        return k;
      }
    }
    // Korean text glued after a final ending: "했다.그러나", "뭐야?그래".
    char32_t next = CpAt(t_, k);
    bool next_ok = utf8::IsHangulSyllable(next) || internal::IsAsciiDigit(next) || next == 0x201C ||
                   next == 0x2018;
    if (OnlyFootnotes(t_, run_end, k) && dots <= 1 && ellipses == 0 &&
        utf8::IsHangulSyllable(prev) && next_ok &&
        (marks > 0 || internal::IsKoreanFinalSyllable(prev)) && !ContinuesAt(k)) {
      Boundary(k, k);
      return k;
    }
    if ((dots >= 2 || ellipses > 0) && marks == 0 && k == run_end && utf8::IsHangulSyllable(next) &&
        utf8::IsHangulSyllable(prev) &&
        std::u32string_view(U"이가은는을를의에도로와과만").find(next) ==
            std::u32string_view::npos &&  // a glued particle: "보검..이가"
        Decide(i, prev, dots, marks, ellipses, stops, k)) {
      Boundary(k, k);  // "방식입니다...하지만" (a line joined without a space)
      return k;
    }
    return k;
  }
  std::size_t n = SkipSpace(k);
  if (n >= end_) return n;
  if (k > run_end && IsDetachedQuotative(n)) return n;
  if (Decide(i, prev, dots, marks, ellipses, stops, n)) {
    // Emoticons after the mark belong to the sentence: "하니까요. 😲😲😲 동그라미".
    std::size_t emoticon_end = n;
    while (emoticon_end < end_ && internal::IsStrongEmoticonChar(CpAt(t_, emoticon_end)))
      emoticon_end += LenAt(t_, emoticon_end);
    if (emoticon_end > n && emoticon_end < end_ &&
        (IsSpaceAt(t_, emoticon_end) || utf8::IsHangulSyllable(CpAt(t_, emoticon_end)))) {
      Boundary(emoticon_end, emoticon_end);
      return sent_start_;
    }
    std::size_t annotation_end = AnnotationEnd(i, n);
    if (annotation_end > n) {
      Boundary(annotation_end, annotation_end);
      return sent_start_;
    }
    Boundary(k, n);
    return n;
  }
  return k;
}

bool BlockSplitter::Decide(std::size_t i, char32_t prev, int dots, int marks, int ellipses,
                           int stops, std::size_t n) const {
  char32_t next = CpAt(t_, n);
  bool hangul_prev = utf8::IsHangulSyllable(prev);
  if (stops > 0) return true;
  if (marks > 0) {
    if (hangul_prev) return !ContinuesAt(n);  // "뭐지?? 하고", "않았을까? 라는"
    // "-- voila! -- you": a lower-case word after dashes continues the sentence.
    if (internal::IsLatinLower(CpAt(t_, internal::SkipDashes(t_, n)))) return false;
    std::size_t wb = WordBegin(i);
    if (marks == 1 && internal::IsExclamationName(t_.substr(wb, i - wb)) && !NextIsStarter(n)) {
      return false;  // "Yahoo! Research", but "at Yahoo! We build"
    }
    return true;
  }
  if (ellipses > 0 || dots >= 2) {
    if (prev == '[' || prev == '(') return false;
    if (hangul_prev) {
      std::size_t wb = WordBegin(i);
      // A trailing-off -고 also ends one in informal text ("안 되고... 아무튼").
      std::string_view word = t_.substr(wb, i - wb);
      if (internal::EndsWithKoreanConnective(word) || ContinuesAt(n)) return false;
      if (internal::IsKoreanFinalSyllable(prev) || prev == U'고') return true;
      // Informal "..", "...": trailing off ends a sentence unless a particle or connective
      // ending stands before it (news "…" keeps the stricter rule above).
      // A lone opener ("물론...", "어...", "네, 네...") trails into its sentence.
      return ellipses == 0 && lang_ == Lang::kKo && utf8::IsHangulSyllable(CpAt(t_, n)) &&
             WordsBetween(sent_start_, wb) >= 2 &&
             std::u32string_view(U"만데이은에면까가를을의로와과겐엔선").find(prev) ==
                 std::u32string_view::npos;
    }
    if (lang_ == Lang::kKo && internal::IsStrongEmoticonChar(prev) &&
        utf8::IsHangulSyllable(next)) {
      return true;  // "해요^^.. 체크인은"
    }
    return StartsUpper(n);
  }
  return DecidePeriod(i, prev, n);
}

}  // namespace kobi::tokenize::internal
