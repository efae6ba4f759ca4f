// Tests of the pronunciation rewriting (romanize/internal/pronunciation.h): Hangul in,
// pronounced Hangul out. Expected pronunciations follow 표준 발음법 (standard pronunciation
// rules); official romanization examples show them in brackets (e.g. 백마 [뱅마]).
#include "kobi/romanize/internal/pronunciation.h"

#include <gtest/gtest.h>

#include "kobi/romanize/internal/hangul.h"

namespace kobi::romanize::internal {
namespace {

std::string Pron(const char* word, bool noun = false) {
  return FromSyllables(Pronounce(ToSyllables(word), {.noun = noun}));
}

TEST(Pronounce, Table) {
  struct Case {
    const char* word;
    const char* pronounced;
  } cases[] = {
      {"백마", "뱅마"},     {"신문로", "신문노"}, {"종로", "종노"},     {"왕십리", "왕심니"},
      {"별내", "별래"},     {"신라", "실라"},     {"학여울", "항녀울"}, {"알약", "알략"},
      {"해돋이", "해도지"}, {"같이", "가치"},     {"굳히다", "구치다"}, {"좋고", "조코"},
      {"놓다", "노타"},     {"잡혀", "자펴"},     {"낳지", "나치"},     {"벚꽃", "벋꼳"},
      {"독립문", "동님문"}, {"대관령", "대괄령"}, {"월곶", "월곧"},     {"설악", "서락"},
      {"국물", "궁물"},     {"앞문", "암문"},     {"닫는", "단는"},     {"뚫는", "뚤른"},
      {"없어", "업서"},     {"읊어", "을퍼"},     {"않고", "안코"},     {"맑게", "말게"},
  };
  for (const Case& c : cases) EXPECT_EQ(Pron(c.word), c.pronounced) << c.word;
}

TEST(Pronounce, NounsKeepH) {
  EXPECT_EQ(Pron("묵호", true), "묵호");
  EXPECT_EQ(Pron("잡혀", true), "잡혀");
  EXPECT_EQ(Pron("묵호"), "묵호");  // not a verbal suffix: kept even without noun mode
  EXPECT_EQ(Pron("북한"), "북한");
}

TEST(Pronounce, EveryTailIsOneOfSevenFinals) {
  for (int tail = 0; tail < 28; ++tail) {
    for (int lead = 0; lead < 19; ++lead) {
      std::vector<Syllable> word{Syllable{kG, kA, tail}, Syllable{lead, kI, tail}};
      for (const Syllable& s : Pronounce(word)) {
        EXPECT_TRUE(s.tail == kTNone || s.tail == kTG || s.tail == kTN || s.tail == kTD ||
                    s.tail == kTL || s.tail == kTM || s.tail == kTB || s.tail == kTNg)
            << tail << " " << lead;
      }
    }
  }
}

TEST(Hangul, ComposeDecomposeRoundTrip) {
  for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) EXPECT_EQ(Compose(Decompose(cp)), cp);
}

}  // namespace
}  // namespace kobi::romanize::internal
