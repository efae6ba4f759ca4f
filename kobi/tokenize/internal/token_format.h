// Internal representation of tokens as byte ranges ("pieces") and their output formats.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"
#include "kobi/tokenize/tokenizer.h"

namespace kobi::tokenize::internal {

struct Piece {
  enum : std::uint8_t {
    kDotMulti = 1,          // a run of two or more dots
    kAggressiveHyphen = 2,  // printed as @-@
    kParticle = 4,          // a Korean particle split off its eojeol (printed with the joiner)
    kSplitPeriod = 8,       // transient: the final period is to be split off
  };
  std::uint32_t begin;
  std::uint32_t end;
  std::uint8_t flags;
};

// Splits one line into pieces (tokenizer.cc).
void BuildPieces(std::string_view text, kobi::Lang lang, const TokenizeOptions& options,
                 std::vector<Piece>& out);

// Appends the printed form of a piece (escaped unless !options.escape or options.reversible).
void AppendPieceText(std::string_view text, const Piece& piece, const TokenizeOptions& options,
                     std::string& out);

// Appends the reversible form of the whole line (see tokenizer.h).
void FormatReversible(std::string_view text, const std::vector<Piece>& pieces, std::string& out);

// Appends s with the Moses XML escapes.
void AppendEscaped(std::string_view s, std::string& out);

}  // namespace kobi::tokenize::internal
