// Bead file format; see bead_io.h.
#include "kobi/align/bead_io.h"

#include <charconv>
#include <cmath>
#include <map>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/numbers.h"
#include "kobi/core/parse_result.h"

namespace kobi::align {
namespace {

// Parses "[1, 2]" at pos; advances pos past ']'.
ParseResult<std::vector<int>> ParseList(std::string_view s, std::size_t& pos) {
  auto skip = [&] {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  };
  std::vector<int> out;
  skip();
  if (pos >= s.size() || s[pos] != '[') return ParseFailure{"expected '['"};
  ++pos;
  skip();
  if (pos < s.size() && s[pos] == ']') {
    ++pos;
    return out;
  }
  while (true) {
    skip();
    std::size_t b = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    if (pos == b || pos - b > 9) return ParseFailure{"expected a sentence index"};
    int v = 0;
    std::from_chars(s.data() + b, s.data() + pos, v);  // at most 9 digits: always fits
    if (!out.empty() && v <= out.back()) {
      return ParseFailure{"indices in a bead must be ascending"};
    }
    out.push_back(v);
    skip();
    if (pos < s.size() && s[pos] == ',') {
      ++pos;
      continue;
    }
    if (pos < s.size() && s[pos] == ']') {
      ++pos;
      return out;
    }
    return ParseFailure{"expected ',' or ']'"};
  }
}

}  // namespace

ParseResult<Bead> ParseBeadLine(std::string_view line) {
  Bead b;
  b.score = 1.0;
  std::size_t pos = 0;
  auto en = ParseList(line, pos);
  if (!en.ok()) return ParseFailure{en.error()};
  b.en = std::move(en).value();
  if (pos >= line.size() || line[pos] != ':') return ParseFailure{"expected ':'"};
  ++pos;
  auto ko = ParseList(line, pos);
  if (!ko.ok()) return ParseFailure{ko.error()};
  b.ko = std::move(ko).value();
  while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  if (pos < line.size()) {
    if (line[pos] != ':') return ParseFailure{"unexpected text after the bead"};
    std::string_view rest = line.substr(pos + 1);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
    double v = 0;
    auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), v);
    if (rest.empty() || ec != std::errc() || end != rest.data() + rest.size() ||
        !std::isfinite(v)) {
      return ParseFailure{"bad score '" + std::string(rest) + "' (expected a finite number)"};
    }
    b.score = v;
  }
  if (b.en.empty() && b.ko.empty()) return ParseFailure{"bead with both sides empty"};
  return b;
}

std::vector<Bead> ParseBeads(std::string_view text, std::string_view name) {
  std::vector<Bead> beads;
  // Sentence index -> line of the bead holding it, per side: a sentence is in one bead only.
  std::map<int, std::uint64_t> en_line, ko_line;
  std::uint64_t line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    start = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    Bead b = ParseBeadLine(line).Take(name, line_no);
    for (int side = 0; side < 2; ++side) {
      auto& seen = side == 0 ? en_line : ko_line;
      for (int i : side == 0 ? b.en : b.ko) {
        auto [it, inserted] = seen.emplace(i, line_no);
        if (!inserted) {
          throw InputError(name, line_no,
                           std::string(side == 0 ? "English" : "Korean") + " sentence " +
                               std::to_string(i) + " is already in the bead on line " +
                               std::to_string(it->second));
        }
      }
    }
    beads.push_back(std::move(b));
  }
  return beads;
}

std::vector<Bead> ReadBeads(const std::string& path) { return ParseBeads(ReadAll(path), path); }

std::string FormatBead(const Bead& bead, bool with_score) {
  std::string out = "[";
  for (std::size_t k = 0; k < bead.en.size(); ++k) {
    if (k) out += ',';
    out += std::to_string(bead.en[k]);
  }
  out += "]:[";
  for (std::size_t k = 0; k < bead.ko.size(); ++k) {
    if (k) out += ',';
    out += std::to_string(bead.ko[k]);
  }
  out += ']';
  if (with_score) {
    out += ':';
    out += FormatFixed(bead.score, 3);
  }
  return out;
}

}  // namespace kobi::align
