// Moses file pairs: line i of X.en is the translation of line i of X.ko.
#include <utility>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/internal/format_impl.h"

namespace kobi::corpora::internal {
namespace {

class MosesReader : public PairReader {
 public:
  MosesReader(const MosesPaths& paths, const ReaderOptions& options)
      : en_(paths.en), ko_(paths.ko), options_(options) {}

  bool Next(Pair& pair) override {
    while (true) {
      bool has_en = en_.Next(pair.en);
      bool has_ko = ko_.Next(pair.ko);
      if (!has_en && !has_ko) return false;
      if (has_en != has_ko) {
        // Structural: every later pair would be misaligned, so never skippable.
        LineSource& longer = has_en ? en_ : ko_;
        LineSource& shorter = has_en ? ko_ : en_;
        throw InputError(longer.path(), longer.line_number(),
                         "has more lines than " + shorter.path() + " (" +
                             std::to_string(shorter.line_number()) + " lines)");
      }
      std::uint64_t n = en_.line_number();
      if (!Valid(pair.en, en_.path(), n) || !Valid(pair.ko, ko_.path(), n)) continue;
      pair.extra.clear();
      pair.line = n;
      return true;
    }
  }
  const std::string& path() const override { return en_.path(); }
  std::uint64_t bytes_read() const override { return en_.bytes_read() + ko_.bytes_read(); }

 private:
  bool Valid(std::string& text, const std::string& file, std::uint64_t line) {
    std::string message;
    long n = CheckUtf8(text, options_.repair_utf8, &message);
    if (n >= 0) {
      CountRepairs(static_cast<std::uint64_t>(n));
      return true;
    }
    if (!options_.skip_bad) throw InputError(file, line, message + " (--skip-bad skips such rows)");
    CountSkip(FormatLocation(file, line, message));
    return false;
  }
  LineSource en_;
  LineSource ko_;
  ReaderOptions options_;
};

class MosesWriter : public PairWriter {
 public:
  MosesWriter(const MosesPaths& paths, const WriterOptions& options)
      : en_(paths.en), ko_(paths.ko), options_(options) {}
  void Write(const Pair& pair) override {
    Check(pair, pair.en, "English");
    Check(pair, pair.ko, "Korean");
    en_.WriteLine(pair.en);
    ko_.WriteLine(pair.ko);
  }
  void Close() override {
    en_.Close();
    ko_.Close();
  }

 private:
  void Check(const Pair& pair, std::string_view text, const char* what) {
    if (text.find('\n') != std::string_view::npos || (!text.empty() && text.back() == '\r')) {
      throw InputError(options_.input_name, pair.line,
                       std::string(what) + " text contains a line break and cannot be written "
                                           "as a Moses line");
    }
  }
  OutputFile en_;
  OutputFile ko_;
  WriterOptions options_;
};

}  // namespace

std::unique_ptr<PairReader> MakeMosesReader(const MosesPaths& paths, const ReaderOptions& options) {
  return std::make_unique<MosesReader>(paths, options);
}

std::unique_ptr<PairWriter> MakeMosesWriter(const std::string& path, const WriterOptions& options) {
  if (path == "-") throw UsageError("Moses output needs a file prefix (X -> X.en, X.ko), not '-'");
  return std::make_unique<MosesWriter>(ResolveMosesPaths(path), options);
}

}  // namespace kobi::corpora::internal
