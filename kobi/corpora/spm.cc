#include "kobi/corpora/spm.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstdlib>
#include <regex>
#include <unordered_map>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/internal/format_impl.h"

namespace kobi::corpora {
namespace {

class VectorIterator : public sentencepiece::SentenceIterator {
 public:
  explicit VectorIterator(const std::vector<std::string>& v) : v_(v) {}
  bool done() const override { return i_ >= v_.size(); }
  void Next() override { ++i_; }
  const std::string& value() const override { return v_[i_]; }
  sentencepiece::util::Status status() const override { return {}; }

 private:
  const std::vector<std::string>& v_;
  std::size_t i_ = 0;
};

std::vector<std::string> LoadSentences(const SpmTrainOptions& options) {
  std::vector<std::string> out;
  for (const std::string& path : options.inputs) {
    bool tsv = FormatFromPath(path) == Format::kTsv;
    LineReader in(path);
    std::string line;
    while (in.Next(line)) {
      if (!tsv) {
        if (!line.empty()) out.push_back(line);
        continue;
      }
      std::vector<std::string_view> cols = internal::SplitTabs(line);
      if (cols.size() < 2) {
        throw InputError(in.path(), in.line_number(), "expected en<TAB>ko (a TSV corpus file)");
      }
      if (in.line_number() == 1) {
        bool swapped = false;
        if (internal::IsTsvHeader(line, &swapped)) continue;
      }
      if (options.columns != "ko" && !cols[0].empty()) out.emplace_back(cols[0]);
      if (options.columns != "en" && !cols[1].empty()) out.emplace_back(cols[1]);
    }
  }
  return out;
}

// "... Please set it to a value <= 1234." -> 1234; else -1.
int SuggestedMax(const std::string& message) {
  std::smatch m;
  static const std::regex kLe("<= ?([0-9]+)");
  if (std::regex_search(message, m, kLe)) return std::atoi(m[1].str().c_str());
  return -1;
}

// "Vocabulary size is smaller than required_chars. 100 vs 260." -> 260 (+ specials).
int RequiredMin(const std::string& message) {
  std::smatch m;
  static const std::regex kVs("([0-9]+) vs ([0-9]+)");
  if (message.find("smaller than required") != std::string::npos &&
      std::regex_search(message, m, kVs)) {
    return std::atoi(m[2].str().c_str()) + 4;
  }
  return -1;
}

}  // namespace

SpmTrainResult TrainSpm(const SpmTrainOptions& options) {
  if (options.inputs.empty()) throw UsageError("spm train: give at least one --input file");
  if (options.model_prefix.empty()) throw UsageError("spm train: --model-prefix is required");
  if (options.vocab_size < 1) throw UsageError("spm train: --vocab-size must be positive");
  if (options.columns != "en" && options.columns != "ko" && options.columns != "both") {
    throw UsageError("spm train: --columns must be en, ko or both");
  }
  SpmTrainResult result;
  std::vector<std::string> sentences = LoadSentences(options);
  result.sentences = sentences.size();
  if (sentences.empty()) {
    throw InputError(options.inputs.front(), 0, "no text to train on");
  }
  int vocab = options.vocab_size;
  for (int attempt = 0; attempt < 4; ++attempt) {
    std::unordered_map<std::string, std::string> args = {
        {"model_prefix", options.model_prefix},
        {"vocab_size", std::to_string(vocab)},
        {"model_type", options.model_type},
        {"character_coverage", std::to_string(options.character_coverage)},
        {"normalization_rule_name", "identity"},
        {"remove_extra_whitespaces", "false"},
        {"add_dummy_prefix", "false"},
        {"split_by_whitespace", "true"},
        {"byte_fallback", "true"},
        {"hard_vocab_limit", "false"},
        {"num_threads", std::to_string(options.threads == 0 ? 1 : options.threads)},
        {"minloglevel", "2"},
    };
    VectorIterator it(sentences);
    sentencepiece::util::Status status = sentencepiece::SentencePieceTrainer::Train(args, &it);
    if (status.ok()) {
      // With hard_vocab_limit=false SentencePiece may stop short of the requested size.
      sentencepiece::SentencePieceProcessor sp;
      int actual = sp.Load(options.model_prefix + ".model").ok() ? sp.GetPieceSize() : vocab;
      if (actual < vocab) {
        result.notes.push_back("the corpus supports only " + std::to_string(actual) +
                               " pieces; trained with vocabulary " + std::to_string(actual) +
                               " instead of " + std::to_string(vocab));
      }
      result.vocab_size = actual;
      return result;
    }
    std::string message = status.ToString();
    int lower = RequiredMin(message), upper = SuggestedMax(message);
    int next = upper > 0 && upper < vocab ? upper : lower > vocab ? lower : -1;
    if (next <= 0) throw Error("spm train: SentencePiece failed: " + message);
    result.notes.push_back("vocabulary size " + std::to_string(vocab) +
                           " does not fit this corpus (" + message + "); retrying with " +
                           std::to_string(next));
    vocab = next;
  }
  throw Error("spm train: could not find a vocabulary size SentencePiece accepts");
}

struct SpmModel::Impl {
  sentencepiece::SentencePieceProcessor sp;
};

SpmModel::SpmModel(const std::string& model_path) : impl_(std::make_unique<Impl>()) {
  auto status = impl_->sp.Load(model_path);
  if (!status.ok()) throw IoError(model_path, "cannot load SentencePiece model: " + status.ToString());
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
