// BlockSplitter: English decisions: a period after a word, number or abbreviation; clock
// times; numbered, lettered and bulleted list markers; spaced ellipses.
#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/abbreviations.h"
#include "kobi/tokenize/internal/block_splitter.h"
#include "kobi/tokenize/internal/char_class.h"
#include "kobi/tokenize/internal/korean_endings.h"
#include "kobi/tokenize/internal/split_words.h"

namespace kobi::tokenize::internal {
namespace {

// Value of a lower-case roman numeral of i, v, x ("iv" -> 4), or 0 if malformed.
int RomanValue(std::string_view r) {
  int total = 0;
  for (std::size_t k = 0; k < r.size(); ++k) {
    int v = r[k] == 'i' ? 1 : r[k] == 'v' ? 5 : 10;
    int next = k + 1 < r.size() ? (r[k + 1] == 'i' ? 1 : r[k + 1] == 'v' ? 5 : 10) : 0;
    total += v < next ? -v : v;
  }
  static constexpr std::string_view kCanonical[] = {
      "",   "i",   "ii",   "iii", "iv", "v",   "vi",   "vii",   "viii", "ix", "x",
      "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix",  "xx"};
  return total > 0 && total <= 20 && kCanonical[total] == r ? total : 0;
}

}  // namespace

// Parses a list marker at p: "1." "1)" "1.)" (number) or "a." (letter), followed by space.
// Returns the kind and sets value/suffix.
BlockSplitter::List BlockSplitter::MarkerAt(std::size_t p, int& value,
                                            std::string_view& suffix) const {
  std::size_t q = p;
  int v = 0;
  while (q < end_ && q - p < 3 && internal::IsAsciiDigit(static_cast<unsigned char>(t_[q]))) {
    v = v * 10 + (t_[q] - '0');
    ++q;
  }
  List kind = List::kNumber;
  if (q == p) {
    // Lower-case roman numerals (i. ii. iii.) once a list starts with "i", else one letter.
    std::size_t r = q;
    while (r < end_ && r - q < 5 && (t_[r] == 'i' || t_[r] == 'v' || t_[r] == 'x')) ++r;
    int roman = r > q ? RomanValue(t_.substr(q, r - q)) : 0;
    if (roman > 0 && (list_ == List::kRoman || (list_ == List::kNone && roman == 1)) &&
        (r >= end_ || !internal::IsAsciiAlpha(static_cast<unsigned char>(t_[r])))) {
      v = roman;
      q = r;
      kind = List::kRoman;
    } else if (q < end_ && internal::IsAsciiLower(static_cast<unsigned char>(t_[q]))) {
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
  if (q < end_ && t_[q] == ')') ++q;
  if (q == s) return List::kNone;
  if (q < end_ && !IsSpaceAt(t_, q)) return List::kNone;
  value = v;
  suffix = t_.substr(s, q - s);
  return kind;
}

void BlockSplitter::StartSentence(std::size_t p) {
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

// Counts dots of a spaced ellipsis ". . ." starting at p; sets `after` past the last dot.
int BlockSplitter::SpacedDots(std::size_t p, std::size_t& after) const {
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

bool BlockSplitter::IsSpacedEllipsisAt(std::size_t p) const {
  return p + 2 < end_ && t_[p] == '.' && t_[p + 1] == ' ' && t_[p + 2] == '.';
}

// Upper-case Latin letter, possibly after an opening quote.
bool BlockSplitter::StartsUpper(std::size_t n) const {
  char32_t c = CpAt(t_, n);
  if (internal::IsQuoteOpener(c)) c = CpAt(t_, n + LenAt(t_, n));
  return internal::IsLatinUpper(c);
}

bool BlockSplitter::NextIsStarter(std::size_t n) const {
  while (n < end_ && internal::IsOpener(CpAt(t_, n))) n += LenAt(t_, n);
  std::size_t e = n;
  while (e < end_ && internal::IsAsciiAlpha(static_cast<unsigned char>(t_[e]))) ++e;
  return e > n && internal::IsSentenceStarter(t_.substr(n, e - n));
}

// A Korean-style date "2015. 2. 3." : the number word at wb (1-2 digits) follows "digits. ".
bool BlockSplitter::IsDatePart(std::size_t wb) const {
  std::size_t p = wb;
  std::size_t e = wb;
  while (e < end_ && internal::IsAsciiDigit(static_cast<unsigned char>(t_[e]))) ++e;
  if (e - p == 0 || e - p > 2 || p < 3 + sent_start_ || t_[p - 1] != ' ' || t_[p - 2] != '.')
    return false;
  return internal::IsAsciiDigit(static_cast<unsigned char>(t_[p - 3]));
}

bool BlockSplitter::IsDigitLike(char32_t c) {
  return internal::IsAsciiDigit(c) || (c >= 0xFF10 && c <= 0xFF19);
}

bool BlockSplitter::IsExpectedMarkerAt(std::size_t n) const {
  int value = 0;
  std::string_view suffix;
  return MarkerAt(n, value, suffix) == list_ && value == list_next_ && suffix == list_suffix_;
}

// The word before wb is a number or a clock time: "6", "6:30".
bool BlockSplitter::AfterNumber(std::size_t wb) const {
  std::size_t pe = wb;
  while (pe > sent_start_ && IsSpaceAt(t_, pe - 1)) --pe;
  if (pe == wb) return false;
  std::size_t pb = WordBegin(pe);
  return IsNumberWord(t_.substr(pb, pe - pb));
}

bool BlockSplitter::NextIsCalendarWord(std::size_t n) const {
  std::size_t e = n;
  while (e < end_ && internal::IsAsciiAlpha(static_cast<unsigned char>(t_[e]))) ++e;
  return internal::IsCalendarWord(t_.substr(n, e - n));
}

bool BlockSplitter::IsListMarkerAt(std::size_t n) const {
  int value = 0;
  std::string_view suffix;
  return MarkerAt(n, value, suffix) == List::kNumber;
}

int BlockSplitter::WordsBetween(std::size_t b, std::size_t e) const {
  int words = 0;
  bool in_word = false;
  for (std::size_t p = b; p < e; ++p) {
    bool space = t_[p] == ' ' || t_[p] == '\t' || t_[p] == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A single period at i followed by whitespace, next word at n.
bool BlockSplitter::DecidePeriod(std::size_t i, char32_t prev, std::size_t n) const {
  if (utf8::IsHangulSyllable(prev)) return !InKoreanPeriodList(i, n);
  if (IsSpacedEllipsisAt(n)) {  // "compounds. . . . The practice"
    std::size_t after = n;
    int dots = SpacedDots(n, after);
    std::size_t m = SkipSpace(after);
    return dots >= 3 && m > after && m < end_ && StartsUpper(m);
  }
  char32_t next = CpAt(t_, n);
  if (list_ != List::kNone && list_ != List::kBullet && IsExpectedMarkerAt(n)) return true;
  if (internal::IsLatinLower(next)) return false;
  std::size_t wb = WordBegin(i);
  if (wb < content_start_) wb = content_start_;  // "⁃9." after a bullet
  while (wb < i && internal::IsOpener(CpAt(t_, wb))) wb += LenAt(t_, wb);
  std::string_view word = t_.substr(wb, i - wb);
  if (word.empty()) return true;
  if (ContainsHangul(word)) return true;  // "승).", "했다[2]." end Korean sentences
  bool next_digit = internal::IsAsciiDigit(next);
  if (wb == content_start_ && word.size() <= 4) {
    int value = 0;
    std::string_view suffix;
    if (MarkerAt(wb, value, suffix) != List::kNone) return false;  // "1. The first item"
  }
  if (IsNumberWord(word)) return !next_digit && !IsDatePart(wb);
  if (internal::IsTitle(word)) return false;
  if ((internal::IsNumberPrefix(word) || internal::IsMonthAbbreviation(word)) && next_digit)
    return false;
  if (word.size() == 1 && internal::IsAsciiLower(static_cast<unsigned char>(word[0]))) return false;
  int before = WordsBetween(sent_start_, wb);
  if (internal::IsTimeAbbreviation(word) && AfterNumber(wb)) {
    // "left at 6 P.M. Travelers who": a time ends a sentence before a capitalised word
    // other than a weekday, month or zone ("at 9 a.m. Monday"); "At 5 a.m. Mr." stays.
    return before >= 3 && StartsUpper(n) && !NextIsCalendarWord(n);
  }
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

}  // namespace kobi::tokenize::internal
