// TBX v2/v3 import and export; see tbx.h.
#include "kobi/glossary/internal/tbx.h"

#include <algorithm>

#include "kobi/core/error.h"
#include "kobi/core/markup.h"
#include "kobi/core/strings.h"
#include "kobi/glossary/internal/xml.h"

namespace kobi::glossary::internal {
namespace {

struct Term {
  std::string text;
  bool preferred = false;
  bool alias = false;  // termType names another name, not a spelling (abbreviation, synonym)
};

// ISO 12620 term types that are other names of the concept rather than spellings of the
// preferred term; read as aliases. kobi writes aliases as "synonym".
bool IsAliasTermType(std::string_view t) {
  return t == "synonym" || t == "abbreviation" || t == "acronym" || t == "initialism" ||
         t == "shortForm" || t == "fullForm" || t == "clippedTerm" || t == "commonName";
}

// Terms under a language section, in document order, each with its preferred flag.
void CollectTerms(const XmlNode& node, std::vector<Term>& out) {
  // A term container (tig, ntig, termSec) holds one <term> (maybe inside termGrp) and notes.
  std::string term;
  bool preferred = false;
  bool alias = false;
  bool container = false;
  for (const auto& child : node.children) {
    const std::string_view local = child.LocalName();
    if (local == "term") {
      term = child.AllText();
      container = true;
    } else if (local == "termNote" || local == "admin") {
      const std::string* type = child.Attr("type");
      if (type && (*type == "administrativeStatus" || *type == "normativeAuthorization") &&
          child.AllText().find("preferred") != std::string::npos) {
        preferred = true;
      }
      if (type && *type == "termType" && IsAliasTermType(child.AllText())) alias = true;
    }
  }
  if (container) {
    out.push_back(Term{term, preferred, alias && !preferred});
    return;
  }
  for (const auto& child : node.children) CollectTerms(child, out);
}

void FindEntries(const XmlNode& node, std::vector<const XmlNode*>& out) {
  const std::string_view local = node.LocalName();
  if (local == "termEntry" || local == "conceptEntry") {
    out.push_back(&node);
    return;
  }
  for (const auto& child : node.children) FindEntries(child, out);
}

std::string LangOf(const XmlNode& node) {
  const std::string* lang = node.Attr("xml:lang");
  if (!lang) lang = node.Attr("lang");
  return lang ? AsciiLower(*lang) : "";
}

std::string Indent(int n) { return std::string(static_cast<std::size_t>(n), ' '); }

}  // namespace

std::string WriteTbx(const Glossary& glossary, TbxVersion version) {
  const bool v2 = version == TbxVersion::k2;
  const char* entry_tag = v2 ? "termEntry" : "conceptEntry";
  const char* lang_tag = v2 ? "langSet" : "langSec";
  const char* term_tag = v2 ? "tig" : "termSec";
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (v2) {
    out += "<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">\n";
    out += "<martif type=\"TBX-Basic\" xml:lang=\"en\">\n";
    out +=
        " <martifHeader><fileDesc><sourceDesc><p>kobi glossary</p></sourceDesc>"
        "</fileDesc></martifHeader>\n";
  } else {
    out +=
        "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
        "xmlns=\"urn:iso:std:iso:30042:ed-2\">\n";
    out +=
        " <tbxHeader><fileDesc><sourceDesc><p>kobi glossary</p></sourceDesc>"
        "</fileDesc></tbxHeader>\n";
  }
  out += " <text>\n  <body>\n";
  auto term = [&](std::string_view text, const char* status, bool alias = false) {
    std::string t = Indent(5) + "<" + term_tag + "><term>" +
                    EscapeMarkup(text, /*apostrophe=*/true) + "</term>";
    if (alias) t += "<termNote type=\"termType\">synonym</termNote>";
    if (status) {
      t += "<termNote type=\"administrativeStatus\">" + std::string(status) + "</termNote>";
    }
    return t + "</" + term_tag + ">\n";
  };
  std::size_t id = 0;
  for (const Entry& e : glossary.entries()) {
    out += Indent(3) + "<" + entry_tag + " id=\"e" + std::to_string(++id) + "\">\n";
    out += Indent(4) + "<descrip type=\"subjectField\">" + std::string(EntryTypeName(e.type)) +
           "</descrip>\n";
    if (!e.note.empty()) {
      out += Indent(4) + "<note>" + EscapeMarkup(e.note, /*apostrophe=*/true) + "</note>\n";
    }
    out += Indent(4) + "<" + lang_tag + " xml:lang=\"en\">\n";
    out += term(e.en, "preferredTerm-admn-sts");
    for (const auto& v : e.variants) out += term(v, "admittedTerm-admn-sts");
    for (const auto& v : e.aliases) out += term(v, "admittedTerm-admn-sts", true);
    out += Indent(4) + "</" + lang_tag + ">\n";
    out += Indent(4) + "<" + lang_tag + " xml:lang=\"ko\">\n" + term(e.ko, nullptr) + Indent(4) +
           "</" + lang_tag + ">\n";
    out += Indent(3) + "</" + entry_tag + ">\n";
  }
  out += "  </body>\n </text>\n";
  out += v2 ? "</martif>\n" : "</tbx>\n";
  return out;
}

void ReadTbx(std::string_view text, std::string_view name, Glossary& out) {
  XmlNode root = ParseXml(text, name);
  const std::string_view local = root.LocalName();
  if (local != "martif" && local != "tbx") {
    throw InputError(name, root.line,
                     "not a TBX document: root element is <" + root.name +
                         ">, expected <martif> (TBX v2) or <tbx> (TBX v3)");
  }
  std::vector<const XmlNode*> entries;
  FindEntries(root, entries);
  for (const XmlNode* node : entries) {
    Entry e;
    e.source = std::string(name);
    e.line = node->line;
    std::vector<Term> en, ko;
    std::string subject;
    std::vector<std::string> notes;
    for (const auto& child : node->children) {
      const std::string_view c = child.LocalName();
      if (c == "langSet" || c == "langSec") {
        const std::string lang = LangOf(child);
        if (lang.rfind("en", 0) == 0)
          CollectTerms(child, en);
        else if (lang.rfind("ko", 0) == 0)
          CollectTerms(child, ko);
      } else if (c == "descrip" || c == "descripGrp") {
        const XmlNode& d =
            (c == "descripGrp" && !child.children.empty()) ? child.children[0] : child;
        const std::string* type = d.Attr("type");
        if (type && *type == "subjectField")
          subject = d.AllText();
        else if (type && *type == "definition")
          notes.push_back(d.AllText());
      } else if (c == "note") {
        notes.push_back(child.AllText());
      }
    }
    if (en.empty()) throw InputError(name, node->line, "TBX entry without an English term");
    if (ko.empty()) throw InputError(name, node->line, "TBX entry without a Korean term");
    auto pick = [](std::vector<Term>& terms) {
      auto it = std::find_if(terms.begin(), terms.end(), [](const Term& t) { return t.preferred; });
      if (it != terms.end() && it != terms.begin()) std::rotate(terms.begin(), it, it + 1);
    };
    pick(en);
    pick(ko);
    e.en = en[0].text;
    for (std::size_t i = 1; i < en.size(); ++i) {
      (en[i].alias ? e.aliases : e.variants).push_back(en[i].text);
    }
    e.ko = ko[0].text;
    for (std::size_t i = 1; i < ko.size(); ++i) {
      out.AddWarning(FormatLocation(name, node->line,
                                    "extra Korean term \"" + ko[i].text + "\" ignored (entry \"" +
                                        e.en + "\" keeps \"" + e.ko + "\")"));
    }
    if (auto t = ParseEntryType(subject)) {
      e.type = *t;
    } else if (!subject.empty()) {
      notes.insert(notes.begin(), "subject: " + subject);
    }
    for (std::size_t i = 0; i < notes.size(); ++i) e.note += (i ? "; " : "") + notes[i];
    out.Add(std::move(e));
  }
  if (entries.empty()) {
    out.AddWarning(FormatLocation(name, 0, "TBX document has no termEntry/conceptEntry"));
  }
}

}  // namespace kobi::glossary::internal
