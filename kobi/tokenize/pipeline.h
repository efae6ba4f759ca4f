// The `kobi tokenize` pipeline for one line of text, for the command, C++ callers and the
// Python module (kobi.tokenize): resolve the language (auto: per line), normalise (NFC and the
// optional foldings, kobi/tokenize/normalizer.h), optionally split into sentences
// (kobi/tokenize/sentence_splitter.h), and tokenize (kobi/tokenize/tokenizer.h). Reversible
// tokenization skips the normalisation: it keeps the input bytes exactly.
//
//   kobi::tokenize::TokenizePipelineOptions o;       // the command's defaults: auto, NFC
//   o.split_sentences = true;
//   std::string out = kobi::tokenize::TokenizePipeline("Mr. Kim came. He left.", o);
//   // "Mr. Kim came .\nHe left ." (one token line per sentence)
//
// Defaults are the command's without flags. Errors: TokenizePipeline throws kobi::UsageError
// for options that contradict each other (reversible with escape = false, a folding or
// sentence splitting), before touching the text.
#pragma once

#include <string>
#include <string_view>

#include "kobi/core/lang.h"
#include "kobi/tokenize/normalizer.h"
#include "kobi/tokenize/tokenizer.h"

namespace kobi::tokenize {

struct TokenizePipelineOptions {
  // kEn or kKo; kOther = auto: each line is Korean if it guesses Korean, else English.
  kobi::Lang lang = kobi::Lang::kOther;
  NormalizeOptions normalize;    // applied first, unless tokenize.reversible
  bool split_sentences = false;  // one token line per sentence, joined by '\n'
  TokenizeOptions tokenize;
};

// The language a line is tokenized as: `lang`, or for kOther the guess (Korean or English).
kobi::Lang TokenizeLang(kobi::Lang lang, std::string_view line);

// Throws UsageError if the options contradict each other (see above).
void CheckTokenizePipelineOptions(const TokenizePipelineOptions& options);

// The output of one input line (no line end): its token line, or with split_sentences the
// token lines of its sentences joined by '\n' (empty for a line without sentences).
std::string TokenizePipeline(std::string_view line, const TokenizePipelineOptions& options);

}  // namespace kobi::tokenize
