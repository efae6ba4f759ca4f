// A small XML scanner for TMX's constrained structure: tags with attributes, text with the five
// predefined entities and character references, comments, CDATA and processing instructions.
// No DTD processing and no external entities (nothing is fetched or expanded beyond those).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kobi::corpora::internal {

struct XmlToken {
  enum Kind { kStart, kEnd, kEmpty, kText, kEof, kError } kind = kEof;
  std::string name;                                        // tags
  std::vector<std::pair<std::string, std::string>> attrs;  // start/empty tags, decoded
  std::string text;                                        // text (decoded) or error message
  const std::string* Attr(std::string_view key) const {
    for (const auto& [k, v] : attrs) {
      if (k == key) return &v;
    }
    return nullptr;
  }
};

class XmlScanner {
 public:
  explicit XmlScanner(std::string_view xml) : xml_(xml) {}
  // Next token; comments and processing instructions are skipped; CDATA is text.
  XmlToken Next();

 private:
  XmlToken Error(std::string message);
  bool ReadName(std::string& name);
  void SkipSpace();
  std::string_view xml_;
  std::size_t pos_ = 0;
};

// Decodes &lt; &gt; &amp; &quot; &apos; &#N; &#xN; into out; false (with *error) otherwise.
bool DecodeXmlEntities(std::string_view in, std::string& out, std::string* error);

}  // namespace kobi::corpora::internal
