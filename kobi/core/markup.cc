#include "kobi/core/markup.h"

#include <cstdio>

#include "kobi/core/utf8.h"

namespace kobi {

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
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
