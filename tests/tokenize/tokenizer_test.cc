// Tokenizer, detokenizer and normalizer tests: Moses conventions, Korean eojeol and particles,
// reversible round trips (a property over many generated strings).
#include "kobi/tokenize/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "kobi/core/utf8.h"
#include "kobi/tokenize/detokenizer.h"
#include "kobi/tokenize/normalizer.h"

namespace kobi::tokenize {
namespace {

struct TokCase {
  const char* name;
  Lang lang;
  TokenizeOptions options;
  const char* in;
  const char* want;
};

class TokenizeTest : public ::testing::TestWithParam<TokCase> {};

TEST_P(TokenizeTest, Matches) {
  const TokCase& c = GetParam();
  EXPECT_EQ(TokenizeLine(c.in, c.lang, c.options), c.want) << c.name;
}

const TokenizeOptions kDefault{};
const TokenizeOptions kNoEscape{.escape = false};
const TokenizeOptions kAggressive{.aggressive = true};
const TokenizeOptions kParticles{.split_particles = true};

const TokCase kTokCases[] = {
    {"escape", Lang::kEn, kDefault, "Tom & Jerry <b> \"hi\" [x] a|b",
     "Tom &amp; Jerry &lt; b &gt; &quot; hi &quot; &#91; x &#93; a &#124; b"},
    {"no_escape", Lang::kEn, kNoEscape, "Tom & \"Jerry\"", "Tom & \" Jerry \""},
    {"contraction", Lang::kEn, kDefault, "Kim doesn't know.", "Kim doesn &apos;t know ."},
    {"possessive_plural", Lang::kEn, kDefault, "the envoys' talks", "the envoys &apos; talks"},
    {"decade", Lang::kEn, kDefault, "the 1990's crisis", "the 1990 &apos;s crisis"},
    {"comma_number", Lang::kEn, kDefault, "5,300 won, or more", "5,300 won , or more"},
    {"prefix_keep", Lang::kEn, kDefault, "Mr. Moon met Dr. Lee on Jan. 3.",
     "Mr. Moon met Dr. Lee on Jan. 3 ."},
    {"numeric_only", Lang::kEn, kDefault, "No. 1 and No. Two", "No. 1 and No . Two"},
    {"dotted", Lang::kEn, kDefault, "the U.S. Embassy", "the U.S. Embassy"},
    {"lowercase_next", Lang::kEn, kDefault, "approx. five", "approx. five"},
    {"final_period", Lang::kEn, kDefault, "It ended in the U.S.", "It ended in the U.S ."},
    {"multidot", Lang::kEn, kDefault, "Wait...what?", "Wait ... what ?"},
    {"hyphen_kept", Lang::kEn, kDefault, "Kim Jong-un", "Kim Jong-un"},
    {"aggressive", Lang::kEn, kAggressive, "Kim Jong-un's state-run",
     "Kim Jong @-@ un &apos;s state @-@ run"},
    {"currency", Lang::kEn, kDefault, "$3.5 billion (US)", "$ 3.5 billion ( US )"},
    {"quote_end", Lang::kEn, kDefault, "he said.'", "he said . &apos;"},
    {"stray_korean", Lang::kEn, kDefault, "By KH디지털2, Seoul.", "By KH디지털2 , Seoul ."},
    {"ko_eojeol", Lang::kKo, kDefault, "김정은 국무위원장은 “핵”을 말했다.",
     "김정은 국무위원장은 “ 핵 ” 을 말했다 ."},
    {"ko_apostrophe", Lang::kKo, kDefault, "'평화'를", "&apos; 평화 &apos; 를"},
    {"ko_particles", Lang::kKo, kParticles, "김정은은 서울에서 회의가 열렸다.",
     "김정은 ￭은 서울 ￭에서 회의 ￭가 열렸다 ."},
    {"ko_particles_verbs", Lang::kKo, kParticles, "있는 많은 하는 진행하는",
     "있는 많은 하는 진행하는"},
    {"ko_date", Lang::kKo, kDefault, "2015.1.9 오전", "2015.1.9 오전"},
    {"empty", Lang::kEn, kDefault, "", ""},
    {"spaces", Lang::kEn, kDefault, "  a   b\t c  ", "a b c"},
};

INSTANTIATE_TEST_SUITE_P(Cases, TokenizeTest, ::testing::ValuesIn(kTokCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(TokenizeTest, TokensCarrySpans) {
  std::string_view text = "Kim's plan.";
  std::vector<Token> tokens = Tokenize(text, Lang::kEn);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].span.In(text), "Kim");
  EXPECT_EQ(tokens[1].span.In(text), "'s");
  EXPECT_EQ(tokens[1].text, "&apos;s");
  EXPECT_TRUE(tokens[1].joined);
  EXPECT_FALSE(tokens[2].joined);
  EXPECT_EQ(tokens[3].span.In(text), ".");
}

struct DetokCase {
  Lang lang;
  const char* tokens;
  const char* want;
};

TEST(DetokenizeTest, InvertsDefaultTokenization) {
  const DetokCase cases[] = {
      {Lang::kEn, "Mr. Kim &apos;s &quot; plan &quot; ( draft ) costs $ 5 , he said .",
       "Mr. Kim's \"plan\" (draft) costs $5, he said."},
      {Lang::kEn, "state @-@ run media", "state-run media"},
      {Lang::kEn, "the envoys &apos; talks", "the envoys' talks"},
      {Lang::kKo, "김정은 ￭은 “ 핵 ” 을 말했다 .", "김정은은 “핵”을 말했다."},
      {Lang::kKo, "서울 ￭에서 ( 연합뉴스 ) 회의 ￭가 열렸다 .",
       "서울에서 (연합뉴스) 회의가 열렸다."},
  };
  for (const DetokCase& c : cases) EXPECT_EQ(DetokenizeLine(c.tokens, c.lang), c.want) << c.tokens;
}

TEST(DetokenizeTest, RoundTripOnNewsSentences) {
  const char* sentences[] = {
      "Moon Jae-in met Kim Jong-un at Panmunjom, officials said.",
      "\"We will not tolerate it,\" the ministry said in a statement.",
      "Exports rose 5.3 percent to $48.6 billion (about 55 trillion won).",
  };
  for (const char* s : sentences) {
    EXPECT_EQ(DetokenizeLine(TokenizeLine(s, Lang::kEn), Lang::kEn), s);
  }
  const char* ko = "북한은 9일 “미사일 발사는 정당하다”고 주장했다.";
  EXPECT_EQ(DetokenizeLine(TokenizeLine(ko, Lang::kKo, kParticles), Lang::kKo), ko);
}

TEST(ReversibleTest, Format) {
  TokenizeOptions rev{.reversible = true};
  EXPECT_EQ(TokenizeLine("Kim's  plan.", Lang::kEn, rev), "Kim ￭'s ￭\\s\\s ￭plan ￭.");
  EXPECT_EQ(TokenizeLine(" a\\b", Lang::kEn, rev), "\\s ￭a ￭\\\\ ￭b");
}

// Property: DetokenizeReversible(TokenizeLine(x, reversible)) == x for arbitrary valid UTF-8.
TEST(ReversibleTest, RoundTripProperty) {
  const std::vector<std::string> atoms = {
      "a",      "Kim",    "'",  "\"", ".",    "..",  ",",     "5",      "3.5", "-",       "@-@",
      " ",      "  ",     "\t", "\\", "￭",    "\\s", "&",     "김정은", "은",  "“",       "”",
      "\u3000", "\u00A0", "(",  ")",  "U.S.", "Mr.", "don't", "\x01",   "é",   "e\u0301", "한국어"};
  std::mt19937 rng(42);
  TokenizeOptions rev{.reversible = true};
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) s += atoms[rng() % atoms.size()];
    for (Lang lang : {Lang::kEn, Lang::kKo}) {
      TokenizeOptions o = rev;
      o.split_particles = (i % 2) == 0;
      std::string tok = TokenizeLine(s, lang, o);
      auto back = DetokenizeReversible(tok);
      ASSERT_TRUE(back.ok()) << back.error() << " tokens: " << tok;
      ASSERT_EQ(back.value(), s) << "tokens: " << tok;
    }
  }
}

// A line that no reversible tokenization produces is a failure naming the byte, never copied
// through as if it were text.
TEST(ReversibleTest, MalformedLinesAreFailures) {
  const char* bad[] = {"a \\q",        "a\\",    "\\u{}", "\\u{D800}", "\\u{110000}",
                       "\\u{1234567}", "\\u{41", "\\u41", "\\u{4g}",   "a  b",
                       " a",           "a ",     "a ￭",   "￭"};
  for (const char* line : bad) {
    auto r = DetokenizeReversible(line);
    EXPECT_FALSE(r.ok()) << line;
    EXPECT_NE(r.error().find("at byte "), std::string::npos) << line;
  }
  EXPECT_EQ(DetokenizeReversible("a ￭\\u{3000} ￭b").value(), "a\u3000b");
  EXPECT_EQ(DetokenizeReversible("").value(), "");
}

TEST(TokenizeProperties, SpansOnBoundariesAndInOrder) {
  std::mt19937 rng(7);
  const char* alphabet[] = {"a",  "Z",  ".", "'", ",", "-",           " ",
                            "다", "는", "“", "1", "$", "\xE2\x80\xA6"};
  for (int i = 0; i < 2000; ++i) {
    std::string s;
    int n = static_cast<int>(rng() % 16);
    for (int k = 0; k < n; ++k) s += alphabet[rng() % 13];
    std::size_t prev = 0;
    for (const Token& t : Tokenize(s, i % 2 ? Lang::kEn : Lang::kKo, kParticles)) {
      ASSERT_GE(t.span.begin, prev);
      ASSERT_LT(t.span.begin, t.span.end);
      ASSERT_TRUE(utf8::IsBoundary(s, t.span.begin));
      ASSERT_TRUE(utf8::IsBoundary(s, t.span.end));
      prev = t.span.end;
    }
  }
}

TEST(NormalizeTest, FoldsWidthAndQuotesWithOffsets) {
  NormalizeOptions o{.fold_width = true, .unify_quotes = true};
  NormalizedText n = Normalize("“ＫＢＳ”\u3000뉴스", o);
  EXPECT_EQ(n.text, "\"KBS\" 뉴스");
  EXPECT_EQ(n.map.ToOriginal(1), 3u);                      // K
  EXPECT_EQ(n.map.ToOriginal(5), 15u);                     // the space
  EXPECT_EQ(NormalizeString("“ＫＢＳ”", {}), "“ＫＢＳ”");  // nothing but NFC by default
  EXPECT_EQ(NormalizeString("e\u0301", {}), "\u00E9");
  EXPECT_EQ(NormalizeString("\u3131\u2460", o), "\u3131\u2460");  // no NFKC
}

}  // namespace
}  // namespace kobi::tokenize
