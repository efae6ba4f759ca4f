// The glossary's view of an XML document (TBX): a small tree of elements, built from the events
// of kobi/core/xml_reader.h (libexpat). Private to kobi::glossary. What is accepted is what that
// reader accepts: the five predefined entities and character references, CDATA sections,
// comments and processing instructions skipped, a DOCTYPE allowed but never followed (no
// external entities, entity declarations refused), names kept as written ("xml:lang").
// Malformed input throws InputError naming the file and line.
//
//   XmlNode root = ParseXml("<a x='1'>t<b/></a>", "f.xml");
//   // root.name == "a", *root.Attr("x") == "1", root.text == "t", root.children[0].name == "b"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kobi::glossary::internal {

struct XmlNode {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<XmlNode> children;
  std::string text;        // character data directly inside this element, concatenated
  std::uint64_t line = 0;  // line of the start tag

  const std::string* Attr(std::string_view attr) const;
  // Name without a namespace prefix ("tbx:term" -> "term").
  std::string_view LocalName() const;
  // Concatenated character data of this element and all descendants.
  std::string AllText() const;
};

// Parses a document and returns its root element.
XmlNode ParseXml(std::string_view text, std::string_view file);

}  // namespace kobi::glossary::internal
