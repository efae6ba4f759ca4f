#include "kobi/corpora/spm.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <algorithm>
#include <charconv>
#include <exception>
#include <filesystem>
#include <regex>
#include <unordered_map>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/core/strings.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/internal/format_impl.h"

namespace kobi::corpora {
namespace {

// Streams the sentences of the input files to SentencePiece, so kobi never holds the corpus
// (SentencePiece keeps every sentence, or its sample when input_sentence_size is set).
// kobi errors (bad UTF-8, a TSV row without two columns) stop the iteration; the caller
// rethrows them after Train returns.
class FileSentenceIterator : public sentencepiece::SentenceIterator {
 public:
  explicit FileSentenceIterator(const SpmTrainOptions& options) : options_(options) { Next(); }
  bool done() const override { return done_; }
  const std::string& value() const override { return value_; }
  sentencepiece::util::Status status() const override {
    if (error_) {
      return sentencepiece::util::Status(sentencepiece::util::StatusCode::kAborted,
                                         "kobi input error");
    }
    return {};
  }
  void Next() override {
    try {
      done_ = !Advance();
    } catch (...) {
      error_ = std::current_exception();
      done_ = true;
    }
  }
  std::exception_ptr error() const { return error_; }
  std::uint64_t count() const { return count_; }

 private:
  bool Advance() {
    while (true) {
      if (pending_ < pending_cols_.size()) {
        value_ = std::move(pending_cols_[pending_++]);
        ++count_;
        return true;
      }
      if (!reader_) {
        if (file_ >= options_.inputs.size()) return false;
        const std::string& path = options_.inputs[file_++];
        tsv_ = FormatFromPath(path) == Format::kTsv;
        reader_ = std::make_unique<LineReader>(path);
      }
      if (!reader_->Next(line_)) {
        reader_.reset();
        continue;
      }
      pending_cols_.clear();
      pending_ = 0;
      if (!tsv_) {
        if (!line_.empty()) pending_cols_.push_back(line_);
        continue;
      }
      std::vector<std::string_view> cols = SplitFields(line_, '\t');
      if (cols.size() < 2) {
        throw InputError(reader_->path(), reader_->line_number(),
                         "expected en<TAB>ko (a TSV corpus file)");
      }
      bool swapped = false;
      if (reader_->line_number() == 1 && internal::IsTsvHeader(line_, &swapped)) continue;
      if (options_.columns != "ko" && !cols[0].empty()) pending_cols_.emplace_back(cols[0]);
      if (options_.columns != "en" && !cols[1].empty()) pending_cols_.emplace_back(cols[1]);
    }
  }

  const SpmTrainOptions& options_;
  std::size_t file_ = 0;
  std::unique_ptr<LineReader> reader_;
  bool tsv_ = false;
  std::string line_, value_;
  std::vector<std::string> pending_cols_;
  std::size_t pending_ = 0;
  bool done_ = false;
  std::exception_ptr error_;
  std::uint64_t count_ = 0;
};

std::int64_t FirstNumberAfter(const std::string& text, const std::regex& re) {
  std::smatch m;
  if (!std::regex_search(text, m, re)) return -1;
  std::int64_t v = -1;
  std::string s = m[1].str();
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Turns SentencePiece's status text ("Internal: src/trainer_interface.cc(67) [(a) > (b)] msg")
// into one line a user can act on.
std::string Explain(const std::string& raw, const SpmTrainOptions& o) {
  const std::string v = std::to_string(o.vocab_size);
  static const std::regex kAtMost("<= ?([0-9]+)");
  static const std::regex kRequired("([0-9]+) vs ([0-9]+)");
  if (raw.find("Vocabulary size too high") != std::string::npos) {
    std::int64_t max = FirstNumberAfter(raw, kAtMost);
    return "--vocab-size " + v + " is too large for this corpus: SentencePiece can make at most " +
           (max > 0 ? std::to_string(max) : std::string("fewer")) +
           " pieces from it (lower --vocab-size, or pass --hard-vocab-limit=false to train the "
           "largest vocabulary it supports)";
  }
  std::smatch m;
  if (raw.find("smaller than required_chars") != std::string::npos &&
      std::regex_search(raw, m, kRequired)) {
    return "--vocab-size " + v + " is too small: the corpus needs " + m[2].str() +
           " pieces (its characters at --character-coverage, the 256 byte pieces of byte_fallback "
           "and the special pieces); use "
           "--vocab-size " +
           std::to_string(std::stoll(m[2].str()) + 1) +
           " or more, or lower --character-coverage (down to 0.98)";
  }
  if (raw.find("vocab_size()) == (model_proto->pieces_size())") != std::string::npos ||
      raw.find("vocab_size()) >= (model_proto->pieces_size())") != std::string::npos) {
    return "--vocab-size " + v + " does not match the pieces this corpus gives for --model-type " +
           o.model_type +
           " (for char and word models the vocabulary is the corpus's characters or words; "
           "pass --hard-vocab-limit=false to accept the size the corpus gives)";
  }
  if (raw.find("insert_id(") != std::string::npos ||
      raw.find("[(vocab_size) >= (0)]") != std::string::npos) {
    return "--vocab-size " + v +
           " cannot hold SentencePiece's special pieces (<unk>, <s>, </s> "
           "and, with byte_fallback as kobi trains, 256 byte pieces) plus the corpus's pieces; "
           "use at least " +
           std::to_string(o.model_type == "char" ? 260 : 261) +
           " (more for "
           "most corpora)";
  }
  if (auto p = raw.find("unknown field name"); p != std::string::npos) {
    return "unknown SentencePiece option: " + raw.substr(p + 19);
  }
  // Generic: keep the condition and any message, drop the file(line) and C++ spelling.
  std::string text = raw;
  static const std::regex kLoc("^[A-Za-z]+: ?[^ ]*\\.cc\\([0-9]+\\) ?");
  text = std::regex_replace(text, kLoc, "");
  static const std::regex kSpec("trainer_spec_?\\.|normalizer_spec_?\\.|\\(\\)");
  text = std::regex_replace(text, kSpec, "");
  static const std::regex kParens("\\(([A-Za-z_0-9.]+)\\)");
  text = std::regex_replace(text, kParens, "$1");
  if (!text.empty() && text.front() == '[') {
    auto close = text.find(']');
    if (close != std::string::npos) {
      std::string cond = text.substr(1, close - 1);
      std::string rest = text.substr(close + 1);
      while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
      return "SentencePiece rejected the options: requires " + cond +
             (rest.empty() ? "" : " (" + rest + ")");
    }
  }
  return "SentencePiece: " + text;
}

void Validate(const SpmTrainOptions& o) {
  if (o.inputs.empty()) throw UsageError("spm train: give at least one --input file");
  if (o.model_prefix.empty()) throw UsageError("spm train: --model-prefix is required");
  if (o.columns != "en" && o.columns != "ko" && o.columns != "both") {
    throw UsageError("spm train: --columns must be en, ko or both");
  }
  if (o.vocab_size < 1) throw UsageError("spm train: --vocab-size must be positive");
  // SentencePiece serialises ids 0..vocab_size-1 one by one, so an absurd size runs for
  // minutes before failing; no corpus yields more pieces than this (its unigram seed limit
  // is 5,000,000; BPE and word models stay far below that on any corpus kobi streams).
  constexpr std::int64_t kMaxVocab = 10'000'000;
  if (o.vocab_size > kMaxVocab) {
    throw UsageError("spm train: --vocab-size " + std::to_string(o.vocab_size) +
                     " is larger than any SentencePiece vocabulary (at most " +
                     std::to_string(kMaxVocab) + ")");
  }
  if (!(o.character_coverage >= 0.98 && o.character_coverage <= 1.0)) {
    throw UsageError(
        "spm train: --character-coverage must be between 0.98 and 1 "
        "(SentencePiece's range)");
  }
  if (o.input_sentence_size != 0 && o.input_sentence_size <= 100) {
    throw UsageError("spm train: --input-sentence-size must be 0 (all sentences) or more than 100");
  }
  for (const auto& [key, value] : o.extra) {
    if (key == "input" || key == "input_format") {
      throw UsageError("spm train: --spm-opt " + key +
                       " is not accepted (give files with --input)");
    }
  }
}

}  // namespace

std::pair<std::string, std::string> ParseSpmOption(std::string_view key_value) {
  auto eq = key_value.find('=');
  std::string_view key = key_value.substr(0, eq);
  while (!key.empty() && key.front() == '-') key.remove_prefix(1);
  if (eq == std::string_view::npos || key.empty()) {
    throw UsageError(
        "spm train: --spm-opt wants KEY=VALUE (a SentencePiece trainer option), "
        "got '" +
        std::string(key_value) + "'");
  }
  return {std::string(key), std::string(key_value.substr(eq + 1))};
}

SpmTrainResult TrainSpm(const SpmTrainOptions& options) {
  Validate(options);
  std::filesystem::path parent = std::filesystem::path(options.model_prefix).parent_path();
  if (!parent.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(parent, ec);
    if (ec) throw IoError(parent.string(), "cannot create folder: " + ec.message());
  }
  unsigned threads = std::min(options.threads == 0 ? HardwareThreads() : options.threads, 1024u);
  std::unordered_map<std::string, std::string> args = {
      {"model_prefix", options.model_prefix},
      {"vocab_size", std::to_string(options.vocab_size)},
      {"model_type", options.model_type},
      {"character_coverage", ""},
      {"normalization_rule_name", "identity"},
      {"remove_extra_whitespaces", "false"},
      {"add_dummy_prefix", "true"},
      {"split_by_whitespace", "true"},
      {"byte_fallback", "true"},
      {"hard_vocab_limit", options.hard_vocab_limit ? "true" : "false"},
      {"input_sentence_size", std::to_string(options.input_sentence_size)},
      {"num_threads", std::to_string(threads)},
      {"minloglevel", "2"},
  };
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, options.character_coverage);
  args["character_coverage"].assign(buf, end);
  for (const auto& [key, value] : options.extra) args[key] = value;

  SpmTrainResult result;
  FileSentenceIterator it(options);
  sentencepiece::util::Status status = sentencepiece::SentencePieceTrainer::Train(args, &it);
  if (it.error()) std::rethrow_exception(it.error());
  result.sentences = it.count();
  if (result.sentences == 0) throw InputError(options.inputs.front(), 0, "no text to train on");
  if (!status.ok()) throw UsageError("spm train: " + Explain(status.ToString(), options));

  sentencepiece::SentencePieceProcessor sp;
  auto load = sp.Load(options.model_prefix + ".model");
  if (!load.ok()) throw IoError(options.model_prefix + ".model", "cannot load the trained model");
  result.vocab_size = sp.GetPieceSize();
  if (result.vocab_size < options.vocab_size) {
    result.notes.push_back("the corpus supports only " + std::to_string(result.vocab_size) +
                           " pieces; trained with vocabulary " + std::to_string(result.vocab_size) +
                           " instead of " + std::to_string(options.vocab_size) +
                           " (--hard-vocab-limit=false)");
  }
  return result;
}

struct SpmModel::Impl {
  sentencepiece::SentencePieceProcessor sp;
};

SpmModel::SpmModel(const std::string& model_path) : impl_(std::make_unique<Impl>()) {
  std::error_code ec;
  if (std::filesystem::is_directory(model_path, ec)) {
    throw IoError(model_path, "is a folder, not a SentencePiece model (give PREFIX.model)");
  }
  sentencepiece::util::Status status;
  try {
    status = impl_->sp.Load(model_path);
  } catch (const std::exception& e) {
    throw IoError(model_path, std::string("cannot load SentencePiece model: ") + e.what());
  }
  if (!status.ok()) {
    throw IoError(model_path,
                  "cannot load SentencePiece model (" + std::string(status.message()) + ")");
  }
}

SpmModel::~SpmModel() = default;

std::vector<std::string> SpmModel::EncodePieces(std::string_view text) const {
  std::vector<std::string> pieces;
  auto status = impl_->sp.Encode(text, &pieces);
  if (!status.ok()) throw Error("spm encode: " + status.ToString());
  return pieces;
}

std::vector<int> SpmModel::EncodeIds(std::string_view text) const {
  std::vector<int> ids;
  auto status = impl_->sp.Encode(text, &ids);
  if (!status.ok()) throw Error("spm encode: " + status.ToString());
  return ids;
}

std::string SpmModel::DecodePieces(const std::vector<std::string>& pieces) const {
  std::string out;
  auto status = impl_->sp.Decode(pieces, &out);
  if (!status.ok()) throw Error("spm decode: " + status.ToString());
  return out;
}

std::string SpmModel::DecodeIds(const std::vector<int>& ids) const {
  for (int id : ids) {
    if (id < 0 || id >= impl_->sp.GetPieceSize()) {
      throw Error("spm decode: id " + std::to_string(id) + " is outside the vocabulary (0-" +
                  std::to_string(impl_->sp.GetPieceSize() - 1) + ")");
    }
  }
  std::string out;
  auto status = impl_->sp.Decode(ids, &out);
  if (!status.ok()) throw Error("spm decode: " + status.ToString());
  return out;
}

int SpmModel::vocab_size() const { return impl_->sp.GetPieceSize(); }

}  // namespace kobi::corpora
