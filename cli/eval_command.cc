// `kobi eval align GOLD TEST...`: strict/lax precision, recall and F1 of bead files (Thompson &
// Koehn 2019), precision among the top-scored pairs, and the raw-mode text-pair variant.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/align/bead_io.h"
#include "kobi/align/eval_metrics.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"

namespace kobi::cli {
namespace {

struct EvalFlags {
  std::string gold;
  std::vector<std::string> tests;
  std::string list;
  bool pairs = false;
  bool per_doc = false;
  std::string en_raw, ko_raw;
};

std::vector<align::TextPair> ReadPairs(const std::string& path) {
  std::vector<align::TextPair> out;
  LineReader r(path);
  std::string line;
  while (r.Next(line)) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t t1 = line.find('\t');
    if (t1 == std::string::npos)
      throw InputError(path, r.line_number(), "expected en<TAB>ko[<TAB>score]");
    align::TextPair p;
    p.en = line.substr(0, t1);
    std::size_t t2 = line.find('\t', t1 + 1);
    p.ko = line.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1);
    if (t2 != std::string::npos) {
      std::string_view text(line);
      text.remove_prefix(t2 + 1);
      double score = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), score);
      if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(score)) {
        throw InputError(path, r.line_number(),
                         "score '" + std::string(text) + "' is not a finite number");
      }
      p.score = score;
    }
    out.push_back(std::move(p));
  }
  return out;
}

struct Row {
  std::string name;
  align::AlignmentCounts counts;
  std::vector<align::ScoredOutcome> outcomes;
};

void Score(const EvalFlags& f, const std::vector<std::string>& cols, Row& row) {
  // cols: gold, test[, en_raw, ko_raw]
  if (f.pairs) {
    std::string en_raw = cols.size() > 2 ? cols[2] : f.en_raw;
    std::string ko_raw = cols.size() > 3 ? cols[3] : f.ko_raw;
    if (en_raw.empty() || ko_raw.empty())
      throw UsageError("--pairs needs --en-raw and --ko-raw (or list columns 3-4)");
    auto gold = ReadPairs(cols[0]);
    if (gold.empty()) throw InputError(cols[0], 0, "no gold pairs (an empty gold scores nothing)");
    row.counts.Add(align::CountPairs(gold, ReadPairs(cols[1]), ReadAll(en_raw), ReadAll(ko_raw),
                                     &row.outcomes));
    return;
  }
  auto gold = align::ReadBeads(cols[0]);
  if (gold.empty()) throw InputError(cols[0], 0, "no gold beads (an empty gold scores nothing)");
  auto test = align::ReadBeads(cols[1]);
  row.counts.Add(align::CountBeads(gold, test));
  auto o = align::PairOutcomes(gold, test);
  row.outcomes.insert(row.outcomes.end(), o.begin(), o.end());
}

void Print(const Row& row, std::string& table) {
  auto s = align::Summarize(row.counts);
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "%-28s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %7.4f %7.4f %7.4f %6lld\n",
                row.name.c_str(), s.strict.precision, s.strict.recall, s.strict.f1, s.lax.precision,
                s.lax.recall, s.lax.f1, align::PrecisionAtTop(row.outcomes, 0.5),
                align::PrecisionAtTop(row.outcomes, 0.8), align::PrecisionAtTop(row.outcomes, 1.0),
                static_cast<long long>(row.counts.recall.tp_strict + row.counts.recall.fp_strict));
  table += buf;
}

void Run(const EvalFlags& f, std::string& table);

// The table is collected and written only when every input has been read, so an input error
// leaves no half table; a write failure (a full disk, /dev/full) is an error like anywhere else.
void RunAndWrite(const EvalFlags& f) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%-28s %8s %8s %8s %8s %8s %8s %7s %7s %7s %6s\n", "test",
                "P_strict", "R_strict", "F1_strict", "P_lax", "R_lax", "F1_lax", "P@50%", "P@80%",
                "P@100%", "gold");
  std::string table = buf;
  Run(f, table);
  std::vector<std::string> inputs = f.tests;
  inputs.push_back(f.gold);
  OutputFile out("-", inputs);
  out.Write(table);
  out.Close();
}

void Run(const EvalFlags& f, std::string& table) {
  if (!f.list.empty()) {
    Row total;
    total.name = "TOTAL";
    LineReader list(f.list);
    std::string line;
    int docs = 0;
    while (list.Next(line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols;
      std::size_t pos = 0;
      while (true) {
        std::size_t t = line.find('\t', pos);
        cols.push_back(line.substr(pos, t == std::string::npos ? std::string::npos : t - pos));
        if (t == std::string::npos) break;
        pos = t + 1;
      }
      if (cols.size() < 2) throw InputError(f.list, list.line_number(), "expected gold<TAB>test");
      Row row;
      row.name = cols[1];
      Score(f, cols, row);
      if (f.per_doc) Print(row, table);
      total.counts.Add(row.counts);
      total.outcomes.insert(total.outcomes.end(), row.outcomes.begin(), row.outcomes.end());
      ++docs;
    }
    if (docs == 0) Note("eval", f.list + ": no documents listed");
    Print(total, table);
    return;
  }
  if (f.gold.empty() || f.tests.empty())
    throw UsageError("eval align needs GOLD and TEST files (or --list)");
  for (const std::string& t : f.tests) {
    Row row;
    row.name = t;
    Score(f, {f.gold, t}, row);
    Print(row, table);
  }
}

}  // namespace

void AddEvalCommand(CLI::App& app) {
  auto* eval = app.add_subcommand("eval", "Evaluate kobi's output against gold data");
  eval->require_subcommand(1);
  auto flags = std::make_shared<EvalFlags>();
  auto* cmd = eval->add_subcommand(
      "align",
      "Score alignments: strict and lax precision/recall/F1 (Thompson & Koehn 2019, as vecalign's\n"
      "score.py). Strict: exact beads. Lax: a predicted bead sharing a sentence link with a gold\n"
      "bead. Precision over all predicted beads, recall over gold beads with both sides.\n"
      "P@50%/P@80%/P@100%: strict precision among the top 50/80/100% of predicted pairs by score.\n"
      "--pairs: raw mode, GOLD and TEST are en<TAB>ko[<TAB>score] pair files; sides are located "
      "in\n"
      "the raw documents: strict = same text spans, lax = overlapping spans on both sides.");
  cmd->footer(
      "Examples:\n"
      "  kobi eval align doc.gold doc.beads other.beads\n"
      "  kobi eval align --list docs.tsv --per-doc        # gold<TAB>test a line, micro-averaged\n"
      "  kobi eval align --pairs --en-raw d.en.txt --ko-raw d.ko.txt d.pairs.tsv d.tsv");
  cmd->add_option("GOLD", flags->gold, "Gold beads (or gold pairs with --pairs)");
  cmd->add_option("TEST", flags->tests, "Beads to score (each against GOLD)");
  cmd->add_option(
      "--list", flags->list,
      "Many documents: gold<TAB>test[<TAB>en_raw<TAB>ko_raw] a line; totals are micro-averaged");
  cmd->add_flag("--per-doc", flags->per_doc, "With --list, print a row per document too");
  cmd->add_flag("--pairs", flags->pairs, "Raw mode: score text pairs (TSV) instead of beads");
  cmd->add_option("--en-raw", flags->en_raw, "Raw English document (for --pairs)");
  cmd->add_option("--ko-raw", flags->ko_raw, "Raw Korean document (for --pairs)");
  cmd->callback([flags] { RunAndWrite(*flags); });
}

}  // namespace kobi::cli
