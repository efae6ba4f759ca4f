// `kobi glossary lookup|check|convert|match`: look terms up in the bundled and user glossaries,
// validate a glossary file, convert between TSV, CSV, TBX v2/v3 and hunalign dictionaries, and
// find glossary entries in text (JSON lines with byte spans).
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/formats.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::cli {
namespace {

using glossary::Entry;
using glossary::Glossary;

struct GlossaryFlags {
  GlossarySourceFlags sources;
  std::string format = "text";
  // lookup
  std::vector<std::string> terms;
  // check
  std::vector<std::string> files;
  std::string from;
  bool werror = false;
  // convert
  std::string input;
  std::string output = "-";
  std::string to;
  // match
  std::string lang = "auto";
  std::string match_input = "-";
  InputFlags in;
};

Glossary LoadFor(const std::string& command, const GlossaryFlags& f) {
  return LoadGlossarySources("glossary " + command, f.sources);
}

std::string Joined(const std::vector<std::string>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "|" : "") + v[i];
  return out;
}

std::string EntryTsv(const Entry& e) {
  return e.en + '\t' + e.ko + '\t' + std::string(glossary::EntryTypeName(e.type)) + '\t' +
         Joined(e.variants) + '\t' + e.note +
         (e.aliases.empty() ? std::string() : '\t' + Joined(e.aliases));
}

nlohmann::json EntryJson(const Entry& e) {
  return {{"en", e.en},
          {"ko", e.ko},
          {"type", glossary::EntryTypeName(e.type)},
          {"variants", e.variants},
          {"aliases", e.aliases},
          {"note", e.note}};
}

void RunLookup(const GlossaryFlags& f) {
  if (f.format != "text" && f.format != "jsonl") {
    throw UsageError("glossary lookup: --format must be text or jsonl");
  }
  Glossary g = LoadFor("lookup", f);
  glossary::Matcher matcher(g);
  OutputFile out(PrepareOutput(f.output));
  for (const std::string& term : f.terms) {
    std::vector<std::size_t> hits = g.Lookup(term);
    std::string how = "exact";
    if (hits.empty()) {  // e.g. "김정은은" or "President Xi Jinping": entries found inside
      const bool ko = utf8::ContainsHangul(term);
      for (const auto& m : ko ? matcher.FindKorean(term) : matcher.FindEnglish(term)) {
        hits.push_back(m.entry);
      }
      how = "inside";
    }
    if (hits.empty()) {
      Note("glossary lookup", "no entry for \"" + term + "\"");
      continue;
    }
    for (std::size_t i : hits) {
      const Entry& e = g.entries()[i];
      if (f.format == "jsonl") {
        nlohmann::json j = EntryJson(e);
        j["query"] = term;
        j["match"] = how;
        out.WriteLine(j.dump());
      } else {
        out.WriteLine(EntryTsv(e));
      }
    }
  }
  out.Close();
}

void RunCheck(const GlossaryFlags& f) {
  std::optional<glossary::Format> from;
  if (!f.from.empty()) {
    from = glossary::ParseFormat(f.from);
    if (!from) throw UsageError("glossary check: unknown --from '" + f.from + "'");
  }
  std::size_t warnings = 0;
  OutputFile out("-");
  for (const std::string& path : f.files) {
    Glossary g = glossary::ReadGlossary(path, from);  // errors throw: file:line, exit 1
    for (const auto& w : g.warnings()) out.WriteLine("warning: " + w);
    warnings += g.warnings().size();
    std::size_t by_type[4] = {};
    for (const auto& e : g.entries()) ++by_type[static_cast<int>(e.type)];
    Note("glossary check", path + ": " + std::to_string(g.size()) + " entries (" +
                               std::to_string(by_type[0]) + " person, " +
                               std::to_string(by_type[1]) + " place, " +
                               std::to_string(by_type[2]) + " org, " + std::to_string(by_type[3]) +
                               " term), " + std::to_string(g.warnings().size()) + " warning(s)");
  }
  out.Close();
  if (f.werror && warnings > 0) {
    throw Error("glossary check: " + std::to_string(warnings) + " warning(s) with --werror");
  }
}

void RunConvert(const GlossaryFlags& f) {
  std::optional<glossary::Format> from;
  if (!f.from.empty()) {
    from = glossary::ParseFormat(f.from);
    if (!from) throw UsageError("glossary convert: unknown --from '" + f.from + "'");
  }
  glossary::Format to = glossary::FormatFromPath(f.output);
  if (!f.to.empty()) {
    auto t = glossary::ParseFormat(f.to);
    if (!t) throw UsageError("glossary convert: unknown --to '" + f.to + "'");
    to = *t;
  } else if (f.output == "-") {
    throw UsageError("glossary convert: writing to stdout needs --to tsv|csv|tbx|tbx2|hunalign");
  }
  Glossary g = glossary::ReadGlossary(f.input, from);
  for (const auto& w : g.warnings()) Note("glossary convert", "warning: " + w);
  OutputFile out(PrepareOutput(f.output), {f.input});
  out.Write(glossary::WriteGlossary(g, to));
  out.Close();
  Note(
      "glossary convert",
      std::to_string(g.size()) + " entries written as " + std::string(glossary::FormatName(to)) +
          (to == glossary::Format::kHunalign ? " (types and notes are not kept by hunalign)" : ""));
}

void RunMatch(const GlossaryFlags& f) {
  if (f.lang != "en" && f.lang != "ko" && f.lang != "auto") {
    throw UsageError("glossary match: --lang must be en, ko or auto");
  }
  Glossary g = LoadFor("match", f);
  glossary::Matcher matcher(g);
  LineReader reader(f.match_input, f.in.ToOptions());
  OutputFile out(PrepareOutput(f.output), {f.match_input});
  std::string line;
  std::uint64_t total = 0;
  while (reader.Next(line)) {
    const bool ko = f.lang == "ko" || (f.lang == "auto" && utf8::ContainsHangul(line));
    nlohmann::json matches = nlohmann::json::array();
    for (const auto& m : ko ? matcher.FindKorean(line) : matcher.FindEnglish(line)) {
      const Entry& e = g.entries()[m.entry];
      matches.push_back({{"begin", m.span.begin},
                         {"end", m.span.end},
                         {"text", std::string(m.span.In(line))},
                         {"en", e.en},
                         {"ko", e.ko},
                         {"type", glossary::EntryTypeName(e.type)}});
      ++total;
    }
    nlohmann::json j = {
        {"line", reader.line_number()}, {"lang", ko ? "ko" : "en"}, {"matches", matches}};
    out.WriteLine(j.dump());
  }
  out.Close();
  ReportRepairs("glossary match", reader.path(), reader.repaired());
  Note("glossary match",
       std::to_string(reader.line_number()) + " line(s), " + std::to_string(total) + " match(es)");
}

}  // namespace

void AddGlossaryCommand(CLI::App& app) {
  auto f = std::make_shared<GlossaryFlags>();
  auto* cmd = app.add_subcommand(
      "glossary",
      "Bilingual name and term glossary: look up, validate, convert, match in text.\n"
      "The bundled glossary (world and Korean places from iso-codes/CLDR/KOSTAT, leaders and\n"
      "officials, organisations, news terms) is built in; add your own with --glossary.\n"
      "Glossary format: UTF-8 TSV with header `en ko type variants note` (see docs/glossary.md).");
  cmd->require_subcommand(1);
  cmd->footer(
      "Examples:\n"
      "  kobi glossary lookup 김정은 'Xi Jinping'\n"
      "  kobi glossary check my_names.tsv\n"
      "  kobi glossary convert my_names.tsv -o my_names.tbx\n"
      "  echo '김정은은 평양에서' | kobi glossary match --lang ko");

  auto* lookup = cmd->add_subcommand(
      "lookup",
      "Print the entries for each TERM (English or Korean; case, hyphen, space and diacritic\n"
      "insensitive). When no entry equals TERM, entries found inside it are printed\n"
      "(김정은은 -> Kim Jong-un). Output: TSV rows (en ko type variants note, then aliases when "
      "there are any) or JSON lines.");
  lookup->add_option("term", f->terms, "Terms to look up")->required();
  AddGlossarySourceFlags(lookup, f->sources);
  lookup->add_option("-f,--format", f->format, "text (TSV rows, default) or jsonl");
  lookup->add_option("-o,--output", f->output, "Output file (- = stdout)");
  lookup->footer("Example:\n  kobi glossary lookup 'kim jong un' 훙레이 김정은은");
  lookup->callback([f] { RunLookup(*f); });

  auto* check = cmd->add_subcommand(
      "check",
      "Validate glossary files: a malformed row stops with file:line (exit 1); duplicates and\n"
      "conflicts (one English name with two Korean forms, one Korean form with two English\n"
      "names) are printed as warnings on stdout; a summary per file goes to stderr.");
  check->add_option("file", f->files, "Glossary files (format from extension)")->required();
  check->add_option("--from", f->from, "Input format: tsv, csv, tbx, tbx2, hunalign");
  check->add_flag("--werror", f->werror, "Exit 1 when there are warnings");
  check->footer("Example:\n  kobi glossary check names.tsv && echo ok");
  check->callback([f] { RunCheck(*f); });

  auto* convert = cmd->add_subcommand(
      "convert",
      "Convert a glossary between tsv, csv (RFC 4180), tbx (TBX-Basic v3), tbx2 (TBX v2) and\n"
      "hunalign (one `ko @ en` line per English form). Formats default to the extensions.");
  convert->add_option("input", f->input, "Input glossary ('-' = stdin, needs --from)")->required();
  convert->add_option("-o,--output", f->output, "Output file ('-' = stdout, needs --to)");
  convert->add_option("--from", f->from, "Input format: tsv, csv, tbx, tbx2, hunalign");
  convert->add_option("-f,--format,--to", f->to, "Output format: tsv, csv, tbx, tbx2, hunalign");
  convert->footer(
      "Examples:\n"
      "  kobi glossary convert names.tsv -o names.tbx\n"
      "  kobi glossary convert names.tbx --to hunalign > en-ko.dic");
  convert->callback([f] { RunConvert(*f); });

  auto* match = cmd->add_subcommand(
      "match",
      "Find glossary entries in each input line; one JSON object per line:\n"
      "{\"line\":N,\"lang\":\"en\",\"matches\":[{\"begin\":B,\"end\":E,\"text\":...,\"en\":...,\n"
      "\"ko\":...,\"type\":...}]} with byte offsets into the line.");
  match->add_option("input", f->match_input, "Input text ('-' = stdin, default)");
  match->add_option("-o,--output", f->output, "Output file (- = stdout)");
  match->add_option("--lang", f->lang, "en, ko or auto (per line: Hangul means ko; default)");
  AddGlossarySourceFlags(match, f->sources);
  AddInputFlags(match, f->in);
  match->footer("Example:\n  echo 'Kim Jong-un met Xi Jinping' | kobi glossary match --lang en");
  match->callback([f] { RunMatch(*f); });
}

}  // namespace kobi::cli
