#include "kobi/core/markup.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <iterator>

#include "kobi/core/utf8.h"

namespace kobi {

std::string EscapeMarkup(std::string_view text, bool apostrophe) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        if (apostrophe) {
          out += "&apos;";
        } else {
          out += c;
        }
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string EscapeXmlAttribute(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\t':
        out += "&#x9;";
        break;
      case '\n':
        out += "&#xA;";
        break;
      case '\r':
        out += "&#xD;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {
bool XmlCannotCarry(char32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF;
}
}  // namespace

std::string EscapeTmxSegment(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const utf8::Decoded d = utf8::Decode(text, pos);
    const char32_t cp = d.cp;
    if (cp == '&') {
      out += "&amp;";
    } else if (cp == '<') {
      out += "&lt;";
    } else if (cp == '>') {
      out += "&gt;";
    } else if (cp == '\r') {
      out += "&#xD;";
    } else if (cp != utf8::kInvalid && XmlCannotCarry(cp)) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
      out += "<ph type=\"";
      out += kTmxCharPhType;
      out += "\">";
      out += hex;
      out += "</ph>";
    } else {
      out.append(text.substr(pos, d.length));
    }
    pos += d.length;
  }
  return out;
}

}  // namespace kobi

namespace kobi {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};
constexpr NamedEntity kNamedEntities[] = {
#include "kobi/core/data/html_entities.inc"
};

// Windows-1252 for 0x80-0x9F (0 = undefined there).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The character a reference (the text between '&' and ';') stands for; 0 if none.
char32_t Resolve(std::string_view ref) {
  if (ref.size() >= 2 && ref[0] == '#') {
    bool hex = ref[1] == 'x' || ref[1] == 'X';
    std::string_view digits = ref.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return 0;
    std::uint32_t cp = 0;
    auto [ptr, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (ec != std::errc() || ptr != digits.data() + digits.size()) return 0;
    if (cp >= 0x80 && cp <= 0x9F) return kCp1252High[cp - 0x80];
    if (cp < 0x20 || cp == 0x7F || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
    return cp;
  }
  auto it = std::lower_bound(std::begin(kNamedEntities), std::end(kNamedEntities), ref,
                             [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  return it != std::end(kNamedEntities) && it->name == ref ? it->cp : 0;
}

}  // namespace

std::string UnescapeHtmlEntities(std::string_view text, std::size_t* count) {
  std::size_t replaced = 0;
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, amp - i));
    std::size_t semi = text.find(';', amp + 1);
    char32_t cp = 0;
    if (semi != std::string_view::npos && semi - amp <= 12) {
      cp = Resolve(text.substr(amp + 1, semi - amp - 1));
    }
    if (cp == 0) {
      out += '&';
      i = amp + 1;
      continue;
    }
    utf8::Append(out, cp);
    ++replaced;
    i = semi + 1;
  }
  if (count != nullptr) *count = replaced;
  return out;
}

}  // namespace kobi
