#include "kobi/tokenize/pipeline.h"

#include "kobi/core/error.h"
#include "kobi/core/span.h"
#include "kobi/tokenize/sentence_splitter.h"

namespace kobi::tokenize {

kobi::Lang TokenizeLang(kobi::Lang lang, std::string_view line) {
  if (lang == kobi::Lang::kEn || lang == kobi::Lang::kKo) return lang;
  return kobi::GuessLang(line) == kobi::Lang::kKo ? kobi::Lang::kKo : kobi::Lang::kEn;
}

void CheckTokenizePipelineOptions(const TokenizePipelineOptions& options) {
  if (options.tokenize.reversible && (!options.tokenize.escape || options.normalize.fold_width ||
                                      options.normalize.unify_quotes || options.split_sentences)) {
    throw UsageError(
        "tokenize: reversible tokenization cannot be combined with escape = false, fold_width, "
        "unify_quotes or split_sentences (it keeps the input bytes exactly)");
  }
}

std::string TokenizePipeline(std::string_view line, const TokenizePipelineOptions& options) {
  CheckTokenizePipelineOptions(options);
  const kobi::Lang lang = TokenizeLang(options.lang, line);
  if (options.tokenize.reversible) return TokenizeLine(line, lang, options.tokenize);
  const std::string text = NormalizeString(line, options.normalize);
  if (!options.split_sentences) return TokenizeLine(text, lang, options.tokenize);
  std::string out;
  for (const Span& s : SplitSentences(text, lang)) {
    if (!out.empty()) out += '\n';
    out += TokenizeLine(s.In(text), lang, options.tokenize);
  }
  return out;
}

}  // namespace kobi::tokenize
