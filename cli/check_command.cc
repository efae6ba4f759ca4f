// `kobi check romanization`: reports the names (Korean persons and places) spelt more than one
// way in English text, and, with aligned Korean, English spellings that match neither the
// glossary nor the Hangul of the same pair.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/glossary/formats.h"
#include "kobi/glossary/romanization_checker.h"

namespace kobi::cli {
namespace {

struct CheckFlags {
  std::string input;
  std::string ko;
  std::string pairs;
  GlossarySourceFlags sources;
  std::string format = "text";
  std::string output = "-";
  bool aliases = false;
  InputFlags in;
};

std::string LineList(const std::vector<std::uint64_t>& lines) {
  std::string out;
  const std::size_t shown = std::min<std::size_t>(lines.size(), 20);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i) out += ',';
    out += std::to_string(lines[i]);
  }
  if (lines.size() > shown) out += ",... (" + std::to_string(lines.size()) + " lines)";
  return out;
}

void RunCheckRomanization(const CheckFlags& f) {
  if (f.format != "text" && f.format != "jsonl") {
    throw UsageError("check romanization: --format must be text or jsonl");
  }
  if (!f.ko.empty() && !f.pairs.empty()) {
    throw UsageError("check romanization: give --ko or --pairs, not both");
  }
  if (!f.pairs.empty() && !f.input.empty()) {
    throw UsageError(
        "check romanization: with --pairs the English comes from the TSV; "
        "drop the FILE argument");
  }
  if (f.pairs.empty() && f.input.empty()) {
    throw UsageError("check romanization: give an English FILE (or --pairs FILE.tsv)");
  }
  glossary::Glossary g = LoadGlossarySources("check romanization", f.sources);
  glossary::CheckerOptions options;
  options.aliases = f.aliases;
  glossary::RomanizationChecker checker(g, options);

  std::uint64_t lines = 0;
  if (!f.pairs.empty()) {
    LineReader reader(f.pairs, f.in.ToOptions());
    std::string line;
    while (reader.Next(line)) {
      const std::size_t tab = line.find('\t');
      if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) {
        throw InputError(reader.path(), reader.line_number(),
                         "expected two tab-separated columns: English<TAB>Korean");
      }
      checker.AddPair(std::string_view(line).substr(0, tab), std::string_view(line).substr(tab + 1),
                      reader.line_number());
    }
    lines = reader.line_number();
    ReportRepairs("check romanization", reader.path(), reader.repaired());
  } else {
    LineReader en(f.input, f.in.ToOptions());
    std::unique_ptr<LineReader> ko;
    if (!f.ko.empty()) ko = std::make_unique<LineReader>(f.ko, f.in.ToOptions());
    std::string en_line, ko_line;
    while (en.Next(en_line)) {
      if (ko) {
        if (!ko->Next(ko_line)) {
          throw InputError(f.ko, ko->line_number() + 1,
                           "Korean file ends before the English (" + f.input + ")");
        }
        checker.AddPair(en_line, ko_line, en.line_number());
      } else {
        checker.AddEnglish(en_line, en.line_number());
      }
    }
    if (ko && ko->Next(ko_line)) {
      throw InputError(f.ko, ko->line_number(), "Korean file has more lines than the English");
    }
    lines = en.line_number();
    ReportRepairs("check romanization", en.path(), en.repaired());
    if (ko) ReportRepairs("check romanization", ko->path(), ko->repaired());
  }

  OutputFile out(PrepareOutput(f.output), {f.input, f.ko, f.pairs});
  const auto groups = checker.Groups();
  for (const auto& grp : groups) {
    if (f.format == "jsonl") {
      nlohmann::json variants = nlohmann::json::array();
      for (const auto& v : grp.variants) {
        nlohmann::json variant = {{"form", v.form}, {"count", v.count}, {"lines", v.lines}};
        if (!v.kind.empty()) variant["kind"] = v.kind;
        variants.push_back(std::move(variant));
      }
      out.WriteLine(nlohmann::json{
          {"key", grp.key},
          {"preferred", grp.preferred},
          {"kind", grp.kind},
          {"type", grp.type},
          {"preferred_by", grp.preferred_by},
          {"variants",
           variants}}.dump());
    } else {
      out.WriteLine(grp.preferred + "  [" + grp.type + ", " + grp.kind + ", preferred by " +
                    grp.preferred_by + ", key " + grp.key + "]");
      for (const auto& v : grp.variants) {
        out.WriteLine("  " + v.form + "\t" + std::to_string(v.count) + "\tlines " +
                      LineList(v.lines) + (v.kind.empty() ? "" : "\t(" + v.kind + ")"));
      }
    }
  }
  for (const auto& issue : checker.pair_issues()) {
    if (f.format == "jsonl") {
      out.WriteLine(nlohmann::json{{"line", issue.line},
                                   {"kind", "pair mismatch"},
                                   {"korean", issue.korean},
                                   {"form", issue.english},
                                   {"expected", issue.expected},
                                   {"reason", issue.reason},
                                   {"english_names", issue.english_names}}
                        .dump());
    } else {
      std::string expected;
      for (std::size_t i = 0; i < issue.expected.size(); ++i) {
        expected += (i ? " | " : "") + issue.expected[i];
      }
      std::string names;
      for (std::size_t i = 0; i < issue.english_names.size(); ++i) {
        names += (i ? " | " : "") + issue.english_names[i];
      }
      out.WriteLine("line " + std::to_string(issue.line) + ": " + issue.korean + " -> \"" +
                    issue.english + "\": " + issue.reason + " (expected: " + expected +
                    "; English names in the pair: " + names + ")");
    }
  }
  out.Close();
  Note("check romanization",
       std::to_string(lines) + " line(s), " + std::to_string(checker.names_seen()) +
           " name occurrence(s), " + std::to_string(groups.size()) +
           " name(s) spelt more than one way" +
           (f.ko.empty() && f.pairs.empty()
                ? std::string()
                : ", " + std::to_string(checker.pair_issues().size()) + " pair mismatch(es)"));
}

}  // namespace

void AddCheckCommand(CLI::App& app) {
  auto f = std::make_shared<CheckFlags>();
  auto* cmd =
      app.add_subcommand("check", "Consistency checks over text (see `check romanization`)");
  cmd->require_subcommand(1);
  auto* rom = cmd->add_subcommand(
      "romanization",
      "Find Korean person and place names in English text and report every name spelt more\n"
      "than one way (Kim Jong-un / Kim Jong Un / Kim Jung-un), grouped by romanization key,\n"
      "with counts, line numbers, the kind of difference (style: case/hyphen/spacing; system:\n"
      "RR vs MR, popular vs strict; spelling) and the preferred form (the glossary's, else the\n"
      "most frequent). Different people stay apart (Kim Jong-il is not Kim Jong-un); other\n"
      "names of one thing (glossary aliases: Korea / South Korea) only with --aliases.\n"
      "With --ko (line-parallel Korean) or --pairs (English<TAB>Korean), each Korean name is\n"
      "checked against the English of its own pair.");
  rom->add_option("file", f->input,
                  "English text, one sentence or paragraph per line ('-' = stdin)");
  rom->add_option("--ko", f->ko, "Korean file, line-parallel to FILE");
  rom->add_option("--pairs", f->pairs, "TSV of aligned pairs: English<TAB>Korean");
  AddGlossarySourceFlags(rom, f->sources);
  rom->add_option("-o,--output", f->output, "Output file (- = stdout)");
  rom->add_flag("--aliases", f->aliases,
                "also report aliases (other names of a glossary entry: Korea / South Korea) in "
                "the entry's group, with the kind \"alias\"");
  rom->add_option("-f,--format", f->format,
                  "text (default) or jsonl: one object per group {key, preferred, kind, type, "
                  "preferred_by, variants:[{form,count,lines,kind}]}, then one per pair mismatch "
                  "{line, kind, korean, form, expected, reason, english_names}");
  AddInputFlags(rom, f->in);
  rom->footer(
      "Examples:\n"
      "  kobi check romanization news.en\n"
      "  kobi check romanization news.en --ko news.ko --format jsonl\n"
      "  kobi check romanization --pairs aligned.tsv -g house_style.tsv");
  rom->callback([f] { RunCheckRomanization(*f); });
}

}  // namespace kobi::cli
