#include "kobi/corpora/internal/xml_scan.h"

#include <charconv>

#include "kobi/core/utf8.h"

namespace kobi::corpora::internal {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == ':' || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

bool IsXmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

bool DecodeXmlEntities(std::string_view in, std::string& out, std::string* error) {
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t amp = in.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(in.substr(i));
      break;
    }
    out.append(in.substr(i, amp - i));
    std::size_t semi = in.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 12) {
      *error = "unterminated entity reference";
      return false;
    }
    std::string_view name = in.substr(amp + 1, semi - amp - 1);
    if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "amp") out += '&';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name.size() >= 2 && name[0] == '#') {
      bool hex = name[1] == 'x';
      std::string_view digits = name.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp,
                                       hex ? 16 : 10);
      if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size() ||
          !IsXmlChar(cp)) {
        *error = "bad character reference &" + std::string(name) + ";";
        return false;
      }
      utf8::Append(out, cp);
    } else {
      *error = "unknown entity &" + std::string(name) + ";";
      return false;
    }
    i = semi + 1;
  }
  return true;
}

XmlToken XmlScanner::Error(std::string message) {
  XmlToken t;
  t.kind = XmlToken::kError;
  t.text = std::move(message);
  pos_ = xml_.size();
  return t;
}

void XmlScanner::SkipSpace() {
  while (pos_ < xml_.size() &&
         (xml_[pos_] == ' ' || xml_[pos_] == '\t' || xml_[pos_] == '\n' || xml_[pos_] == '\r')) {
    ++pos_;
  }
}

bool XmlScanner::ReadName(std::string& name) {
  std::size_t start = pos_;
  while (pos_ < xml_.size() && IsNameChar(xml_[pos_])) ++pos_;
  name.assign(xml_.substr(start, pos_ - start));
  return !name.empty();
}

XmlToken XmlScanner::Next() {
  while (true) {
    XmlToken t;
    if (pos_ >= xml_.size()) return t;
    if (xml_[pos_] != '<') {
      std::size_t end = xml_.find('<', pos_);
      if (end == std::string_view::npos) end = xml_.size();
      t.kind = XmlToken::kText;
      std::string error;
      if (!DecodeXmlEntities(xml_.substr(pos_, end - pos_), t.text, &error)) return Error(error);
      pos_ = end;
      return t;
    }
    std::string_view rest = xml_.substr(pos_);
    if (rest.starts_with("<!--")) {
      std::size_t end = xml_.find("-->", pos_ + 4);
      if (end == std::string_view::npos) return Error("unterminated comment");
      pos_ = end + 3;
      continue;
    }
    if (rest.starts_with("<![CDATA[")) {
      std::size_t end = xml_.find("]]>", pos_ + 9);
      if (end == std::string_view::npos) return Error("unterminated CDATA section");
      t.kind = XmlToken::kText;
      t.text.assign(xml_.substr(pos_ + 9, end - pos_ - 9));
      pos_ = end + 3;
      return t;
    }
    if (rest.starts_with("<?") || rest.starts_with("<!")) {
      std::size_t end = xml_.find('>', pos_);
      if (end == std::string_view::npos) return Error("unterminated markup declaration");
      pos_ = end + 1;
      continue;
    }
    ++pos_;
    if (pos_ < xml_.size() && xml_[pos_] == '/') {
      ++pos_;
      t.kind = XmlToken::kEnd;
      if (!ReadName(t.name)) return Error("bad end tag");
      SkipSpace();
      if (pos_ >= xml_.size() || xml_[pos_] != '>') return Error("bad end tag </" + t.name);
      ++pos_;
      return t;
    }
    t.kind = XmlToken::kStart;
    if (!ReadName(t.name)) return Error("bad tag");
    while (true) {
      SkipSpace();
      if (pos_ >= xml_.size()) return Error("unterminated tag <" + t.name);
      if (xml_[pos_] == '>') {
        ++pos_;
        return t;
      }
      if (xml_.substr(pos_).starts_with("/>")) {
        pos_ += 2;
        t.kind = XmlToken::kEmpty;
        return t;
      }
      std::string key;
      if (!ReadName(key)) return Error("bad attribute in <" + t.name);
      SkipSpace();
      if (pos_ >= xml_.size() || xml_[pos_] != '=') return Error("attribute without value in <" + t.name);
      ++pos_;
      SkipSpace();
      if (pos_ >= xml_.size() || (xml_[pos_] != '"' && xml_[pos_] != '\'')) {
        return Error("unquoted attribute in <" + t.name);
      }
      char quote = xml_[pos_++];
      std::size_t end = xml_.find(quote, pos_);
      if (end == std::string_view::npos) return Error("unterminated attribute in <" + t.name);
      std::string value, error;
      if (!DecodeXmlEntities(xml_.substr(pos_, end - pos_), value, &error)) return Error(error);
      t.attrs.emplace_back(std::move(key), std::move(value));
      pos_ = end + 1;
    }
  }
}

}  // namespace kobi::corpora::internal
