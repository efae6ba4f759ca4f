// Bead file format; see bead_io.h.
#include "kobi/align/bead_io.h"

#include <cstdio>
#include <cstdlib>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"

namespace kobi::align {
namespace {

// Parses "[1, 2]" at pos; advances pos past ']'.
bool ParseList(std::string_view s, std::size_t& pos, std::vector<int>& out, std::string& error) {
  auto skip = [&] {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  };
  skip();
  if (pos >= s.size() || s[pos] != '[') {
    error = "expected '['";
    return false;
  }
  ++pos;
  skip();
  if (pos < s.size() && s[pos] == ']') {
    ++pos;
    return true;
  }
  while (true) {
    skip();
    std::size_t b = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    if (pos == b || pos - b > 9) {
      error = "expected a sentence index";
      return false;
    }
    int v = std::atoi(std::string(s.substr(b, pos - b)).c_str());
    if (!out.empty() && v <= out.back()) {
      error = "indices in a bead must be ascending";
      return false;
    }
    out.push_back(v);
    skip();
    if (pos < s.size() && s[pos] == ',') {
      ++pos;
      continue;
    }
    if (pos < s.size() && s[pos] == ']') {
      ++pos;
      return true;
    }
    error = "expected ',' or ']'";
    return false;
  }
}

}  // namespace

std::vector<Bead> ParseBeads(std::string_view text, std::string_view name) {
  std::vector<Bead> beads;
  std::uint64_t line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    start = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    Bead b;
    b.score = 1.0;
    std::size_t pos = first;
    std::string error;
    if (!ParseList(line, pos, b.en, error)) throw InputError(name, line_no, error);
    if (pos >= line.size() || line[pos] != ':') throw InputError(name, line_no, "expected ':'");
    ++pos;
    if (!ParseList(line, pos, b.ko, error)) throw InputError(name, line_no, error);
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    if (pos < line.size()) {
      if (line[pos] != ':') throw InputError(name, line_no, "unexpected text after the bead");
      std::string rest(line.substr(pos + 1));
      char* end = nullptr;
      double v = std::strtod(rest.c_str(), &end);
      while (end != nullptr && (*end == ' ' || *end == '\t')) ++end;
      if (end == rest.c_str() || (end != nullptr && *end != '\0')) {
        throw InputError(name, line_no, "bad score");
      }
      b.score = v;
    }
    if (b.en.empty() && b.ko.empty()) throw InputError(name, line_no, "bead with both sides empty");
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
    char buf[32];
    std::snprintf(buf, sizeof(buf), ":%.3f", bead.score);
    out += buf;
  }
  return out;
}

}  // namespace kobi::align
