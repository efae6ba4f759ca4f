// JSONL reader and writer: {"translation":{"en":…,"ko":…}[,"extra":[…]]} one object per line,
// through nlohmann::json (exact string round trip; non-ASCII written as UTF-8, controls escaped).
#include <nlohmann/json.hpp>

#include <utility>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/internal/format_impl.h"

namespace kobi::corpora::internal {
namespace {

using ordered_json = nlohmann::ordered_json;

class JsonlReader : public LineBasedReader {
 public:
  using LineBasedReader::LineBasedReader;

  bool Next(Pair& pair) override {
    while (source_->Next(line_)) {
      std::uint64_t n = source_->line_number();
      if (!ValidUtf8(line_, n)) continue;
      std::string error = Parse(line_, pair);
      if (!error.empty()) {
        Bad(n, error);
        continue;
      }
      pair.line = n;
      return true;
    }
    return false;
  }

 private:
  static std::string Parse(const std::string& line, Pair& pair) {
    if (line.find_first_not_of(" \t") == std::string::npos) return "empty line (expected a JSON object)";
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return "invalid JSON";
    if (!j.is_object()) return "expected a JSON object";
    auto t = j.find("translation");
    if (t == j.end() || !t->is_object()) return "missing \"translation\" object";
    auto en = t->find("en");
    auto ko = t->find("ko");
    if (en == t->end() || !en->is_string()) return "missing string \"translation\".\"en\"";
    if (ko == t->end() || !ko->is_string()) return "missing string \"translation\".\"ko\"";
    pair.en = en->get<std::string>();
    pair.ko = ko->get<std::string>();
    pair.extra.clear();
    auto extra = j.find("extra");
    if (extra != j.end()) {
      if (!extra->is_array()) return "\"extra\" must be an array of strings";
      for (const auto& e : *extra) {
        if (!e.is_string()) return "\"extra\" must be an array of strings";
        pair.extra.push_back(e.get<std::string>());
      }
    }
    return "";
  }
  std::string line_;
};

class JsonlWriter : public PairWriter {
 public:
  JsonlWriter(const std::string& path, const WriterOptions& options)
      : out_(path), options_(options) {}
  void Write(const Pair& pair) override {
    ordered_json j;
    j["translation"]["en"] = pair.en;
    j["translation"]["ko"] = pair.ko;
    if (!pair.extra.empty()) {
      if (options_.extra_names.size() == pair.extra.size()) {
        // Named metadata (e.g. score, source) as its own object, plus the plain list.
        for (std::size_t i = 0; i < pair.extra.size(); ++i) {
          j["kobi"][options_.extra_names[i]] = pair.extra[i];
        }
      }
      j["extra"] = pair.extra;
    }
    try {
      out_.WriteLine(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict));
    } catch (const nlohmann::json::exception& e) {
      throw InputError(options_.input_name, pair.line, std::string("cannot write JSON: ") + e.what());
    }
  }
  void Close() override { out_.Close(); }

 private:
  OutputFile out_;
  WriterOptions options_;
};

}  // namespace

std::unique_ptr<PairReader> MakeJsonlReader(std::unique_ptr<LineSource> source,
                                            const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(std::move(source), options);
}

std::unique_ptr<PairWriter> MakeJsonlWriter(const std::string& path, const WriterOptions& options) {
  return std::make_unique<JsonlWriter>(path, options);
}

}  // namespace kobi::corpora::internal
