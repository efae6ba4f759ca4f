// Numbers, dates and amounts normalised across English and Korean.
//
// ExtractNumbers() finds the numeric mentions in one sentence and gives each a language-neutral
// key, so that "February 2013" and "2013년 2월", "1.04 trillion won" and "1조400억 원",
// "70th" and "70주년", "9:30" and "9시 30분" yield the same keys:
//
//   auto en = kobi::align::ExtractNumbers("It fell 3.5% in February 2013.", kobi::Lang::kEn);
//   // keys: "3.5", "m2", "2013"
//   auto ko = kobi::align::ExtractNumbers("2013년 2월 3.5% 떨어졌다.", kobi::Lang::kKo);
//   // keys: "2013", "m2", "3.5"
//
// Values are printed with up to 6 significant digits ("1040000000000" for 1.04 trillion, "0.5"),
// months as "m1".."m12". Number words ("three", "세 명") are marked weak: a translator writes
// "three" as "3" or "세", and "one" is often a pronoun, so a missing weak number is no evidence
// against a pair. Spans are byte offsets into the input; input is UTF-8 (never validated here:
// invalid bytes are skipped).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"
#include "kobi/core/span.h"

namespace kobi::align {

struct NumberMention {
  std::string key;    // normalised value ("2013", "1040000000000", "m2")
  bool weak = false;  // from a number word or a bare single digit; absence is not evidence
  Span span;          // where in the input
};

// Numeric mentions in order of appearance. kEn understands digit groups ("1,040"), decimals,
// scale words (million, billion, trillion, thousand), ordinals ("70th", "first".."tenth"),
// number words (one..twenty, thirty..ninety, hundred), month names and abbreviations.
// kKo understands digits with the units 천/만/억/조 ("1조400억", "5천만", "3만 5천"), month
// "N월" and native/Sino number words before counters ("세 명", "두 번"). Other languages get
// digits only (with "," or "." decimal and group separators read as in the text).
std::vector<NumberMention> ExtractNumbers(std::string_view text, Lang lang);

// Canonical key of a value: integers in full ("1040000000000"), others with up to 6 significant
// digits and no trailing zeros ("3.5", "0.25").
std::string NumberKey(double value);

}  // namespace kobi::align
