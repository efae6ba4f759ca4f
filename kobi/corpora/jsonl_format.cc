// JSONL reader and writer: {"translation":{"en":…,"ko":…}[,"score":0.912][,"source":…]
// [,"extra":[…]]} one object per line (metadata convention: kobi/corpora/pair.h). Strings go
// through nlohmann::json (exact round trip; non-ASCII written as UTF-8, controls escaped).
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <utility>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parse_result.h"
#include "kobi/corpora/internal/format_impl.h"

namespace kobi::corpora::internal {
namespace {

// True when `text` is a JSON number that reads back as the same text (so it can be written as
// a number and round-trip byte for byte): JSON number syntax, and not "-0".
bool IsExactJsonNumber(std::string_view text) {
  std::size_t i = 0, n = text.size();
  auto digits = [&] {
    std::size_t start = i;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
    return i > start;
  };
  if (i < n && text[i] == '-') ++i;
  if (i < n && text[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  bool integer = true;
  if (i < n && text[i] == '.') {
    ++i;
    integer = false;
    if (!digits()) return false;
  }
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    integer = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    if (!digits()) return false;
  }
  if (i != n) return false;
  // Integers are re-printed from their value: only canonical ones survive ("-0" does not).
  return !integer || text != "-0";
}

// Collects one line's pair and metadata through nlohmann's SAX interface, which hands over
// the raw text of floating-point numbers (so "0.900" reads back as "0.900").
class PairSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::string error;
  bool has_translation = false, has_en = false, has_ko = false;
  std::string en, ko;
  std::optional<std::string> score, source;
  std::vector<std::string> extra;

  bool null() override { return Scalar(false, "null"); }
  bool boolean(bool v) override { return Scalar(false, v ? "true" : "false"); }
  bool number_integer(number_integer_t v) override { return Scalar(true, std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return Scalar(true, std::to_string(v)); }
  bool number_float(number_float_t, const string_t& raw) override { return Scalar(true, raw); }
  bool string(string_t& v) override { return Scalar(false, v, true); }
  bool binary(binary_t&) override { return Fail("unexpected binary value"); }
  bool start_object(std::size_t) override { return Open('o'); }
  bool start_array(std::size_t) override { return Open('a'); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }
  bool key(string_t& k) override {
    if (stack_.size() == 1) key1_ = k;
    if (stack_.size() == 2) key2_ = k;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return Fail("invalid JSON");
  }

 private:
  bool Fail(std::string message) {
    if (error.empty()) error = std::move(message);
    return false;
  }
  bool Open(char kind) {
    if (stack_.empty() && kind != 'o') return Fail("expected a JSON object");
    if (stack_.size() == 1 && key1_ == "translation" && kind != 'o') {
      return Fail("missing \"translation\" object");
    }
    if (stack_.size() == 1 && key1_ == "extra" && kind != 'a') {
      return Fail("\"extra\" must be an array of strings");
    }
    if (stack_.size() == 2 && key1_ == "extra")
      return Fail("\"extra\" must be an array of strings");
    if (stack_.size() == 1 && (key1_ == "score" || key1_ == "source")) {
      return Fail("\"" + key1_ + "\" must be a " + (key1_ == "score" ? "number" : "string"));
    }
    if (stack_.size() == 2 && key1_ == "translation" && (key2_ == "en" || key2_ == "ko")) {
      return Fail("missing string \"translation\".\"" + key2_ + "\"");
    }
    if (stack_.size() == 1 && key1_ == "translation") has_translation = true;
    stack_.push_back(kind);
    return true;
  }
  bool Close() {
    stack_.pop_back();
    return true;
  }
  bool Scalar(bool number, const std::string& text, bool is_string = false) {
    if (stack_.empty()) return Fail("expected a JSON object");
    if (stack_.size() == 1) {
      if (key1_ == "translation") return Fail("missing \"translation\" object");
      if (key1_ == "extra") return Fail("\"extra\" must be an array of strings");
      if (key1_ == "score") {
        if (!number && !is_string) return Fail("\"score\" must be a number");
        score = text;
      } else if (key1_ == "source") {
        if (!is_string) return Fail("\"source\" must be a string");
        source = text;
      }
      return true;
    }
    if (stack_.size() == 2 && key1_ == "translation" && (key2_ == "en" || key2_ == "ko")) {
      if (!is_string) return Fail("missing string \"translation\".\"" + key2_ + "\"");
      (key2_ == "en" ? en : ko) = text;
      (key2_ == "en" ? has_en : has_ko) = true;
      return true;
    }
    if (stack_.size() == 2 && key1_ == "extra") {
      if (!is_string) return Fail("\"extra\" must be an array of strings");
      extra.push_back(text);
    }
    return true;
  }
  std::vector<char> stack_;
  std::string key1_, key2_;
};

class JsonlReader : public LineBasedReader {
 public:
  using LineBasedReader::LineBasedReader;

  bool Next(Pair& pair) override {
    while (source_->Next(line_)) {
      std::uint64_t n = source_->line_number();
      if (!ValidUtf8(line_, n)) continue;
      ParseResult<Pair> parsed = Parse(line_);
      if (!parsed.ok()) {
        Bad(n, parsed.error());
        continue;
      }
      pair = std::move(parsed).value();
      pair.line = n;
      return true;
    }
    return false;
  }

 private:
  static ParseResult<Pair> Parse(const std::string& line) {
    if (line.find_first_not_of(" \t") == std::string::npos) {
      return ParseFailure{"empty line (expected a JSON object)"};
    }
    PairSax sax;
    bool ok = nlohmann::json::sax_parse(line, &sax);
    if (!ok) return ParseFailure{sax.error.empty() ? "invalid JSON" : sax.error};
    if (!sax.has_translation) return ParseFailure{"missing \"translation\" object"};
    if (!sax.has_en) return ParseFailure{"missing string \"translation\".\"en\""};
    if (!sax.has_ko) return ParseFailure{"missing string \"translation\".\"ko\""};
    Pair pair;
    pair.en = std::move(sax.en);
    pair.ko = std::move(sax.ko);
    pair.extra = ArrangeMetadata(sax.score ? &*sax.score : nullptr,
                                 sax.source ? &*sax.source : nullptr, std::move(sax.extra));
    return pair;
  }
  std::string line_;
};

std::string JsonString(const std::string& s, const WriterOptions& options, std::uint64_t line) {
  try {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
  } catch (const nlohmann::json::exception& e) {
    throw InputError(options.input_name, line, std::string("cannot write JSON: ") + e.what());
  }
}

class JsonlWriter : public PairWriter {
 public:
  JsonlWriter(const std::string& path, const WriterOptions& options)
      : out_(path, options.inputs), options_(options) {}
  void Write(const Pair& pair) override {
    std::string s = "{\"translation\":{\"en\":" + JsonString(pair.en, options_, pair.line) +
                    ",\"ko\":" + JsonString(pair.ko, options_, pair.line) + "}";
    const auto& x = pair.extra;
    if (x.size() > kScoreSlot) {
      const std::string& score = x[kScoreSlot];
      s += ",\"score\":" +
           (IsExactJsonNumber(score) ? score : JsonString(score, options_, pair.line));
    }
    if (x.size() > kSourceSlot)
      s += ",\"source\":" + JsonString(x[kSourceSlot], options_, pair.line);
    if (x.size() > kSourceSlot + 1) {
      s += ",\"extra\":[";
      for (std::size_t i = kSourceSlot + 1; i < x.size(); ++i) {
        if (i > kSourceSlot + 1) s += ',';
        s += JsonString(x[i], options_, pair.line);
      }
      s += ']';
    }
    s += '}';
    out_.WriteLine(s);
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
