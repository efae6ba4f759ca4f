#include "kobi/tokenize/tokenizer.h"

#include <array>
#include <cstdint>

#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/abbreviations.h"
#include "kobi/tokenize/internal/particles.h"
#include "kobi/tokenize/internal/token_format.h"

namespace kobi::tokenize {
namespace {

using internal::Piece;

// Character classes of the Moses rules.
enum Cls : std::uint8_t { kSpace, kAlpha, kDigit, kDot, kApos, kBacktick, kComma, kHyphen, kOther };

constexpr std::array<std::uint8_t, 128> MakeAsciiTable() {
  std::array<std::uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    std::uint8_t k = kOther;
    if (c <= 0x20 || c == 0x7F)
      k = kSpace;  // controls are dropped like whitespace
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      k = kAlpha;
    else if (c >= '0' && c <= '9')
      k = kDigit;
    else if (c == '.')
      k = kDot;
    else if (c == '\'')
      k = kApos;
    else if (c == '`')
      k = kBacktick;
    else if (c == ',')
      k = kComma;
    else if (c == '-')
      k = kHyphen;
    t[c] = k;
  }
  return t;
}
constexpr std::array<std::uint8_t, 128> kAscii = MakeAsciiTable();

struct Char {
  char32_t cp;
  std::uint32_t len;
  Cls cls;
};

inline Char ClassAt(std::string_view s, std::size_t pos) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return {c, 1, static_cast<Cls>(kAscii[c])};
  utf8::Decoded d = utf8::Decode(s, pos);
  Cls cls = kOther;
  if (d.cp == utf8::kInvalid)
    cls = kOther;
  else if (utf8::IsHangulSyllable(d.cp))
    cls = kAlpha;
  else if (utf8::IsWhitespace(d.cp))
    cls = kSpace;
  else if (unicode::IsLetter(d.cp))
    cls = kAlpha;
  else if (unicode::IsDigit(d.cp))
    cls = kDigit;
  return {d.cp, static_cast<std::uint32_t>(d.length), cls};
}

inline bool IsAlnum(Cls c) { return c == kAlpha || c == kDigit; }

class PieceBuilder {
 public:
  PieceBuilder(std::string_view text, Lang lang, const TokenizeOptions& options,
               std::vector<Piece>& out)
      : s_(text), english_(lang == Lang::kEn), options_(options), out_(out) {}

  void Run() {
    std::size_t pos = 0;
    const std::size_t n = s_.size();
    // Whole-line start/end (for the Moses apostrophe/comma edge rules).
    line_begin_ = 0;
    while (line_begin_ < n && ClassAt(s_, line_begin_).cls == kSpace)
      line_begin_ += ClassAt(s_, line_begin_).len;
    line_end_ = n;
    while (line_end_ > line_begin_) {
      std::size_t p = line_end_ - 1;
      while (p > line_begin_ && (static_cast<unsigned char>(s_[p]) & 0xC0) == 0x80) --p;
      if (ClassAt(s_, p).cls != kSpace) break;
      line_end_ = p;
    }
    pos = line_begin_;
    prev_ = {0, 0, kSpace};
    while (pos < line_end_) {
      Char c = ClassAt(s_, pos);
      std::size_t next_pos = pos + c.len;
      Char next = next_pos < line_end_ ? ClassAt(s_, next_pos) : Char{0, 0, kSpace};
      Handle(pos, c, next, next_pos);
      prev_ = c;
      pos = next_pos;
    }
    Close();
    FinalPeriods();
    if (options_.split_particles) SplitParticles();
  }

 private:
  void Open(std::size_t pos) {
    if (cur_begin_ == kNone) cur_begin_ = pos;
  }
  void Close(std::size_t end) {
    if (cur_begin_ != kNone && end > cur_begin_) {
      out_.push_back(
          Piece{static_cast<std::uint32_t>(cur_begin_), static_cast<std::uint32_t>(end), 0});
    }
    cur_begin_ = kNone;
  }
  void Close() { Close(cur_end_); }
  void Single(std::size_t pos, std::size_t len, std::uint8_t flags = 0) {
    Close();
    out_.push_back(
        Piece{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + len), flags});
  }
  void Extend(std::size_t pos, std::size_t len) {
    Open(pos);
    cur_end_ = pos + len;
  }

  void Handle(std::size_t pos, const Char& c, const Char& next, std::size_t next_pos) {
    switch (c.cls) {
      case kSpace:
        Close();
        return;
      case kAlpha:
      case kDigit:
      case kBacktick:
        Extend(pos, c.len);
        return;
      case kOther:
        Single(pos, c.len);
        return;
      case kDot: {
        if (in_dots_) {  // continuing a multi-dot run
          out_.back().end = static_cast<std::uint32_t>(pos + 1);
          if (next.cls != kDot) in_dots_ = false;
          return;
        }
        if (next.cls == kDot) {
          Single(pos, 1, Piece::kDotMulti);
          in_dots_ = true;
          return;
        }
        if (!english_ && utf8::IsHangulSyllable(prev_.cp) && next.cls == kAlpha) {
          Single(pos, 1);  // Korean sentence glued to the next: 열었다.회의에서는
          return;
        }
        Extend(pos, 1);
        return;
      }
      case kComma: {
        bool keep = prev_.cls == kDigit && next.cls == kDigit && pos > line_begin_;
        if (pos == line_begin_ && next.cls == kDigit) keep = true;
        if (keep)
          Extend(pos, 1);
        else
          Single(pos, 1);
        return;
      }
      case kHyphen: {
        if (options_.aggressive && IsAlnum(prev_.cls) && IsAlnum(next.cls) && cur_begin_ != kNone &&
            cur_end_ == pos) {
          Single(pos, 1, Piece::kAggressiveHyphen);
          return;
        }
        Extend(pos, 1);
        return;
      }
      case kApos: {
        bool at_edge = pos == line_begin_ || next_pos >= line_end_;
        if (!english_) {
          Single(pos, 1);
          return;
        }
        if (at_edge) {
          // Moses' regexes need a character on both sides; ".'" at the very end splits.
          if (next_pos >= line_end_ && prev_.cls == kDot && cur_begin_ != kNone) {
            Single(pos, 1);
          } else {
            Extend(pos, 1);
          }
          return;
        }
        bool pa = prev_.cls == kAlpha, pn = prev_.cls == kDigit, na = next.cls == kAlpha;
        if (pa && na) {  // don't -> don 't
          // Moses applies this as one global regex whose matches cannot overlap: in
          // "shouldn't've" the "t" is consumed by the first match, so "t've" stays glued.
          if (pos == rule4_consumed_end_) {
            Extend(pos, 1);
            return;
          }
          rule4_consumed_end_ = next_pos + next.len;
          Close();
          Extend(pos, 1);
        } else if (pn && next.cp == 's') {  // 1990's -> 1990 's
          Close();
          Extend(pos, 1);
        } else if (pn && na) {
          Extend(pos, 1);
        } else {
          Single(pos, 1);
        }
        return;
      }
    }
  }

  // Moses' word-final period rule over the finished pieces.
  void FinalPeriods() {
    std::size_t count = out_.size();
    for (std::size_t i = 0; i < count; ++i) {
      Piece& p = out_[i];
      if (p.flags != 0 || p.end - p.begin < 2 || s_[p.end - 1] != '.') continue;
      std::string_view pre = s_.substr(p.begin, p.end - 1 - p.begin);
      bool split = true;
      if (i + 1 < count) {
        bool has_dot_alpha = false;
        if (pre.find('.') != std::string_view::npos) {
          for (std::size_t k = 0; k < pre.size(); ++k) {
            Cls c = ClassAt(pre, k).cls;
            if (c == kAlpha) {
              has_dot_alpha = true;
              break;
            }
          }
        }
        int prefix = internal::MosesNonbreakingPrefix(pre);
        const Piece& nx = out_[i + 1];
        Char nc = ClassAt(s_, nx.begin);
        bool next_lower = nc.cls == kAlpha &&
                          (nc.cp < 0x80 ? (nc.cp >= 'a' && nc.cp <= 'z') : unicode::IsLower(nc.cp));
        bool next_digit = nc.cp >= '0' && nc.cp <= '9';
        if (has_dot_alpha || prefix == 1 || next_lower)
          split = false;
        else if (prefix == 2 && next_digit)
          split = false;
      }
      if (split) p.flags |= Piece::kSplitPeriod;
    }
    // Materialise split periods as their own pieces.
    std::vector<Piece> result;
    bool any = false;
    for (const Piece& p : out_) any = any || (p.flags & Piece::kSplitPeriod);
    if (!any) return;
    result.reserve(out_.size() + 4);
    for (Piece p : out_) {
      if (p.flags & Piece::kSplitPeriod) {
        p.flags &= ~Piece::kSplitPeriod;
        result.push_back(Piece{p.begin, p.end - 1, p.flags});
        result.push_back(Piece{p.end - 1, p.end, 0});
      } else {
        result.push_back(p);
      }
    }
    out_.swap(result);
  }

  void SplitParticles() {
    std::vector<Piece> result;
    result.reserve(out_.size() + out_.size() / 2);
    for (const Piece& p : out_) {
      std::string_view w = s_.substr(p.begin, p.end - p.begin);
      std::size_t cut = p.flags == 0 && static_cast<unsigned char>(w.back()) >= 0x80
                            ? internal::ParticleStart(w)
                            : w.size();
      if (cut < w.size()) {
        result.push_back(Piece{p.begin, static_cast<std::uint32_t>(p.begin + cut), 0});
        result.push_back(Piece{static_cast<std::uint32_t>(p.begin + cut), p.end, Piece::kParticle});
      } else {
        result.push_back(p);
      }
    }
    out_.swap(result);
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::string_view s_;
  bool english_;
  const TokenizeOptions& options_;
  std::vector<Piece>& out_;
  std::size_t line_begin_ = 0, line_end_ = 0;
  std::size_t cur_begin_ = kNone, cur_end_ = 0;
  bool in_dots_ = false;
  std::size_t rule4_consumed_end_ = kNone;
  Char prev_{0, 0, kSpace};
};

}  // namespace

namespace internal {
void BuildPieces(std::string_view text, Lang lang, const TokenizeOptions& options,
                 std::vector<Piece>& out) {
  out.clear();
  PieceBuilder(text, lang, options, out).Run();
}
}  // namespace internal

std::vector<Token> Tokenize(std::string_view text, Lang lang, const TokenizeOptions& options) {
  std::vector<Piece> pieces;
  internal::BuildPieces(text, lang, options, pieces);
  std::vector<Token> tokens;
  tokens.reserve(pieces.size());
  std::size_t prev_end = static_cast<std::size_t>(-1);
  for (const Piece& p : pieces) {
    Token t;
    t.span = Span{p.begin, p.end};
    t.joined = p.begin == prev_end;
    t.particle = (p.flags & Piece::kParticle) != 0;
    internal::AppendPieceText(text, p, options, t.text);
    tokens.push_back(std::move(t));
    prev_end = p.end;
  }
  return tokens;
}

std::string TokenizeLine(std::string_view text, Lang lang, const TokenizeOptions& options) {
  thread_local std::vector<Piece> pieces;
  internal::BuildPieces(text, lang, options, pieces);
  std::string out;
  out.reserve(text.size() + text.size() / 4 + 8);
  if (options.reversible) {
    internal::FormatReversible(text, pieces, out);
    return out;
  }
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) out += ' ';
    internal::AppendPieceText(text, pieces[i], options, out);
  }
  return out;
}

}  // namespace kobi::tokenize
