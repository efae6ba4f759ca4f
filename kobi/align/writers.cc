// Output formats; see writers.h. The html page is in html_writer.cc.
#include "kobi/align/writers.h"

#include <nlohmann/json.hpp>

#include "kobi/align/bead_io.h"
#include "kobi/core/markup.h"
#include "kobi/core/numbers.h"

namespace kobi::align {
namespace {

std::string Score3(double s) { return FormatFixed(s, 3); }

// A JSON string through nlohmann-json (the one JSON writer): controls escaped, UTF-8 as is.
// Readers validate input, so the replace handler (U+FFFD for an invalid byte) only guards
// library callers that pass unvalidated text.
std::string JsonEscape(std::string_view s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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

// The sentences of one bead side joined by a space. flatten: for line formats (tsv, moses),
// whitespace a line cannot hold becomes a space (raw pages only: the CLI refuses a --presplit
// line with a tab for these formats); jsonl and tmx keep the text as it is.
std::string JoinSide(const std::vector<std::string>& sentences, const std::vector<int>& ids,
                     bool flatten) {
  std::string out;
  for (int id : ids) {
    if (!out.empty()) out += ' ';
    out += sentences[id];
  }
  if (flatten) {
    for (char& c : out) {
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
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
    out += JoinSide(doc.en, b.en, true) + '\t' + JoinSide(doc.ko, b.ko, true) + '\t' +
           Score3(b.score) + '\n';
  }
  return out;
}

std::string FormatJsonl(const AlignedText& doc) {
  std::string out;
  for (const Bead& b : doc.alignment.beads) {
    std::string en = JoinSide(doc.en, b.en, false), ko = JoinSide(doc.ko, b.ko, false);
    // The corpus JSONL convention (docs/corpora.md, "Metadata"), so convert and clean read it;
    // then the bead's sentence indices and evidence.
    out += "{\"translation\":{\"en\":" + JsonEscape(en) + ",\"ko\":" + JsonEscape(ko) +
           "},\"score\":" + Score3(b.score) + ",\"en\":" + JsonInts(b.en) +
           ",\"ko\":" + JsonInts(b.ko) + ",\"evidence\":";
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
    out.first += JoinSide(doc.en, b.en, true) + '\n';
    out.second += JoinSide(doc.ko, b.ko, true) + '\n';
  }
  return out;
}

std::string FormatTmx(const AlignedText& doc) {
  std::string src = doc.options.source == Lang::kKo   ? "ko"
                    : doc.options.source == Lang::kEn ? "en"
                                                      : "und";
  std::string tgt = doc.options.target == Lang::kKo   ? "ko"
                    : doc.options.target == Lang::kEn ? "en"
                                                      : "und";
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
      "  <header creationtool=\"kobi\" creationtoolversion=\"0.1\" datatype=\"plaintext\" "
      "segtype=\"sentence\" adminlang=\"en\" srclang=\"" +
      src + "\" o-tmf=\"kobi\"/>\n  <body>\n";
  for (const Bead& b : doc.alignment.beads) {
    if (b.en.empty() || b.ko.empty()) continue;
    out += "    <tu>\n      <prop type=\"x-kobi-score\">" + Score3(b.score) + "</prop>\n";
    out += "      <tuv xml:lang=\"" + src + "\"><seg>" +
           EscapeTmxSegment(JoinSide(doc.en, b.en, false)) + "</seg></tuv>\n";
    out += "      <tuv xml:lang=\"" + tgt + "\"><seg>" +
           EscapeTmxSegment(JoinSide(doc.ko, b.ko, false)) + "</seg></tuv>\n    </tu>\n";
  }
  out += "  </body>\n</tmx>\n";
  return out;
}

}  // namespace kobi::align
