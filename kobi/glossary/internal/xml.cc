// Small XML reader; see xml.h.
#include "kobi/glossary/internal/xml.h"

#include "kobi/core/error.h"
#include "kobi/core/utf8.h"

namespace kobi::glossary::internal {
namespace {

class Parser {
 public:
  Parser(std::string_view text, std::string_view file) : s_(text), file_(file) {}

  XmlNode Document() {
    SkipMisc();
    if (AtEnd() || Peek() != '<') Fail("expected the root element");
    XmlNode root = Element(0);
    SkipMisc();
    if (!AtEnd()) Fail("content after the root element");
    return root;
  }

 private:
  [[noreturn]] void Fail(const std::string& msg) const { throw InputError(file_, line_, msg); }
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return s_[pos_]; }
  bool StartsWith(std::string_view p) const { return s_.substr(pos_, p.size()) == p; }
  void Advance(std::size_t n) {
    for (std::size_t i = 0; i < n && pos_ < s_.size(); ++i) {
      if (s_[pos_++] == '\n') ++line_;
    }
  }
  void SkipTo(std::string_view end, const char* what) {
    std::size_t p = s_.find(end, pos_);
    if (p == std::string_view::npos) Fail(std::string("unterminated ") + what);
    Advance(p + end.size() - pos_);
  }
  void SkipSpace() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')) {
      Advance(1);
    }
  }
  // Prolog, comments, PIs, DOCTYPE and whitespace between top-level constructs.
  void SkipMisc() {
    if (StartsWith("\xEF\xBB\xBF")) Advance(3);
    while (true) {
      SkipSpace();
      if (StartsWith("<?")) {
        SkipTo("?>", "processing instruction");
      } else if (StartsWith("<!--")) {
        SkipTo("-->", "comment");
      } else if (StartsWith("<!DOCTYPE")) {
        int depth = 0;
        while (!AtEnd()) {
          char c = Peek();
          Advance(1);
          if (c == '[') ++depth;
          if (c == ']') --depth;
          if (c == '>' && depth <= 0) break;
        }
      } else {
        return;
      }
    }
  }
  std::string Name() {
    std::size_t b = pos_;
    while (!AtEnd()) {
      char c = Peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/' || c == '=') {
        break;
      }
      Advance(1);
    }
    if (b == pos_) Fail("expected a name");
    return std::string(s_.substr(b, pos_ - b));
  }
  void AppendDecoded(std::string_view raw, std::string& out) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '&') {
        out.push_back(raw[i]);
        continue;
      }
      std::size_t semi = raw.find(';', i);
      if (semi == std::string_view::npos) Fail("'&' without ';' (write &amp;)");
      std::string_view ent = raw.substr(i + 1, semi - i - 1);
      if (ent == "lt") out += '<';
      else if (ent == "gt") out += '>';
      else if (ent == "amp") out += '&';
      else if (ent == "quot") out += '"';
      else if (ent == "apos") out += '\'';
      else if (ent.size() > 1 && ent[0] == '#') {
        unsigned long cp = 0;
        try {
          cp = (ent[1] == 'x' || ent[1] == 'X') ? std::stoul(std::string(ent.substr(2)), nullptr, 16)
                                                : std::stoul(std::string(ent.substr(1)), nullptr, 10);
        } catch (const std::exception&) {
          Fail("bad character reference &" + std::string(ent) + ";");
        }
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          Fail("character reference out of range");
        }
        utf8::Append(out, static_cast<char32_t>(cp));
      } else {
        Fail("unknown entity &" + std::string(ent) + ";");
      }
      i = semi;
    }
  }
  XmlNode Element(int depth) {
    if (depth > 200) Fail("elements nested too deeply");
    XmlNode node;
    node.line = line_;
    Advance(1);  // '<'
    node.name = Name();
    while (true) {
      SkipSpace();
      if (AtEnd()) Fail("unterminated start tag <" + node.name + ">");
      if (StartsWith("/>")) {
        Advance(2);
        return node;
      }
      if (Peek() == '>') {
        Advance(1);
        break;
      }
      std::string attr = Name();
      SkipSpace();
      if (AtEnd() || Peek() != '=') Fail("attribute " + attr + " without a value");
      Advance(1);
      SkipSpace();
      if (AtEnd() || (Peek() != '"' && Peek() != '\'')) Fail("attribute value must be quoted");
      const char quote = Peek();
      Advance(1);
      std::size_t end = s_.find(quote, pos_);
      if (end == std::string_view::npos) Fail("unterminated attribute value");
      std::string value;
      AppendDecoded(s_.substr(pos_, end - pos_), value);
      Advance(end + 1 - pos_);
      node.attributes.emplace_back(std::move(attr), std::move(value));
    }
    // Content.
    while (true) {
      if (AtEnd()) Fail("missing </" + node.name + ">");
      if (StartsWith("</")) {
        Advance(2);
        std::string closing = Name();
        if (closing != node.name) {
          Fail("</" + closing + "> does not close <" + node.name + "> (line " +
               std::to_string(node.line) + ")");
        }
        SkipSpace();
        if (AtEnd() || Peek() != '>') Fail("unterminated end tag");
        Advance(1);
        return node;
      }
      if (StartsWith("<!--")) {
        SkipTo("-->", "comment");
      } else if (StartsWith("<![CDATA[")) {
        Advance(9);
        std::size_t end = s_.find("]]>", pos_);
        if (end == std::string_view::npos) Fail("unterminated CDATA section");
        node.text += s_.substr(pos_, end - pos_);
        Advance(end + 3 - pos_);
      } else if (StartsWith("<?")) {
        SkipTo("?>", "processing instruction");
      } else if (Peek() == '<') {
        node.children.push_back(Element(depth + 1));
      } else {
        std::size_t end = s_.find('<', pos_);
        if (end == std::string_view::npos) end = s_.size();
        AppendDecoded(s_.substr(pos_, end - pos_), node.text);
        Advance(end - pos_);
      }
    }
  }

  std::string_view s_;
  std::string_view file_;
  std::size_t pos_ = 0;
  std::uint64_t line_ = 1;
};

}  // namespace

const std::string* XmlNode::Attr(std::string_view attr) const {
  for (const auto& [k, v] : attributes) {
    if (k == attr) return &v;
  }
  return nullptr;
}

std::string_view XmlNode::LocalName() const {
  std::string_view n = name;
  std::size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

std::string XmlNode::AllText() const {
  std::string out = text;
  for (const auto& c : children) out += c.AllText();
  return out;
}

XmlNode ParseXml(std::string_view text, std::string_view file) {
  return Parser(text, file).Document();
}

}  // namespace kobi::glossary::internal
