// Output formats; see writers.h. The html page is in html_writer.cc.
#include "kobi/align/writers.h"

#include <cstdio>

#include "kobi/align/bead_io.h"
#include "kobi/core/markup.h"

namespace kobi::align {
namespace {

std::string Score3(double s) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f", s);
  return buf;
}

std::string JsonEscape(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string JsonList(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    out += JsonEscape(v[i]);
  }
  return out + "]";
}

std::string JsonInts(const std::vector<int>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(v[i]);
  }
  return out + "]";
}

}  // namespace

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "beads") return OutputFormat::kBeads;
  if (name == "tsv") return OutputFormat::kTsv;
  if (name == "jsonl") return OutputFormat::kJsonl;
  if (name == "moses") return OutputFormat::kMoses;
  if (name == "tmx") return OutputFormat::kTmx;
  if (name == "html") return OutputFormat::kHtml;
  return std::nullopt;
}

std::string JoinSide(const std::vector<std::string>& sentences, const std::vector<int>& ids) {
  std::string out;
  for (int id : ids) {
    if (!out.empty()) out += ' ';
    out += sentences[id];
  }
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string FormatBeads(const Alignment& alignment) {
  std::string out;
  for (const Bead& b : alignment.beads) {
    out += FormatBead(b, true);
    out += '\n';
  }
  return out;
}

std::string FormatTsv(const AlignedText& doc) {
  std::string out;
  for (const Bead& b : doc.alignment.beads) {
    if (b.en.empty() || b.ko.empty()) continue;
    out += JoinSide(doc.en, b.en) + '\t' + JoinSide(doc.ko, b.ko) + '\t' + Score3(b.score) + '\n';
  }
  return out;
}

std::string FormatJsonl(const AlignedText& doc) {
  std::string out;
  for (const Bead& b : doc.alignment.beads) {
    std::string en = JoinSide(doc.en, b.en), ko = JoinSide(doc.ko, b.ko);
    out += "{\"en\":" + JsonInts(b.en) + ",\"ko\":" + JsonInts(b.ko) +
           ",\"en_text\":" + JsonEscape(en) + ",\"ko_text\":" + JsonEscape(ko) +
           ",\"score\":" + Score3(b.score) + ",\"evidence\":";
    if (b.en.empty() || b.ko.empty()) {
      out += "null";
    } else {
      BeadEvidence ev = ExplainBead(en, ko, doc.options);
      out += "{\"numbers\":" + JsonList(ev.numbers) + ",\"latin\":" + JsonList(ev.latin) +
             ",\"names\":" + JsonList(ev.names) + ",\"glossary\":" + JsonList(ev.glossary) + "}";
    }
    out += "}\n";
  }
  return out;
}

std::pair<std::string, std::string> FormatMoses(const AlignedText& doc) {
  std::pair<std::string, std::string> out;
  for (const Bead& b : doc.alignment.beads) {
    if (b.en.empty() || b.ko.empty()) continue;
    out.first += JoinSide(doc.en, b.en) + '\n';
    out.second += JoinSide(doc.ko, b.ko) + '\n';
  }
  return out;
}

std::string FormatTmx(const AlignedText& doc) {
  std::string src = doc.options.source == Lang::kKo ? "ko" : doc.options.source == Lang::kEn ? "en" : "und";
  std::string tgt = doc.options.target == Lang::kKo ? "ko" : doc.options.target == Lang::kEn ? "en" : "und";
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
      "  <header creationtool=\"kobi\" creationtoolversion=\"0.1\" datatype=\"plaintext\" "
      "segtype=\"sentence\" adminlang=\"en\" srclang=\"" + src + "\" o-tmf=\"kobi\"/>\n  <body>\n";
  for (const Bead& b : doc.alignment.beads) {
    if (b.en.empty() || b.ko.empty()) continue;
    out += "    <tu>\n      <prop type=\"x-score\">" + Score3(b.score) + "</prop>\n";
    out += "      <tuv xml:lang=\"" + src + "\"><seg>" +
           EscapeTmxSegment(JoinSide(doc.en, b.en)) + "</seg></tuv>\n";
    out += "      <tuv xml:lang=\"" + tgt + "\"><seg>" +
           EscapeTmxSegment(JoinSide(doc.ko, b.ko)) + "</seg></tuv>\n    </tu>\n";
  }
  out += "  </body>\n</tmx>\n";
  return out;
}

}  // namespace kobi::align
