#include "kobi/tokenize/pipeline.h"

#include <gtest/gtest.h>

#include <string>

#include "kobi/core/error.h"
#include "kobi/tokenize/normalizer.h"
#include "kobi/tokenize/tokenizer.h"

namespace kobi::tokenize {
namespace {

TEST(TokenizePipelineTest, DefaultsGuessTheLanguagePerLineAndNormalise) {
  TokenizePipelineOptions o;
  EXPECT_EQ(TokenizePipeline("Mr. Kim's plan isn't new.", o),
            "Mr. Kim &apos;s plan isn &apos;t new .");
  EXPECT_EQ(TokenizePipeline("김정은은 말했다.", o), "김정은은 말했다 .");
  // NFC first: a decomposed 한 (U+1112 U+1161 U+11AB) is tokenized as the composed one.
  EXPECT_EQ(TokenizePipeline("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB.", o), "한 .");
  o.normalize.nfc = false;
  EXPECT_EQ(TokenizePipeline("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB.", o),
            TokenizeLine("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB.", Lang::kKo));
}

TEST(TokenizePipelineTest, TokenizeLangResolvesAuto) {
  EXPECT_EQ(TokenizeLang(Lang::kOther, "서울에서 만났다"), Lang::kKo);
  EXPECT_EQ(TokenizeLang(Lang::kOther, "They met"), Lang::kEn);
  EXPECT_EQ(TokenizeLang(Lang::kOther, ""), Lang::kEn);
  EXPECT_EQ(TokenizeLang(Lang::kKo, "They met"), Lang::kKo);
  EXPECT_EQ(TokenizeLang(Lang::kEn, "서울에서"), Lang::kEn);
}

TEST(TokenizePipelineTest, FoldingsAndSentencesAreTheNormaliserAndSplitterComposed) {
  TokenizePipelineOptions o;
  o.lang = Lang::kEn;
  o.normalize.fold_width = true;
  o.normalize.unify_quotes = true;
  const std::string line = "\xEF\xBC\xA1\xEF\xBC\xA2 said \xE2\x80\x9Cyes\xE2\x80\x9D.";
  EXPECT_EQ(TokenizePipeline(line, o),
            TokenizeLine(NormalizeString(line, o.normalize), Lang::kEn, o.tokenize));
  TokenizePipelineOptions s;
  s.split_sentences = true;
  EXPECT_EQ(TokenizePipeline("Mr. Kim came. He left.", s), "Mr. Kim came .\nHe left .");
  EXPECT_EQ(TokenizePipeline("", s), "");
  EXPECT_EQ(TokenizePipeline("", {}), "");
}

TEST(TokenizePipelineTest, ReversibleKeepsTheBytesAndRefusesContradictions) {
  TokenizePipelineOptions o;
  o.tokenize.reversible = true;
  const std::string decomposed = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB  a";
  EXPECT_EQ(TokenizePipeline(decomposed, o), TokenizeLine(decomposed, Lang::kEn, o.tokenize));
  for (int i = 0; i < 4; ++i) {
    TokenizePipelineOptions bad = o;
    if (i == 0) bad.tokenize.escape = false;
    if (i == 1) bad.normalize.fold_width = true;
    if (i == 2) bad.normalize.unify_quotes = true;
    if (i == 3) bad.split_sentences = true;
    EXPECT_THROW(TokenizePipeline("a", bad), UsageError) << i;
    EXPECT_THROW(CheckTokenizePipelineOptions(bad), UsageError) << i;
  }
  EXPECT_NO_THROW(CheckTokenizePipelineOptions(o));
}

}  // namespace
}  // namespace kobi::tokenize
