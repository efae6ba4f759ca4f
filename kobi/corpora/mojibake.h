// Mojibake detection and repair for corpus text.
//
// Recognises text whose bytes were decoded with the wrong encoding and saved again as UTF-8:
//   - UTF-8 read as Latin-1 / Windows-1252 ("í•œêµ­" for 한국, "cafÃ©" for café): each run of
//     U+0080..U+00FF / CP1252 characters is turned back into bytes and decoded as UTF-8;
//   - CP949 read as Latin-1 ("ÇÑ±¹" for 한국): the run's bytes are decoded as CP949;
//   - UTF-8 read as CP949 ("占쏙옙", Hanja and rare syllables in place of Hangul): the text is
//     encoded back to CP949 (kobi/core/legacy_encoding.h builds the table) and decoded as UTF-8.
// A repair is only accepted when the bytes form valid UTF-8 (or CP949) text; text with U+FFFD or
// the "占쏙옙" signature lost information and cannot be repaired.
//
//   kobi::corpora::MojibakeResult r = kobi::corpora::FixMojibake("í•œêµ­ì–´");
//   // r.status == MojibakeStatus::kRepaired, r.text == "한국어"
#pragma once

#include <string>
#include <string_view>

namespace kobi::corpora {

enum class MojibakeStatus { kClean, kRepaired, kUnrepairable };

struct MojibakeResult {
  MojibakeStatus status = MojibakeStatus::kClean;
  std::string text;  // repaired text (kRepaired), else the input
};

// Thread-safe. The CP949 table is built once, on first need.
MojibakeResult FixMojibake(std::string_view text);

}  // namespace kobi::corpora
