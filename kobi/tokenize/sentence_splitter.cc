#include "kobi/tokenize/sentence_splitter.h"

#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/abbreviations.h"
#include "kobi/tokenize/internal/char_class.h"

namespace kobi::tokenize {
namespace {

using internal::CpAt;
using internal::CpBefore;
using internal::IsSpaceAt;
using internal::LenAt;

bool IsBullet(char32_t c) { return c == 0x2022 || c == 0x2043; }

bool ContainsHangul(std::string_view w) {
  for (std::size_t p = 0; p < w.size();) {
    unsigned char c = static_cast<unsigned char>(w[p]);
    if (c < 0x80) {
      ++p;
      continue;
    }
    utf8::Decoded d = utf8::Decode(w, p);
    if (utf8::IsHangulSyllable(d.cp)) return true;
    p += d.length;
  }
  return false;
}

// True when [b, e) is empty or only footnote marks ("[8]", "[2][3]").
bool OnlyFootnotes(std::string_view t, std::size_t b, std::size_t e) {
  return b == e || (t[b] == '[' && t[e - 1] == ']' &&
                    t.substr(b, e - b).find_first_of("\"'") == std::string_view::npos);
}

// Letters and dots only, at least one inner dot, each part 1-2 letters: U.S, e.g, a.m, Ph.D.
bool IsDottedAbbreviation(std::string_view w) {
  if (w.find('.') == std::string_view::npos) return false;
  std::size_t part = 0;
  for (char c : w) {
    if (c == '.') {
      if (part == 0) return false;
      part = 0;
    } else if (internal::IsAsciiAlpha(static_cast<unsigned char>(c))) {
      if (++part > 2) return false;
    } else {
      return false;
    }
  }
  return part > 0;
}

// Contains a digit and no ASCII letter: 2015, $100.00, 1026.253.553, 5%.
bool IsNumberWord(std::string_view w) {
  bool digit = false;
  for (char c : w) {
    unsigned char u = static_cast<unsigned char>(c);
    if (internal::IsAsciiAlpha(u)) return false;
    if (internal::IsAsciiDigit(u)) digit = true;
  }
  return digit;
}

// A sentence splitter over one paragraph block [begin, end) of the text.
class BlockSplitter {
 public:
  BlockSplitter(std::string_view text, std::size_t begin, std::size_t end, Lang lang,
                std::vector<Span>& out)
      : t_(text.substr(0, end)), begin_(begin), end_(end), lang_(lang), out_(out),
        first_(out.size()) {}

  void Run() {
    StartSentence(begin_);
    std::size_t i = sent_start_;
    while (i < end_) {
      unsigned char c = static_cast<unsigned char>(t_[i]);
      if (c < 0x80) {
        if (c == '.' || c == '?' || c == '!') {
          i = HandleTerminal(i);
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

 private:
  enum class List { kNone, kNumber, kAlpha, kBullet };

  std::size_t SkipSpace(std::size_t p) const {
    while (p < end_ && IsSpaceAt(t_, p)) p += LenAt(t_, p);
    return p;
  }

  void Emit(std::size_t b, std::size_t e) {
    std::string_view s = utf8::Trim(t_.substr(b, e - b));
    if (s.empty()) return;
    std::size_t sb = static_cast<std::size_t>(s.data() - t_.data());
    if (out_.size() > first_ && !HasWordChar(s)) {  // stray '"' or '.': keep with previous
      out_.back().end = sb + s.size();
      return;
    }
    out_.push_back(Span{sb, sb + s.size()});
  }

  static bool HasWordChar(std::string_view s) {
    for (char c : s) {
      unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80 || internal::IsAsciiAlpha(u) || internal::IsAsciiDigit(u)) return true;
    }
    return false;
  }

  // A Korean quotative particle written apart from its closing quote: “...했다.” 고 말했다.
  bool IsDetachedQuotative(std::size_t n) const {
    std::size_t e = n;
    while (e < end_ && !IsSpaceAt(t_, e)) e += LenAt(t_, e);
    std::string_view w = t_.substr(n, e - n);
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    return w == "고" || w == "며" || w == "라고" || w == "라며" || w == "하고" || w == "하며" ||
           w == "면서" || w == "고는";
  }

  // Ends the current sentence at `end` and starts the next at `next`.
  void Boundary(std::size_t end, std::size_t next) {
    Emit(sent_start_, end);
    StartSentence(next);
  }

  // Parses a list marker at p: "1." "1)" "1.)" (number) or "a." (letter), followed by space.
  // Returns the kind and sets value/suffix.
  List MarkerAt(std::size_t p, int& value, std::string_view& suffix) const {
    std::size_t q = p;
    int v = 0;
    while (q < end_ && q - p < 3 && internal::IsAsciiDigit(static_cast<unsigned char>(t_[q]))) {
      v = v * 10 + (t_[q] - '0');
      ++q;
    }
    List kind = List::kNumber;
    if (q == p) {
      if (q < end_ && internal::IsAsciiLower(static_cast<unsigned char>(t_[q]))) {
        v = t_[q] - 'a' + 1;
        ++q;
        kind = List::kAlpha;
      } else {
        return List::kNone;
      }
    } else if (q - p > 2) {
      return List::kNone;
    }
    std::size_t s = q;
    if (q < end_ && t_[q] == '.') ++q;
    if (q < end_ && t_[q] == ')' && kind == List::kNumber) ++q;
    if (q == s || (kind == List::kAlpha && t_.substr(s, q - s) != ".")) return List::kNone;
    if (q < end_ && !IsSpaceAt(t_, q)) return List::kNone;
    value = v;
    suffix = t_.substr(s, q - s);
    return kind;
  }

  void StartSentence(std::size_t p) {
    sent_start_ = SkipSpace(p);
    content_start_ = sent_start_;
    if (sent_start_ >= end_) return;
    char32_t c = CpAt(t_, sent_start_);
    if (IsBullet(c)) {
      if (list_ == List::kNone) list_ = List::kBullet;
      content_start_ = SkipSpace(sent_start_ + LenAt(t_, sent_start_));
      return;
    }
    int value = 0;
    std::string_view suffix;
    List kind = MarkerAt(sent_start_, value, suffix);
    if (kind == List::kNone) return;
    if (list_ == List::kNone && value == 1) {
      list_ = kind;
      list_suffix_ = suffix;
      list_next_ = 2;
    } else if (list_ == kind && value == list_next_ && suffix == list_suffix_) {
      ++list_next_;
    }
  }

  // Whitespace at i: list items without end punctuation, unpunctuated Korean endings.
  std::size_t HandleSpace(std::size_t i) {
    std::size_t j = SkipSpace(i);
    if (j >= end_ || i == sent_start_) return j;
    if (list_ == List::kNumber || list_ == List::kAlpha) {
      int value = 0;
      std::string_view suffix;
      if (MarkerAt(j, value, suffix) == list_ && value == list_next_ && suffix == list_suffix_) {
        Boundary(i, j);
        return sent_start_;
      }
    }
    if (lang_ == Lang::kKo && utf8::IsHangulSyllable(CpBefore(t_, i)) &&
        utf8::IsHangulSyllable(CpAt(t_, j))) {
      std::size_t wb = WordBegin(i);
      char32_t next = CpAt(t_, j);
      bool quotative = next == U'고' || next == U'며' || next == U'라' || next == U'하';
      if (!quotative && internal::EndsLikeKoreanSentence(t_.substr(wb, i - wb))) {
        Boundary(i, j);
        return sent_start_;
      }
    }
    return j;
  }

  std::size_t WordBegin(std::size_t p) const {
    std::size_t wb = p;
    while (wb > sent_start_ && !IsSpaceAt(t_, wb - 1)) --wb;
    while (wb > sent_start_ && (static_cast<unsigned char>(t_[wb]) & 0xC0) == 0x80) --wb;
    return wb;
  }

  std::size_t ConsumeClosers(std::size_t p) const {
    while (p < end_) {
      char32_t c = CpAt(t_, p);
      if (internal::IsCloser(c)) {
        p += LenAt(t_, p);
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

  // Counts dots of a spaced ellipsis ". . ." starting at p; sets `after` past the last dot.
  int SpacedDots(std::size_t p, std::size_t& after) const {
    int dots = 0;
    after = p;
    while (p < end_ && t_[p] == '.') {
      ++dots;
      after = p + 1;
      if (p + 2 < end_ && t_[p + 1] == ' ' && t_[p + 2] == '.') {
        p += 2;
      } else {
        break;
      }
    }
    return dots;
  }

  bool IsSpacedEllipsisAt(std::size_t p) const {
    return p + 2 < end_ && t_[p] == '.' && t_[p + 1] == ' ' && t_[p + 2] == '.';
  }

  // Upper-case Latin letter, possibly after an opening quote.
  bool StartsUpper(std::size_t n) const {
    char32_t c = CpAt(t_, n);
    if (internal::IsQuoteOpener(c)) c = CpAt(t_, n + LenAt(t_, n));
    return internal::IsLatinUpper(c);
  }

  bool NextIsStarter(std::size_t n) const {
    while (n < end_ && internal::IsOpener(CpAt(t_, n))) n += LenAt(t_, n);
    std::size_t e = n;
    while (e < end_ && internal::IsAsciiAlpha(static_cast<unsigned char>(t_[e]))) ++e;
    return e > n && internal::IsSentenceStarter(t_.substr(n, e - n));
  }

  // A Korean-style date "2015. 2. 3." : the number word at wb (1-2 digits) follows "digits. ".
  bool IsDatePart(std::size_t wb) const {
    std::size_t p = wb;
    std::size_t e = wb;
    while (e < end_ && internal::IsAsciiDigit(static_cast<unsigned char>(t_[e]))) ++e;
    if (e - p == 0 || e - p > 2 || p < 3 + sent_start_ || t_[p - 1] != ' ' || t_[p - 2] != '.')
      return false;
    return internal::IsAsciiDigit(static_cast<unsigned char>(t_[p - 3]));
  }

  bool IsListMarkerAt(std::size_t n) const {
    int value = 0;
    std::string_view suffix;
    return MarkerAt(n, value, suffix) == List::kNumber;
  }

  int WordsBetween(std::size_t b, std::size_t e) const {
    int words = 0;
    bool in_word = false;
    for (std::size_t p = b; p < e; ++p) {
      bool space = t_[p] == ' ' || t_[p] == '\t' || t_[p] == '\n';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    return words;
  }

  std::size_t HandleTerminal(std::size_t i) {
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
      if (c == '.' || c == 0xFF0E) ++dots;
      else if (c == 0x2026) ++ellipses;
      else if (c == 0x3002) ++stops;
      else ++marks;
      p += LenAt(t_, p);
    }
    std::size_t run_end = p;
    std::size_t k = ConsumeClosers(run_end);
    if (k >= end_) return k;
    char32_t prev = CpBefore(t_, i);
    if (!IsSpaceAt(t_, k)) {
      // Korean text glued after a final ending: "했다.그러나", "뭐야?그래".
      char32_t next = CpAt(t_, k);
      bool next_ok = utf8::IsHangulSyllable(next) || internal::IsAsciiDigit(next) ||
                     next == 0x201C || next == 0x2018;
      if (OnlyFootnotes(t_, run_end, k) && dots <= 1 && ellipses == 0 &&
          utf8::IsHangulSyllable(prev) && next_ok &&
          (marks > 0 || internal::IsKoreanFinalSyllable(prev))) {
        Boundary(k, k);
        return k;
      }
      return k;
    }
    std::size_t n = SkipSpace(k);
    if (n >= end_) return n;
    if (k > run_end && IsDetachedQuotative(n)) return n;
    if (Decide(i, prev, dots, marks, ellipses, stops, n)) {
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

  // After a Korean sentence, a short parenthetical without sentence punctuation followed by
  // more text belongs to the sentence before it: "...하다. (6회 우승) 또한 ...". Returns the
  // end of that parenthetical, or n when there is none.
  std::size_t AnnotationEnd(std::size_t i, std::size_t n) const {
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
  std::size_t WordEndBefore(std::size_t i) const {
    std::size_t p = i;
    while (p > sent_start_) {
      char32_t c = CpBefore(t_, p);
      if (!internal::IsCloser(c) && c != ']' && c != '[' && !internal::IsAsciiDigit(c)) break;
      p -= utf8::DecodeBefore(t_, p).length;
    }
    return p;
  }

  bool Decide(std::size_t i, char32_t prev, int dots, int marks, int ellipses, int stops,
              std::size_t n) const {
    char32_t next = CpAt(t_, n);
    bool hangul_prev = utf8::IsHangulSyllable(prev);
    if (stops > 0) return true;
    if (marks > 0) return hangul_prev || !internal::IsLatinLower(next);
    if (ellipses > 0 || dots >= 2) {
      if (prev == '[' || prev == '(') return false;
      if (hangul_prev) return internal::IsKoreanFinalSyllable(prev);
      return StartsUpper(n);
    }
    return DecidePeriod(i, prev, n);
  }

  // A single period at i followed by whitespace, next word at n.
  bool DecidePeriod(std::size_t i, char32_t prev, std::size_t n) const {
    if (utf8::IsHangulSyllable(prev)) return true;
    if (IsSpacedEllipsisAt(n)) {  // "compounds. . . . The practice"
      std::size_t after = n;
      int dots = SpacedDots(n, after);
      std::size_t m = SkipSpace(after);
      return dots >= 3 && m > after && m < end_ && StartsUpper(m);
    }
    char32_t next = CpAt(t_, n);
    if (internal::IsLatinLower(next)) return false;
    std::size_t wb = WordBegin(i);
    if (wb < content_start_) wb = content_start_;  // "⁃9." after a bullet
    while (wb < i && internal::IsOpener(CpAt(t_, wb))) wb += LenAt(t_, wb);
    std::string_view word = t_.substr(wb, i - wb);
    if (word.empty()) return true;
    if (ContainsHangul(word)) return true;  // "승).", "했다[2]." end Korean sentences
    bool next_digit = internal::IsAsciiDigit(next);
    if (wb == content_start_ && word.size() <= 2) {
      int value = 0;
      std::string_view suffix;
      if (MarkerAt(wb, value, suffix) != List::kNone) return false;  // "1. The first item"
    }
    if (IsNumberWord(word)) return !next_digit && !IsDatePart(wb);
    if (internal::IsTitle(word)) return false;
    if ((internal::IsNumberPrefix(word) || internal::IsMonthAbbreviation(word)) && next_digit)
      return false;
    if (word.size() == 1 && internal::IsAsciiLower(static_cast<unsigned char>(word[0])))
      return false;
    int before = WordsBetween(sent_start_, wb);
    if (word.size() == 1 && internal::IsAsciiUpper(static_cast<unsigned char>(word[0]))) {
      // Initials: "Albert I. Jones" / "N. Korea" stay; "you and I. Did you" ends.
      std::size_t pe = wb;
      while (pe > sent_start_ && IsSpaceAt(t_, pe - 1)) --pe;
      std::size_t pb = WordBegin(pe);
      bool prev_capital = pe > pb && internal::IsLatinUpper(CpAt(t_, pb));
      return !prev_capital && before >= 2 && NextIsStarter(n);
    }
    if (IsDottedAbbreviation(word) || internal::IsGeneralAbbreviation(word) ||
        internal::IsNumberPrefix(word) || internal::IsMonthAbbreviation(word)) {
      return before >= 3 && NextIsStarter(n);
    }
    if (next_digit) return IsListMarkerAt(n);
    return true;
  }

  std::string_view t_;
  std::size_t begin_, end_;
  Lang lang_;
  std::vector<Span>& out_;
  std::size_t first_;  // index of this block's first span in out_
  std::size_t sent_start_ = 0;
  std::size_t content_start_ = 0;
  List list_ = List::kNone;
  int list_next_ = 0;
  std::string_view list_suffix_;
};

}  // namespace

std::vector<kobi::Span> SplitSentences(std::string_view text, kobi::Lang lang) {
  std::vector<Span> out;
  std::size_t block = 0;
  std::size_t p = 0;
  while (p < text.size()) {
    std::size_t nl = text.find('\n', p);
    if (nl == std::string_view::npos) break;
    std::size_t q = nl + 1;
    while (q < text.size() && (text[q] == ' ' || text[q] == '\t' || text[q] == '\r')) ++q;
    if (q < text.size() && text[q] == '\n') {  // blank line: hard paragraph break
      BlockSplitter(text, block, nl, lang, out).Run();
      block = q;
    }
    p = q;
  }
  BlockSplitter(text, block, text.size(), lang, out).Run();
  return out;
}

}  // namespace kobi::tokenize
