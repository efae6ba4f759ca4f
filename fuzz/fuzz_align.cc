// Fuzz target for kobi::align: the bead-file and dictionary parsers must either accept input or
// throw kobi::InputError; the aligner must return a valid alignment (every sentence once, in
// order, scores in [0, 1]) for any pair of sentence lists; number extraction and phonetic keys
// must keep their spans inside the input.
//
// The first byte picks the mode; the rest is the input. For alignment, lines before the first
// 0x01 byte are the English side and lines after it the Korean side.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/align/aligner.h"
#include "kobi/align/bead_io.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/eval_metrics.h"
#include "kobi/align/name_matcher.h"
#include "kobi/align/number_normalizer.h"
#include "kobi/align/pair_scorer.h"
#include "kobi/core/error.h"

namespace {

std::vector<std::string> Lines(std::string_view s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < s.size() && out.size() < 200) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    out.emplace_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

void CheckAlignment(const kobi::align::Alignment& a, int n, int m) {
  int i = 0, j = 0;
  for (const auto& b : a.beads) {
    if (b.en.empty() && b.ko.empty()) std::abort();
    for (int x : b.en) {
      if (x != i++) std::abort();
    }
    for (int y : b.ko) {
      if (y != j++) std::abort();
    }
    if (!(b.score >= 0.0 && b.score <= 1.0)) std::abort();
  }
  if (i != n || j != m) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0: {
      try {
        auto beads = kobi::align::ParseBeads(input, "fuzz");
        auto c = kobi::align::CountBeads(beads, beads);
        if (c.precision.fp_strict != 0) std::abort();
        for (const auto& b : beads) {
          auto again = kobi::align::ParseBeads(kobi::align::FormatBead(b, false), "fuzz");
          if (again.size() != 1 || !(again[0] == b)) std::abort();
        }
      } catch (const kobi::InputError&) {
      }
      break;
    }
    case 1: {
      try {
        kobi::align::Dictionary::Parse(input, "fuzz");
      } catch (const kobi::InputError&) {
      }
      break;
    }
    case 2: {
      std::size_t sep = input.find('\x01');
      std::string_view en = input.substr(0, sep);
      std::string_view ko =
          sep == std::string_view::npos ? std::string_view() : input.substr(sep + 1);
      auto e = Lines(en), k = Lines(ko);
      kobi::align::AlignOptions options;
      CheckAlignment(kobi::align::AlignSentences(e, k, options), static_cast<int>(e.size()),
                     static_cast<int>(k.size()));
      options.source = options.target = kobi::Lang::kOther;
      CheckAlignment(kobi::align::AlignSentences(e, k, options), static_cast<int>(e.size()),
                     static_cast<int>(k.size()));
      auto pages = kobi::align::AlignPages(en, ko, {});
      CheckAlignment(pages.alignment, static_cast<int>(pages.en.size()),
                     static_cast<int>(pages.ko.size()));
      break;
    }
    default: {
      for (kobi::Lang lang : {kobi::Lang::kEn, kobi::Lang::kKo, kobi::Lang::kOther}) {
        for (const auto& m : kobi::align::ExtractNumbers(input, lang)) {
          if (m.span.begin > m.span.end || m.span.end > input.size()) std::abort();
        }
      }
      kobi::align::PhoneticKey(input);
      kobi::align::KoreanStems(input);
      static const kobi::align::PairScorer scorer;
      double p = scorer.Score(input, input);
      if (!(p >= 0.0 && p <= 1.0)) std::abort();
      break;
    }
  }
  return 0;
}
