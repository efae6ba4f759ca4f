#include "kobi/tokenize/internal/token_format.h"

#include <cstdio>

#include "kobi/core/utf8.h"

namespace kobi::tokenize::internal {
namespace {

void AppendReversibleBody(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\') {
      out += "\\\\";
    } else if (c == kJoiner[0] && s.substr(i, kJoiner.size()) == kJoiner) {
      out += "\\j";
      i += kJoiner.size() - 1;
    } else {
      out += c;
    }
  }
}

// Whitespace (and control characters, which the tokenizer treats as whitespace) as escapes.
void AppendSpaceEscapes(std::string_view s, std::string& out) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    utf8::Decoded d = utf8::Decode(s, pos);
    if (d.cp == ' ') {
      out += "\\s";
    } else if (d.cp == '\t') {
      out += "\\t";
    } else {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u{%X}", static_cast<unsigned>(d.cp));
      out += buf;
    }
    pos += d.length;
  }
}

}  // namespace

void AppendEscaped(std::string_view s, std::string& out) {
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '|':
        out += "&#124;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '[':
        out += "&#91;";
        break;
      case ']':
        out += "&#93;";
        break;
      default:
        out += c;
    }
  }
}

void AppendPieceText(std::string_view text, const Piece& piece, const TokenizeOptions& options,
                     std::string& out) {
  std::string_view s = text.substr(piece.begin, piece.end - piece.begin);
  if (options.reversible) {
    out.append(s);
    return;
  }
  if (piece.flags & Piece::kAggressiveHyphen) {
    out += "@-@";
    return;
  }
  if (piece.flags & Piece::kParticle) out += kJoiner;
  if (options.escape) {
    AppendEscaped(s, out);
  } else {
    out.append(s);
  }
}

void FormatReversible(std::string_view text, const std::vector<Piece>& pieces, std::string& out) {
  std::size_t pos = 0;
  bool first = true;
  auto emit = [&](std::string_view body, bool joined, bool space) {
    if (!first) out += ' ';
    if (!first && joined) out += kJoiner;
    if (space) {
      AppendSpaceEscapes(body, out);
    } else {
      AppendReversibleBody(body, out);
    }
    first = false;
  };
  for (const Piece& p : pieces) {
    std::string_view gap = text.substr(pos, p.begin - pos);
    bool joined = true;
    if (gap == " " && !first) {
      joined = false;
    } else if (!gap.empty()) {
      emit(gap, true, true);
    }
    emit(text.substr(p.begin, p.end - p.begin), joined, false);
    pos = p.end;
  }
  if (pos < text.size()) emit(text.substr(pos), true, true);
}

}  // namespace kobi::tokenize::internal
