#include "kobi/tokenize/sentence_splitter.h"

#include "kobi/tokenize/internal/block_splitter.h"

namespace kobi::tokenize {

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
      internal::BlockSplitter(text, block, nl, lang, out).Run();
      block = q;
    }
    p = q;
  }
  internal::BlockSplitter(text, block, text.size(), lang, out).Run();
  return out;
}

}  // namespace kobi::tokenize
