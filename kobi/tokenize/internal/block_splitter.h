// The sentence splitter's scanner over one paragraph block (private to kobi::tokenize).
//
// SplitSentences (kobi/tokenize/sentence_splitter.h) runs one BlockSplitter per block of text
// between blank lines; it appends trimmed sentence spans to `out`. The member functions live in
// three files: block_splitter.cc (the scan, terminal punctuation, closers, spaces),
// block_splitter_en.cc (periods after words and numbers, times, list markers) and
// block_splitter_ko.cc (Korean endings without punctuation, quotatives, emoticons, dialogue).
//
//   std::vector<kobi::Span> out;
//   internal::BlockSplitter(text, 0, text.size(), kobi::Lang::kKo, out).Run();
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"
#include "kobi/core/span.h"

namespace kobi::tokenize::internal {

class BlockSplitter {
 public:
  BlockSplitter(std::string_view text, std::size_t begin, std::size_t end, Lang lang,
                std::vector<Span>& out)
      : t_(text.substr(0, end)),
        begin_(begin),
        end_(end),
        lang_(lang),
        out_(out),
        first_(out.size()) {}

  void Run();

 private:
  enum class List { kNone, kNumber, kAlpha, kRoman, kBullet };

  std::size_t SkipSpace(std::size_t p) const;

  void Emit(std::size_t b, std::size_t e);

  static bool HasWordChar(std::string_view s);

  // A Korean quotative particle written apart from its closing quote: “...했다.” 고 말했다.
  bool IsDetachedQuotative(std::size_t n) const;

  // Ends the current sentence at `end` and starts the next at `next`.
  void Boundary(std::size_t end, std::size_t next);

  // Parses a list marker at p: "1." "1)" "1.)" (number) or "a." (letter), followed by space.
  // Returns the kind and sets value/suffix.
  List MarkerAt(std::size_t p, int& value, std::string_view& suffix) const;

  void StartSentence(std::size_t p);

  // Whitespace at i: list items without end punctuation, unpunctuated Korean endings.
  std::size_t HandleSpace(std::size_t i);

  // A dialogue line glued to the previous one: `원빈:"..."동원:"..."`. At the ':' at i, a
  // speaker name of 1-5 Hangul syllables right after a closing quote or bracket starts a
  // sentence.
  void SpeakerLabel(std::size_t i);

  // An emoticon run starting at i right after a Korean final ending and glued to the next
  // Hangul word: returns the end of the run, or i.
  std::size_t GluedEmoticonEnd(std::size_t i) const;

  // The eojeol at n continues a Korean sentence (하고, 라는, 싶었는데, 밝혔다).
  bool ContinuesAt(std::size_t n) const;

  // Korean without punctuation: does the eojeol before the space at i close a sentence, given
  // the word at j? Final endings (했다, 좋아요, 했음, 해유) unless a verb of saying, an
  // auxiliary or a particle follows; an emoticon after text (좋아요ㅎㅎ, ㅋㅋㅋ) closes it.
  bool KoreanEndsAt(std::size_t i, std::size_t j) const;

  std::size_t WordBegin(std::size_t p) const;

  std::size_t ConsumeClosers(std::size_t p) const;

  // Counts dots of a spaced ellipsis ". . ." starting at p; sets `after` past the last dot.
  int SpacedDots(std::size_t p, std::size_t& after) const;

  bool IsSpacedEllipsisAt(std::size_t p) const;

  // Upper-case Latin letter, possibly after an opening quote.
  bool StartsUpper(std::size_t n) const;

  bool NextIsStarter(std::size_t n) const;

  // A Korean-style date "2015. 2. 3." : the number word at wb (1-2 digits) follows "digits. ".
  bool IsDatePart(std::size_t wb) const;

  static bool IsDigitLike(char32_t c);

  bool IsExpectedMarkerAt(std::size_t n) const;

  // The word before wb is a number or a clock time: "6", "6:30".
  bool AfterNumber(std::size_t wb) const;

  bool NextIsCalendarWord(std::size_t n) const;

  bool IsListMarkerAt(std::size_t n) const;

  int WordsBetween(std::size_t b, std::size_t e) const;

  std::size_t HandleTerminal(std::size_t i);

  // After a Korean sentence, a short parenthetical without sentence punctuation followed by
  // more text belongs to the sentence before it: "...하다. (6회 우승) 또한 ...". Returns the
  // end of that parenthetical, or n when there is none.
  std::size_t AnnotationEnd(std::size_t i, std::size_t n) const;

  // The position before trailing closers/footnotes that precede i ("승)" -> after 승).
  std::size_t WordEndBefore(std::size_t i) const;

  bool Decide(std::size_t i, char32_t prev, int dots, int marks, int ellipses, int stops,
              std::size_t n) const;

  // A short Hangul noun (no final ending) at [b, e): 국어, 영어, 수학.
  bool IsKoreanListItem(std::size_t b, std::size_t e) const;

  // "국어. 영어. 수학": a period after a short noun is not a sentence end when the eojeol
  // before or after it is also such a noun closed by a period.
  bool InKoreanPeriodList(std::size_t i, std::size_t n) const;

  // A single period at i followed by whitespace, next word at n.
  bool DecidePeriod(std::size_t i, char32_t prev, std::size_t n) const;

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

}  // namespace kobi::tokenize::internal
