#include "kobi/tokenize/unwrap.h"

#include <array>

#include "kobi/core/strings.h"
#include "kobi/tokenize/internal/char_class.h"
#include "kobi/tokenize/sentence_splitter.h"

namespace kobi::tokenize {
namespace {

// Prefixes written with a hyphen (self-made, well-known): a line break after them keeps it.
constexpr std::array<std::string_view, 24> kHyphenPrefixes = {
    "self", "well",  "non",   "co",    "ex",    "anti",   "pro",   "post",
    "pre",  "semi",  "multi", "cross", "half",  "all",    "high",  "low",
    "long", "short", "full",  "so",    "first", "second", "third", "vice"};

bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The lower-cased ASCII word that ends at `end` in text (letters only).
std::string WordBefore(std::string_view text, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && internal::IsAsciiAlpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return AsciiLower(text.substr(b, end - b));
}

}  // namespace

UnwrappedText Unwrap(std::string_view in) {
  UnwrappedText out;
  out.text.reserve(in.size());
  out.map.Add(0, 0);
  std::size_t p = 0;  // start of the input not yet copied
  std::size_t nl = in.find('\n');
  while (nl != std::string_view::npos) {
    // The break region: spaces before the newline, the newline, spaces after it.
    std::size_t b = nl;
    while (b > p && IsHorizontalSpace(in[b - 1])) --b;
    std::size_t e = nl + 1;
    while (e < in.size() && IsHorizontalSpace(in[e])) ++e;
    if (e >= in.size() || in[e] == '\n' || b == 0 || in[b - 1] == '\n') {
      // A blank line or a break at either end of the text: keep the bytes (paragraph break).
      nl = in.find('\n', nl + 1);
      continue;
    }
    // Copy [p, b) verbatim, then the joint.
    bool hyphen =
        b >= 2 && in[b - 1] == '-' && internal::IsAsciiAlpha(static_cast<unsigned char>(in[b - 2]));
    unsigned char next = static_cast<unsigned char>(in[e]);
    std::size_t keep_end = b;
    std::string joint = " ";
    if (hyphen && internal::IsAsciiLower(next)) {
      std::string word = WordBefore(in, b - 1);
      bool prefix = false;
      for (std::string_view x : kHyphenPrefixes) prefix = prefix || word == x;
      if (!prefix) keep_end = b - 1;  // drop the hyphen: "exam-" + "ple"
      joint.clear();
    } else if (hyphen && (internal::IsAsciiDigit(next) || internal::IsAsciiUpper(next))) {
      joint.clear();  // "COVID-" + "19"
    }
    out.text.append(in.substr(p, keep_end - p));
    out.map.Add(out.text.size(), keep_end);
    out.text += joint;
    out.map.Add(out.text.size(), e);
    p = e;
    nl = in.find('\n', e);
  }
  out.text.append(in.substr(p));
  out.map.Add(out.text.size(), in.size());
  return out;
}

std::vector<WrappedSentence> SplitWrapped(std::string_view wrapped, Lang lang) {
  UnwrappedText u = Unwrap(wrapped);
  std::vector<WrappedSentence> out;
  for (const Span& s : SplitSentences(u.text, lang)) {
    out.push_back(WrappedSentence{u.map.ToOriginal(s), std::string(s.In(u.text))});
  }
  return out;
}

}  // namespace kobi::tokenize
