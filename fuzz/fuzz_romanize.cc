// Fuzz target: Romanize in every system and mode, and RomanizationKey, never crash, always
// return valid UTF-8, and never leave a precomposed Hangul syllable in the output.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "kobi/core/utf8.h"
#include "kobi/romanize/romanization_key.h"
#include "kobi/romanize/romanizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  kobi::utf8::Repair(s);  // the library's contract is valid UTF-8 (the CLI validates lines)
  using kobi::romanize::System;
  for (System system : {System::kRevised, System::kTranslit, System::kMcCuneReischauer,
                        System::kMcCuneReischauerAscii}) {
    for (int mode = 0; mode < 4; ++mode) {
      kobi::romanize::RomanizeOptions o;
      o.system = system;
      o.name = mode == 1 || mode == 3;
      o.place = mode == 2;
      o.strict_names = mode == 3;
      o.hyphenate_ambiguous = mode == 0;
      o.omit_unit = mode == 2;
      std::string out = kobi::romanize::Romanize(s, o);
      if (!kobi::utf8::IsValid(out)) std::abort();
      for (std::size_t pos = 0; pos < out.size();) {
        kobi::utf8::Decoded d = kobi::utf8::Decode(out, pos);
        if (kobi::utf8::IsHangulSyllable(d.cp)) std::abort();
        pos += d.length;
      }
    }
  }
  std::string key = kobi::romanize::RomanizationKey(s);
  if (!kobi::utf8::IsValid(key)) std::abort();
  for (char c : key) {
    if (c < 'a' || c > 'z') std::abort();
  }
  return 0;
}
