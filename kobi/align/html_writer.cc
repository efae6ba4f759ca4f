// The html review page of `kobi align --format html`; see writers.h.
//
// One table row per bead: English | Korean | score. The row's left border and score cell are
// coloured from red (0) through yellow to green (1); anchors that supported the pair (numbers,
// Latin tokens, names, glossary entries) are wrapped in <mark>; sentences without a counterpart
// are shown greyed with an "unaligned" label. No scripts, no external resources.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "kobi/align/writers.h"
#include "kobi/core/markup.h"
#include "kobi/core/numbers.h"

namespace kobi::align {
namespace {

// Escapes text and marks the first occurrence of each term (non-overlapping).
std::string Highlight(const std::string& text, const std::vector<std::string>& terms) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const std::string& t : terms) {
    if (t.empty()) continue;
    std::size_t at = text.find(t);
    while (at != std::string::npos) {
      bool overlaps = std::any_of(spans.begin(), spans.end(), [&](const auto& s) {
        return at < s.second && s.first < at + t.size();
      });
      if (!overlaps) {
        spans.emplace_back(at, at + t.size());
        break;
      }
      at = text.find(t, at + 1);
    }
  }
  std::sort(spans.begin(), spans.end());
  std::string out;
  std::size_t pos = 0;
  for (const auto& [b, e] : spans) {
    out += EscapeMarkup(std::string_view(text).substr(pos, b - pos));
    out += "<mark>" + EscapeMarkup(std::string_view(text).substr(b, e - b)) + "</mark>";
    pos = e;
  }
  out += EscapeMarkup(std::string_view(text).substr(pos));
  return out;
}

void SplitEvidence(const std::vector<std::string>& items, std::vector<std::string>& left,
                   std::vector<std::string>& right) {
  for (const std::string& s : items) {
    std::size_t eq = s.find('=');
    if (eq == std::string::npos) {
      left.push_back(s);
      right.push_back(s);
    } else {
      left.push_back(s.substr(0, eq));
      right.push_back(s.substr(eq + 1));
    }
  }
}

std::string Colour(double score) {
  // Hue 0 (red) .. 120 (green).
  return "hsl(" + std::to_string(static_cast<int>(std::clamp(score, 0.0, 1.0) * 120)) + ",70%,45%)";
}

}  // namespace

std::string FormatHtml(const AlignedText& doc) {
  int pairs = 0, unaligned = 0;
  for (const Bead& b : doc.alignment.beads) {
    (b.en.empty() || b.ko.empty() ? unaligned : pairs)++;
  }
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>kobi align: " +
      EscapeMarkup(doc.title) +
      "</title>\n<style>\n"
      "body{font-family:sans-serif;margin:1.5em;color:#222}\n"
      "table{border-collapse:collapse;width:100%}\n"
      "td{vertical-align:top;padding:.35em .6em;border-bottom:1px solid #ddd}\n"
      "td.ix{color:#888;font-size:.8em;white-space:nowrap}\n"
      "td.sc{color:#fff;font-weight:bold;text-align:center;width:3.5em}\n"
      "tr.unaligned td.tx{color:#999;font-style:italic}\n"
      "tr.unaligned td.sc{background:#999}\n"
      "span.tag{font-size:.75em;background:#eee;color:#666;padding:0 .3em;border-radius:3px}\n"
      "mark{background:#fde68a}\n"
      "</style>\n</head>\n<body>\n<h1>" +
      EscapeMarkup(doc.title) + "</h1>\n<p>" + std::to_string(pairs) + " pairs, " +
      std::to_string(unaligned) +
      " unaligned segments. Score colour: red 0 &rarr; green 1. "
      "<mark>Marked</mark> text: anchors (numbers, Latin tokens, names, glossary entries).</p>\n"
      "<table>\n<tr><th>#</th><th>English</th><th>Korean</th><th>score</th></tr>\n";
  for (const Bead& b : doc.alignment.beads) {
    std::string en = JoinSide(doc.en, b.en), ko = JoinSide(doc.ko, b.ko);
    bool aligned = !b.en.empty() && !b.ko.empty();
    std::vector<std::string> left, right;
    if (aligned) {
      BeadEvidence ev = ExplainBead(en, ko, doc.options);
      for (const auto* v : {&ev.numbers, &ev.latin, &ev.names, &ev.glossary}) {
        SplitEvidence(*v, left, right);
      }
    }
    std::string ix;
    for (std::size_t k = 0; k < b.en.size(); ++k) {
      if (k) ix += ',';
      ix += std::to_string(b.en[k]);
    }
    ix += ':';
    for (std::size_t k = 0; k < b.ko.size(); ++k) {
      if (k) ix += ',';
      ix += std::to_string(b.ko[k]);
    }
    const std::string score = FormatFixed(b.score, 2);
    out += std::string("<tr") + (aligned ? "" : " class=\"unaligned\"") +
           " style=\"border-left:6px solid " + (aligned ? Colour(b.score) : std::string("#999")) +
           "\"><td class=\"ix\">" + ix + "</td><td class=\"tx\">" +
           (b.en.empty() ? "<span class=\"tag\">unaligned</span>" : Highlight(en, left)) +
           "</td><td class=\"tx\">" +
           (b.ko.empty() ? "<span class=\"tag\">unaligned</span>" : Highlight(ko, right)) +
           "</td><td class=\"sc\" style=\"background:" +
           (aligned ? Colour(b.score) : std::string("#999")) + "\">" + score + "</td></tr>\n";
  }
  out += "</table>\n</body>\n</html>\n";
  return out;
}

}  // namespace kobi::align
