// The glossary's XML tree, built from kobi/core/xml_reader.h; see xml.h.
#include "kobi/glossary/internal/xml.h"

#include "kobi/core/error.h"
#include "kobi/core/xml_reader.h"

namespace kobi::glossary::internal {
namespace {

constexpr std::size_t kMaxDepth = 200;  // the tree is walked recursively

class TreeBuilder : public XmlHandler {
 public:
  void Attach(XmlReader* xml) { xml_ = xml; }
  void OnStart(std::string_view name, std::span<const XmlAttribute> attributes) override {
    if (path_.size() >= kMaxDepth) return xml_->Fail("elements nested too deeply");
    XmlNode* node;
    if (path_.empty()) {
      node = &root_;
    } else {
      path_.back()->children.emplace_back();
      node = &path_.back()->children.back();
    }
    node->name.assign(name);
    node->line = xml_->line();
    for (const XmlAttribute& a : attributes) {
      node->attributes.emplace_back(std::string(a.name), std::string(a.value));
    }
    path_.push_back(node);
  }
  void OnEnd(std::string_view /*name*/) override { path_.pop_back(); }
  void OnText(std::string_view text) override {
    if (!path_.empty()) path_.back()->text += text;
  }
  XmlNode TakeRoot() { return std::move(root_); }

 private:
  XmlReader* xml_ = nullptr;
  XmlNode root_;
  // Open elements, root first. A node's children vector grows only while that node is on top
  // of the path (none of its children open), so the pointers on the path stay valid.
  std::vector<XmlNode*> path_;
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
  TreeBuilder builder;
  XmlReader xml(builder);
  builder.Attach(&xml);
  ParseResult<XmlReader::State> fed = xml.Feed(text, /*final=*/true);
  std::move(fed).Take(file, xml.line());  // a failure: InputError(file, line, message)
  return builder.TakeRoot();
}

}  // namespace kobi::glossary::internal
