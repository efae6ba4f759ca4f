// `kobi segment`: a scraped news page into labelled zones, body text one sentence a segment.
#include <algorithm>
#include <array>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/lang.h"
#include "kobi/core/line_io.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/page_segmenter.h"

namespace kobi::cli {
namespace {

struct SegmentFlags {
  std::string input = "-";
  std::string output = "-";
  std::string format = "jsonl";
  std::string lang = "auto";
  std::string only;  // comma-separated zone names
  InputFlags in;
};

// Text format: tabs, newlines and backslashes in the text are escaped as \t, \n, \r, \\.
std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void RunSegment(const SegmentFlags& f) {
  // Read raw, then validate here so that --repair can count what it replaced.
  LineReader::Options read_options = f.in.ToOptions();
  read_options.validate_utf8 = false;
  read_options.repair = false;
  std::string page = ReadAll(f.input, read_options);
  std::string display = f.input == "-" ? "<stdin>" : f.input;
  if (auto bad = utf8::FindInvalid(page)) {
    if (!f.in.repair) {
      std::size_t line_start = page.rfind('\n', *bad == 0 ? 0 : *bad - 1);
      line_start = (line_start == std::string::npos || *bad == 0) ? 0 : line_start + 1;
      std::uint64_t line =
          1 + static_cast<std::uint64_t>(std::count(page.begin(), page.begin() + *bad, '\n'));
      throw InputError(display, line,
                       "invalid UTF-8 at byte " + std::to_string(*bad - line_start) +
                           " of the line (use --repair to replace with U+FFFD)");
    }
    ReportRepairs("segment", display, utf8::Repair(page));
  }
  tokenize::SegmentOptions options;
  if (f.lang != "auto") options.page_lang = ParseLang(f.lang);
  std::set<tokenize::Zone> wanted;
  for (std::size_t pos = 0; pos < f.only.size();) {
    std::size_t comma = std::min(f.only.find(',', pos), f.only.size());
    std::string name = f.only.substr(pos, comma - pos);
    pos = comma + 1;
    if (name.empty()) continue;
    auto zone = tokenize::ParseZone(name);
    if (!zone) throw UsageError("segment: unknown zone '" + name + "' in --only");
    wanted.insert(*zone);
  }
  std::vector<tokenize::Segment> segments = tokenize::SegmentPage(page, options);

  OutputFile out(PrepareOutput(f.output), {f.input});
  std::array<std::size_t, 7> counts{};
  std::size_t written = 0;
  for (const tokenize::Segment& s : segments) {
    ++counts[static_cast<std::size_t>(s.zone)];
    if (!wanted.empty() && !wanted.count(s.zone)) continue;
    ++written;
    if (f.format == "text") {
      std::string line(tokenize::ZoneName(s.zone));
      line += '\t';
      line += LangName(s.lang);
      line += '\t';
      line += Escape(s.text);
      out.WriteLine(line);
    } else {
      nlohmann::ordered_json j;
      j["zone"] = tokenize::ZoneName(s.zone);
      j["lang"] = LangName(s.lang);
      j["start"] = s.span.begin;
      j["end"] = s.span.end;
      j["text"] = s.text;
      out.WriteLine(j.dump());
    }
  }
  out.Close();
  if (segments.empty()) {
    Note("segment", display + ": no text on the page; nothing written");
    return;
  }
  std::string summary = display + ": " + std::to_string(segments.size()) + " segments (";
  for (std::size_t z = 0; z < counts.size(); ++z) {
    if (counts[z] == 0) continue;
    if (summary.back() != '(') summary += ", ";
    summary += std::to_string(counts[z]) + " ";
    summary += tokenize::ZoneName(static_cast<tokenize::Zone>(z));
  }
  summary += ")";
  if (written == 0) summary += "; none in the zones asked for by --only";
  Note("segment", summary);
}

}  // namespace

void AddSegmentCommand(CLI::App& app) {
  auto flags = std::make_shared<SegmentFlags>();
  auto* cmd = app.add_subcommand(
      "segment",
      "Label the parts of a scraped news page and split its body into sentences.\n"
      "Input: one page as scraped (paragraphs separated by blank lines, or one paragraph a\n"
      "line). Output, in document order, one segment a line with its zone: headline, byline,\n"
      "dateline (publication time or wire dateline such as 'SEOUL, March 3 (Yonhap) --'),\n"
      "body (one sentence each), credit ('(Yonhap)', '(END)', a reporter's e-mail), caption,\n"
      "or boilerplate (masthead, share/print buttons, copyright, related articles, stray text\n"
      "in the other script). start/end are byte offsets into the input. See docs/segment.md.");
  cmd->footer(
      "Formats:\n"
      "  jsonl  {\"zone\":..,\"lang\":en|ko|mixed|other,\"start\":..,\"end\":..,\"text\":..}\n"
      "  text   zone<TAB>lang<TAB>text  (tab, newline, backslash in text escaped as \\t \\n \\\\)\n"
      "Examples:\n"
      "  kobi segment samples/herald_en.txt\n"
      "  kobi segment --format text --only body page.txt   # just the body sentences\n"
      "  curl -s URL | html2text | kobi segment - --lang ko");
  cmd->add_option("input", flags->input, "Page file ('-' = stdin, .gz/.zst read transparently)")
      ->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->default_val("-");
  cmd->add_option("--format,-f", flags->format, "Output format: jsonl (default) or text")
      ->check(CLI::IsMember({"jsonl", "text"}))
      ->default_val("jsonl");
  cmd->add_option("--lang,-l", flags->lang,
                  "Main language of the page: en, ko, or auto (detect from its letters)")
      ->check(CLI::IsMember({"en", "ko", "auto"}))
      ->default_val("auto");
  cmd->add_option("--only", flags->only,
                  "Print only these zones (comma-separated), e.g. --only headline,body");
  AddInputFlags(cmd, flags->in);
  cmd->callback([flags] { RunSegment(*flags); });
}

}  // namespace kobi::cli
