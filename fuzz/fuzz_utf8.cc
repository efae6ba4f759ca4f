// Fuzz target: UTF-8 decoding, validation and repair must agree and never read out of bounds.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  bool valid = kobi::utf8::IsValid(s);
  std::string repaired = s;
  std::size_t n = kobi::utf8::Repair(repaired);
  if (!kobi::utf8::IsValid(repaired)) std::abort();
  if (valid != (n == 0)) std::abort();
  if (valid) {
    kobi::NormalizedText norm = kobi::unicode::NormalizeNfc(s);
    kobi::Span all = norm.map.ToOriginal(kobi::Span{0, norm.text.size()});
    if (all.end > s.size()) std::abort();
    kobi::utf8::Trim(s);
  }
  return 0;
}
