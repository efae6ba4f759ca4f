// SentencePiece training, encoding and decoding for MT training data (`kobi spm`).
//
// TrainSpm is a front end of SentencePiece's trainer: its defaults are spm_train's (unigram,
// vocabulary 8000, character_coverage 0.9995, add_dummy_prefix, hard_vocab_limit, all input
// sentences unless input_sentence_size samples some) except where exact round trips need
// otherwise: normalization_rule_name=identity (normalisation is kobi's explicit step,
// `kobi normalize`), remove_extra_whitespaces=false (runs of spaces survive) and
// byte_fallback=true (characters outside the vocabulary become <0xNN> pieces, not <unk>), so
// Decode(Encode(x)) == x byte for byte. Any other trainer or normaliser field can be set with
// `extra` ("key", "value"), exactly as spm_train's --key=value; it is applied last.
// Limits: a line is one sentence, so newlines cannot be inside a text; "▁" (U+2581) in the
// input decodes as a space.
//
// Corpus files are streamed to the trainer (never loaded whole by kobi): TSV files (by
// extension .tsv/.tab) give the selected columns as separate sentences, other files one
// sentence per line; .gz/.zst/.xz/.bz2 are read transparently.
//
//   kobi::corpora::SpmTrainOptions t;  t.inputs = {"train.tsv"};  t.model_prefix = "m";
//   t.vocab_size = 8000;  t.extra = {{"user_defined_symbols", "<sep>"}};
//   auto notes = kobi::corpora::TrainSpm(t).notes;
//   kobi::corpora::SpmModel model("m.model");
//   std::vector<std::string> pieces = model.EncodePieces("안녕하세요  world");
//   model.DecodePieces(pieces) == "안녕하세요  world";
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kobi::corpora {

struct SpmTrainOptions {
  std::vector<std::string> inputs;
  std::string model_prefix;  // writes PREFIX.model and PREFIX.vocab (parent folder created)
  std::int64_t vocab_size = 8000;
  std::string model_type = "unigram";  // unigram, bpe, char, word
  double character_coverage = 0.9995;
  std::string columns = "both";  // TSV inputs: "en" (column 1), "ko" (column 2) or "both"
  unsigned threads = 0;          // 0 = all cores
  // spm_train's hard_vocab_limit: a vocabulary the corpus cannot fill is an error; false
  // trains the largest vocabulary the corpus supports (reported in the notes).
  bool hard_vocab_limit = true;
  // 0 = every sentence; else SentencePiece keeps a uniform sample (reservoir, fixed seed) of
  // this many sentences, so memory is bounded by the sample. Must be 0 or more than 100.
  std::int64_t input_sentence_size = 0;
  // Further SentencePiece fields (TrainerSpec or NormalizerSpec), applied last; "input" is
  // refused (use inputs). Unknown names are a UsageError.
  std::vector<std::pair<std::string, std::string>> extra;
};

struct SpmTrainResult {
  int vocab_size = 0;              // the size of the trained model
  std::uint64_t sentences = 0;     // sentences read from the inputs (before sampling)
  std::vector<std::string> notes;  // adjustments worth a line on stderr
};

// Trains P.model and P.vocab. Throws UsageError for options SentencePiece rejects (with a
// one-line explanation, never SentencePiece's raw "Internal: file.cc(N)" text), InputError /
// IoError for bad inputs, Error when SentencePiece fails otherwise.
SpmTrainResult TrainSpm(const SpmTrainOptions& options);

// Parses "key=value" (as given to `--spm-opt`); UsageError when there is no '=' or no key.
std::pair<std::string, std::string> ParseSpmOption(std::string_view key_value);

class SpmModel {
 public:
  explicit SpmModel(const std::string& model_path);  // throws IoError
  ~SpmModel();
  std::vector<std::string> EncodePieces(std::string_view text) const;
  std::vector<int> EncodeIds(std::string_view text) const;
  std::string DecodePieces(const std::vector<std::string>& pieces) const;
  std::string DecodeIds(const std::vector<int>& ids) const;
  int vocab_size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kobi::corpora
