#include "kobi/corpora/filter_stream.h"

#include <algorithm>
#include <charconv>
#include <utility>

#include "kobi/core/output_file.h"
#include "kobi/core/parallel.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/formats.h"

namespace kobi::corpora {
namespace {

std::string Percent(std::uint64_t part, std::uint64_t whole) {
  char buf[32];
  double pct = whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, pct, std::chars_format::fixed, 1);
  return std::string(buf, end) + "%";
}

// Appends the requested columns and writes the row.
class RowWriter {
 public:
  RowWriter(OutputFile& out, const RowOptions& rows, const std::string& input_name)
      : out_(out), rows_(rows), input_name_(input_name) {}

  void Write(const Pair& pair, double score, const PairKey& key, std::string_view rule) {
    row_ = JoinTsvRow(pair, rows_.en_column, rows_.ko_column, input_name_);
    if (rows_.score_column) {
      row_ += '\t';
      if (score >= 0) {
        char buf[32];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, score, std::chars_format::fixed, 3);
        row_.append(buf, end);
      }
    }
    if (rows_.hash_column) {
      row_ += '\t';
      row_ += KeyHex(key);
    }
    if (rows_.annotate) {
      row_ += '\t';
      row_ += rule;
    }
    row_ += '\n';
    out_.Write(row_);
  }

 private:
  OutputFile& out_;
  const RowOptions& rows_;
  const std::string& input_name_;
  std::string row_;
};

struct CleanItem {
  Pair input;  // texts as read (kept for annotate), extra columns, line
  Verdict verdict;
};

}  // namespace

CleanStats CleanStream(PairReader& in, OutputFile& out, const CleanStreamOptions& options) {
  CleanOptions clean = options.clean;
  if (options.rows.score_column || options.rows.hash_column) clean.score_all = true;
  PairCleaner cleaner(clean);
  RowWriter writer(out, options.rows, in.path());
  const bool annotate = options.rows.annotate;

  OrderedParallelMap<Pair, CleanItem> pm(options.threads, 512);
  pm.Run([&](Pair& p) { return in.Next(p); },
         [&](const Pair& p) {
           CleanItem item;
           item.verdict = cleaner.Check(p.en, p.ko);
           if (annotate) {
             item.input = p;
           } else {
             item.input.extra = p.extra;
             item.input.line = p.line;
           }
           return item;
         },
         [&](CleanItem&& item) {
           Verdict& v = item.verdict;
           cleaner.Finish(v);
           if (!v.keep() && !annotate) return;
           if (!annotate) {
             item.input.en = std::move(v.en);
             item.input.ko = std::move(v.ko);
           }
           writer.Write(item.input, v.adequacy, v.key, v.rule);
         });
  return cleaner.stats();
}

PairCleaner::PairCleaner(const CleanOptions& options) : cleaner_(options) {
  for (const auto& rule : options.disabled) dedup_ = dedup_ && rule != kRuleDuplicate;
}

void PairCleaner::Finish(Verdict& verdict) {
  if (verdict.keep() && dedup_ && deduper_.Seen(verdict.key)) verdict.rule = kRuleDuplicate;
  stats_.Add(verdict);
}

Verdict PairCleaner::Decide(std::string_view en, std::string_view ko) {
  Verdict v = Check(en, ko);
  Finish(v);
  return v;
}

CleanFileResult CleanFile(const std::string& input, const std::string& output,
                          const CleanFileOptions& options) {
  CleanStreamOptions stream = options.stream;
  stream.rows.en_column = options.reader.en_column;
  stream.rows.ko_column = options.reader.ko_column;
  auto reader = OpenPairReader(input, options.reader);
  OutputFile out(PrepareOutput(output), InputFiles(input, options.reader));
  CleanFileResult r;
  r.stats = CleanStream(*reader, out, stream);
  out.Close();
  r.input = reader->path();
  r.skipped = reader->skipped();
  r.skip_examples = reader->skip_examples();
  const auto& disabled = stream.clean.disabled;
  r.adequacy_disabled = stream.clean.min_adequacy > 0 && std::find(disabled.begin(), disabled.end(),
                                                                   kRuleAdequacy) != disabled.end();
  return r;
}

bool IsCleanRule(std::string_view name) {
  for (std::string_view r : AllRules()) {
    if (r == name) return true;
  }
  return false;
}

std::string DedupStats::Summary() const {
  return "kept " + std::to_string(kept) + " of " + std::to_string(total) + " pairs (" +
         Percent(kept, total) + "); dropped: duplicate " + std::to_string(total - kept);
}

DedupStats DedupStream(PairReader& in, OutputFile& out, const DedupStreamOptions& options) {
  struct Item {
    Pair pair;
    PairKey key;
  };
  Deduper deduper;
  DedupStats stats;
  RowOptions rows = options.rows;
  rows.score_column = false;
  RowWriter writer(out, rows, in.path());
  OrderedParallelMap<Pair, Item> pm(options.threads, 512);
  pm.Run([&](Pair& p) { return in.Next(p); },
         [&](const Pair& p) {
           return Item{p, options.exact ? ExactDedupKey(p.en, p.ko) : DedupKey(p.en, p.ko)};
         },
         [&](Item&& item) {
           ++stats.total;
           bool duplicate = deduper.Seen(item.key);
           if (!duplicate) ++stats.kept;
           if (duplicate && !rows.annotate) return;
           writer.Write(item.pair, -1, item.key, duplicate ? kRuleDuplicate : kKeep);
         });
  return stats;
}

}  // namespace kobi::corpora
