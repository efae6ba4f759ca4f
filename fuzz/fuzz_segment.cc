// Fuzz target: SegmentPage must never crash and must keep its offset contract on any valid
// UTF-8 page (spans in order, non-overlapping, on code point boundaries, trimmed, text equal to
// the span, every non-whitespace byte covered), whichever page language is forced.
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "kobi/core/lang.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/page_segmenter.h"

namespace {

void Check(const std::string& page, std::optional<kobi::Lang> lang) {
  kobi::tokenize::SegmentOptions options;
  options.page_lang = lang;
  std::vector<kobi::tokenize::Segment> segments = kobi::tokenize::SegmentPage(page, options);
  std::vector<bool> covered(page.size(), false);
  std::size_t prev = 0;
  for (const auto& s : segments) {
    if (s.span.begin < prev || s.span.end <= s.span.begin || s.span.end > page.size()) std::abort();
    if (!kobi::utf8::IsBoundary(page, s.span.begin) || !kobi::utf8::IsBoundary(page, s.span.end)) {
      std::abort();
    }
    if (s.text != s.span.In(page) || kobi::utf8::Trim(s.text) != s.text) std::abort();
    if (kobi::tokenize::ZoneName(s.zone).empty()) std::abort();
    for (std::size_t k = s.span.begin; k < s.span.end; ++k) covered[k] = true;
    prev = s.span.end;
  }
  std::size_t pos = 0;
  while (pos < page.size()) {
    kobi::utf8::Decoded d = kobi::utf8::Decode(page, pos);
    if (!kobi::utf8::IsWhitespace(d.cp) && !covered[pos]) std::abort();
    pos += d.length;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string page(reinterpret_cast<const char*>(data), size);
  kobi::utf8::Repair(page);  // the CLI validates or repairs before segmenting
  Check(page, std::nullopt);
  Check(page, kobi::Lang::kEn);
  Check(page, kobi::Lang::kKo);
  return 0;
}
