// Fuzz target: sentence splitting, tokenization (all modes), detokenization and normalization
// must never crash, and must keep their promises on arbitrary (repaired) UTF-8:
//   - sentence spans are ordered, trimmed, on code point boundaries and cover all non-space;
//   - DetokenizeReversible(TokenizeLine(x, reversible)) == x;
//   - token spans are ordered and on code point boundaries.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "kobi/core/lang.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/detokenizer.h"
#include "kobi/tokenize/normalizer.h"
#include "kobi/tokenize/sentence_splitter.h"
#include "kobi/tokenize/tokenizer.h"

namespace {

void CheckSplit(const std::string& s, kobi::Lang lang) {
  std::size_t prev = 0;
  std::size_t covered_to = 0;
  for (const kobi::Span& span : kobi::tokenize::SplitSentences(s, lang)) {
    if (span.begin >= span.end || span.end > s.size() || span.begin < prev) std::abort();
    if (!kobi::utf8::IsBoundary(s, span.begin) || !kobi::utf8::IsBoundary(s, span.end))
      std::abort();
    if (kobi::utf8::Trim(span.In(s)).size() != span.size()) std::abort();
    // Everything between the previous span and this one is whitespace.
    if (!kobi::utf8::Trim(std::string_view(s).substr(covered_to, span.begin - covered_to)).empty())
      std::abort();
    covered_to = span.end;
    prev = span.end;
  }
  if (!kobi::utf8::Trim(std::string_view(s).substr(covered_to)).empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  kobi::utf8::Repair(s);
  for (kobi::Lang lang : {kobi::Lang::kEn, kobi::Lang::kKo, kobi::Lang::kMixed}) {
    CheckSplit(s, lang);
    kobi::tokenize::TokenizeOptions rev;
    rev.reversible = true;
    rev.split_particles = lang == kobi::Lang::kKo;
    std::string tokens = kobi::tokenize::TokenizeLine(s, lang, rev);
    auto back = kobi::tokenize::DetokenizeReversible(tokens);
    if (!back.ok() || back.value() != s) std::abort();
    kobi::tokenize::TokenizeOptions moses;
    moses.aggressive = true;
    moses.split_particles = true;
    std::string line = kobi::tokenize::TokenizeLine(s, lang, moses);
    kobi::tokenize::DetokenizeLine(line, lang);
    std::size_t prev = 0;
    for (const auto& t : kobi::tokenize::Tokenize(s, lang, moses)) {
      if (t.span.begin < prev || t.span.end <= t.span.begin || t.span.end > s.size()) std::abort();
      if (!kobi::utf8::IsBoundary(s, t.span.begin) || !kobi::utf8::IsBoundary(s, t.span.end))
        std::abort();
      prev = t.span.end;
    }
  }
  kobi::tokenize::NormalizeOptions norm;
  norm.fold_width = true;
  norm.unify_quotes = true;
  kobi::NormalizedText n = kobi::tokenize::Normalize(s, norm);
  if (!kobi::utf8::IsValid(n.text)) std::abort();
  if (n.map.ToOriginal(kobi::Span{0, n.text.size()}).end > s.size()) std::abort();
  return 0;
}
