// Fuzz target: every glossary reader (TSV, CSV, TBX, hunalign) either loads the input or throws
// kobi::Error (never crashes); the matcher's spans on arbitrary valid UTF-8 are in bounds, on
// code point boundaries, ordered and non-overlapping; the checker never crashes.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "kobi/core/error.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/formats.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"
#include "kobi/glossary/romanization_checker.h"

namespace {

void CheckSpans(const std::string& s, const std::vector<kobi::glossary::Match>& matches) {
  std::size_t last_end = 0, last_begin = 0;
  for (const auto& m : matches) {
    if (m.span.begin >= m.span.end || m.span.end > s.size()) std::abort();
    if (!kobi::utf8::IsBoundary(s, m.span.begin) || !kobi::utf8::IsBoundary(s, m.span.end)) {
      std::abort();
    }
    // Several entries may share one span; otherwise spans do not overlap.
    if (m.span.begin != last_begin && m.span.begin < last_end) std::abort();
    last_begin = m.span.begin;
    last_end = m.span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  using kobi::glossary::Format;
  for (Format f : {Format::kTsv, Format::kCsv, Format::kTbx, Format::kHunalign}) {
    try {
      kobi::glossary::Glossary g = kobi::glossary::ParseGlossary(s, "fuzz", f);
      // Whatever loaded must serialise and load back.
      for (Format out : {Format::kTsv, Format::kCsv, Format::kTbx2}) {
        kobi::glossary::Glossary back =
            kobi::glossary::ParseGlossary(kobi::glossary::WriteGlossary(g, out), "back", out);
        if (back.size() != g.size()) std::abort();
      }
    } catch (const kobi::Error&) {
    }
  }
  kobi::utf8::Repair(s);
  static const kobi::glossary::Matcher* matcher =
      new kobi::glossary::Matcher(kobi::glossary::Glossary::Default());
  CheckSpans(s, matcher->FindEnglish(s));
  CheckSpans(s, matcher->FindKorean(s));
  static kobi::glossary::RomanizationChecker* checker =
      new kobi::glossary::RomanizationChecker(kobi::glossary::Glossary::Default());
  checker->AddPair(s, s, 1);
  checker->Groups();
  return 0;
}
