// TSV reader and writer: en<TAB>ko[<TAB>extra…], optional header, fixed column count.
#include <algorithm>
#include <deque>
#include <map>
#include <utility>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/strings.h"
#include "kobi/corpora/internal/format_impl.h"

namespace kobi::corpora::internal {
namespace {

bool IsEnName(std::string_view s) {
  std::string l = AsciiLower(s);
  return l == "en" || l == "eng" || l == "english";
}
bool IsKoName(std::string_view s) {
  std::string l = AsciiLower(s);
  return l == "ko" || l == "kor" || l == "korean";
}

class TsvReader : public LineBasedReader {
 public:
  using LineBasedReader::LineBasedReader;

  bool Next(Pair& pair) override {
    std::uint64_t n = 0;
    while (NextLine(line_, n)) {
      bool default_columns = options_.en_column == 1 && options_.ko_column == 2;
      if (n == 1 && default_columns && IsTsvHeader(line_, &swapped_)) {
        columns_ = SplitFields(line_, '\t').size();
        continue;
      }
      if (columns_ == 0) columns_ = GuessColumns();
      if (!ValidUtf8(line_, n)) continue;
      std::vector<std::string_view> fields = SplitFields(line_, '\t');
      if (fields.size() < 2) {
        Bad(n, line_.empty() ? "empty line (expected en<TAB>ko)"
                             : "missing column (expected en<TAB>ko, found no tab)");
        continue;
      }
      if (fields.size() != columns_) {
        Bad(n, (fields.size() > columns_ ? "stray tab: " : "missing column: ") +
                   std::to_string(fields.size()) + " columns, expected " +
                   std::to_string(columns_));
        continue;
      }
      if (!default_columns) {
        std::size_t need = std::max(options_.en_column, options_.ko_column);
        if (fields.size() < need) {
          Bad(n, "missing column: " + std::to_string(fields.size()) + " columns, the " +
                     (options_.en_column == need ? "English" : "Korean") + " text is column " +
                     std::to_string(need));
          continue;
        }
        pair.en.assign(fields[options_.en_column - 1]);
        pair.ko.assign(fields[options_.ko_column - 1]);
        pair.extra.clear();
        for (std::size_t i = 0; i < fields.size(); ++i) {
          if (i + 1 != options_.en_column && i + 1 != options_.ko_column) {
            pair.extra.emplace_back(fields[i]);
          }
        }
        pair.line = n;
        return true;
      }
      pair.en.assign(fields[swapped_ ? 1 : 0]);
      pair.ko.assign(fields[swapped_ ? 0 : 1]);
      pair.extra.clear();
      for (std::size_t i = 2; i < fields.size(); ++i) pair.extra.emplace_back(fields[i]);
      pair.line = n;
      return true;
    }
    return false;
  }

 private:
  // Without a header the column count is the most common one (at least 2) among the first
  // kLookahead rows, so one stray tab in row 1 cannot make every good row "bad".
  static constexpr std::size_t kLookahead = 1000;

  bool NextLine(std::string& line, std::uint64_t& n) {
    if (!ahead_.empty()) {
      n = ahead_.front().first;
      line = std::move(ahead_.front().second);
      ahead_.pop_front();
      return true;
    }
    if (!source_->Next(line)) return false;
    n = source_->line_number();
    return true;
  }

  // Called with the first data row in line_; reads ahead (kept in ahead_) to count columns.
  std::size_t GuessColumns() {
    std::map<std::size_t, std::size_t> counts;  // columns -> rows
    auto count = [&](const std::string& l) {
      std::size_t c = SplitFields(l, '\t').size();
      if (c >= 2) ++counts[c];
    };
    count(line_);
    std::string l;
    while (ahead_.size() < kLookahead && source_->Next(l)) {
      count(l);
      ahead_.emplace_back(source_->line_number(), std::move(l));
    }
    std::size_t best = 0, best_rows = 0;
    for (const auto& [c, rows] : counts) {
      if (rows > best_rows) best = c, best_rows = rows;  // ties: fewer columns
    }
    return best == 0 ? 2 : best;
  }

  std::string line_;
  std::size_t columns_ = 0;
  bool swapped_ = false;
  std::deque<std::pair<std::uint64_t, std::string>> ahead_;  // (line number, text)
};

class TsvWriter : public PairWriter {
 public:
  TsvWriter(const std::string& path, const WriterOptions& options)
      : out_(path, options.inputs), options_(options) {
    if (options_.tsv_header) {
      std::string header = "en\tko";
      for (const auto& name : options_.extra_names) header += "\t" + name;
      out_.WriteLine(header);
    }
  }
  void Write(const Pair& pair) override {
    Check(pair, pair.en, "English");
    Check(pair, pair.ko, "Korean");
    for (const auto& e : pair.extra) Check(pair, e, "extra");
    buffer_.clear();
    buffer_ += pair.en;
    buffer_ += '\t';
    buffer_ += pair.ko;
    for (const auto& e : pair.extra) {
      buffer_ += '\t';
      buffer_ += e;
    }
    buffer_ += '\n';
    out_.Write(buffer_);
  }
  void Close() override { out_.Close(); }

 private:
  void Check(const Pair& pair, std::string_view text, const char* what) {
    std::size_t bad = text.find_first_of("\t\n\r");
    if (bad == std::string_view::npos) return;
    std::string kind = text[bad] == '\t'   ? "a tab"
                       : text[bad] == '\r' ? "a carriage return (a line break when read back)"
                                           : "a line break";
    throw InputError(
        options_.input_name, pair.line,
        std::string(what) + " text contains " + kind + " and cannot be written as TSV");
  }
  OutputFile out_;
  WriterOptions options_;
  std::string buffer_;
};

}  // namespace

bool IsTsvHeader(std::string_view line, bool* swapped) {
  std::vector<std::string_view> f = SplitFields(line, '\t');
  if (f.size() < 2) return false;
  if (IsEnName(f[0]) && IsKoName(f[1])) {
    *swapped = false;
    return true;
  }
  if (IsKoName(f[0]) && IsEnName(f[1])) {
    *swapped = true;
    return true;
  }
  return false;
}

void LineBasedReader::Bad(std::uint64_t line, const std::string& message) {
  if (!options_.skip_bad) {
    throw InputError(path(), line, message + " (--skip-bad skips such rows" + format_note_ + ")");
  }
  CountSkip(FormatLocation(path(), line, message));
}

bool LineBasedReader::ValidUtf8(std::string& text, std::uint64_t line) {
  std::string message;
  long n = CheckUtf8(text, options_.repair_utf8, &message);
  if (n < 0) {
    Bad(line, message);
    return false;
  }
  if (n > 0) CountRepairs(static_cast<std::uint64_t>(n));
  return true;
}

std::unique_ptr<PairReader> MakeTsvReader(std::unique_ptr<LineSource> source,
                                          const ReaderOptions& options) {
  return std::make_unique<TsvReader>(std::move(source), options);
}

std::unique_ptr<PairWriter> MakeTsvWriter(const std::string& path, const WriterOptions& options) {
  return std::make_unique<TsvWriter>(path, options);
}

}  // namespace kobi::corpora::internal
