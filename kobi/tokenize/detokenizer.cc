#include "kobi/tokenize/detokenizer.h"

#include <vector>

#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/particles.h"
#include "kobi/tokenize/tokenizer.h"

namespace kobi::tokenize {
namespace {

std::string Unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'},   {"&#124;", '|'}, {"&lt;", '<'},  {"&gt;", '>'},
          {"&apos;", '\''}, {"&quot;", '"'}, {"&#91;", '['}, {"&#93;", ']'}};
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

bool AllOf(std::string_view w, std::u32string_view set) {
  if (w.empty()) return false;
  std::size_t pos = 0;
  while (pos < w.size()) {
    utf8::Decoded d = utf8::Decode(w, pos);
    if (set.find(d.cp) == std::u32string_view::npos) return false;
    pos += d.length;
  }
  return true;
}

bool IsCurrencyOrOpen(std::string_view w) {
  if (AllOf(w, U"([{¿¡$€£¥₩“‘「『《〈（［【")) return true;
  std::size_t pos = 0;
  while (pos < w.size()) {
    utf8::Decoded d = utf8::Decode(w, pos);
    if (d.cp == utf8::kInvalid || !unicode::IsSymbol(d.cp) ||
        !(d.cp == '$' || (d.cp >= 0x20A0 && d.cp <= 0x20CF) || d.cp == 0xA3 || d.cp == 0xA5))
      return false;
    pos += d.length;
  }
  return true;
}

bool IsClosing(std::string_view w) { return AllOf(w, U",.?!:;\\%}])”’」』》〉）］】…·、。"); }

bool StartsAlpha(std::string_view w) {
  if (w.empty()) return false;
  utf8::Decoded d = utf8::Decode(w, 0);
  return d.cp != utf8::kInvalid && unicode::IsLetter(d.cp);
}
bool EndsAlnum(std::string_view w) {
  if (w.empty()) return false;
  utf8::Decoded d = utf8::DecodeBefore(w, w.size());
  return d.cp != utf8::kInvalid && (unicode::IsLetter(d.cp) || unicode::IsDigit(d.cp));
}

}  // namespace

std::string DetokenizeLine(std::string_view line, Lang lang) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos <= line.size()) {
    std::size_t sp = line.find(' ', pos);
    if (sp == std::string_view::npos) sp = line.size();
    if (sp > pos) words.push_back(Unescape(line.substr(pos, sp - pos)));
    pos = sp + 1;
  }
  std::string out;
  out.reserve(line.size());
  bool english = lang == Lang::kEn;
  std::string_view prepend = "";
  int single_quotes = 0, double_quotes = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (w == "@-@") {  // aggressive hyphen
      out += '-';
      prepend = "";
      continue;
    }
    if (w.substr(0, kJoiner.size()) == kJoiner) {  // particle or glued piece
      out.append(w.substr(kJoiner.size()));
      prepend = " ";
      continue;
    }
    if (!english && i > 0 && AllOf(words[i - 1], U"”’」』》〉)]%\"'") &&
        internal::IsParticleWord(w)) {  // “핵”을, (연합)이
      out += w;
      prepend = " ";
      continue;
    }
    if (IsCurrencyOrOpen(w)) {
      out += prepend;
      out += w;
      prepend = "";
    } else if (IsClosing(w)) {
      out += w;
      prepend = " ";
    } else if (english && i > 0 && w.size() > 1 && w[0] == '\'' && StartsAlpha(w.substr(1)) &&
               EndsAlnum(words[i - 1])) {
      out += w;
      prepend = " ";
    } else if (w == "'" || w == "\"" || w == "`" || w == "``" || w == "''") {
      int& count = w == "'" ? single_quotes : double_quotes;
      if (count % 2 == 0) {
        if (english && w == "'" && i > 0 && !words[i - 1].empty() && words[i - 1].back() == 's') {
          out += w;  // plural possessive: dogs '
          prepend = " ";
        } else {
          out += prepend;
          out += w;
          prepend = "";
          ++count;
        }
      } else {
        out += w;
        prepend = " ";
        ++count;
      }
    } else {
      out += prepend;
      out += w;
      prepend = " ";
    }
  }
  std::string_view trimmed = utf8::Trim(out);
  return std::string(trimmed);
}

ParseResult<std::string> DetokenizeReversible(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  if (line.empty()) return out;
  auto fail = [&](std::size_t at, std::string_view what) {
    return ParseFailure{std::string(what) + " at byte " + std::to_string(at + 1) +
                        " (not `kobi tokenize --reversible` output)"};
  };
  std::size_t pos = 0;
  while (true) {
    std::size_t sp = line.find(' ', pos);
    if (sp == std::string_view::npos) sp = line.size();
    std::string_view w = line.substr(pos, sp - pos);
    bool joined = w.substr(0, kJoiner.size()) == kJoiner;
    if (joined) w.remove_prefix(kJoiner.size());
    // Tokens are separated by one space and never empty (whitespace is an escaped token).
    if (w.empty()) return fail(pos, "empty token");
    if (pos > 0 && !joined) out += ' ';
    std::size_t base = sp - w.size();  // byte offset of w in line
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (w[i] != '\\') {
        out += w[i];
        continue;
      }
      char e = i + 1 < w.size() ? w[i + 1] : '\0';
      if (e == '\\') {
        out += '\\';
        ++i;
        continue;
      }
      if (e == 'j') {
        out += kJoiner;
        ++i;
        continue;
      }
      if (e == 's') {
        out += ' ';
        ++i;
        continue;
      }
      if (e == 't') {
        out += '\t';
        ++i;
        continue;
      }
      if (e != 'u' || i + 2 >= w.size() || w[i + 2] != '{') {
        return fail(base + i, "malformed escape (expected \\\\, \\j, \\s, \\t or \\u{HEX})");
      }
      std::size_t close = w.find('}', i + 3);
      char32_t cp = 0;
      bool ok = close != std::string_view::npos && close > i + 3 && close - i - 3 <= 6;
      for (std::size_t k = i + 3; ok && k < close; ++k) {
        char h = w[k];
        int v = (h >= '0' && h <= '9') ? h - '0' : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
        if (v < 0)
          ok = false;
        else
          cp = cp * 16 + static_cast<char32_t>(v);
      }
      if (!ok || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return fail(base + i,
                    "malformed \\u{HEX} escape (1-6 uppercase hex digits of a code point)");
      }
      utf8::Append(out, cp);
      i = close;
    }
    if (sp == line.size()) break;
    pos = sp + 1;
  }
  return out;
}

}  // namespace kobi::tokenize
