// SentencePiece training, encoding and decoding for MT training data (`kobi spm`).
//
// Models are trained so that Decode(Encode(x)) == x byte for byte: normalisation is kobi's
// explicit step (`kobi normalize`), not hidden in the model, so the trainer runs with
// normalization_rule_name=identity, remove_extra_whitespaces=false (runs of spaces survive),
// add_dummy_prefix=false and byte_fallback=true (characters outside the vocabulary are
// encoded as <0xNN> byte pieces instead of <unk>). Limits: a line is one sentence, so
// newlines cannot be inside a text; "▁" (U+2581) in the input decodes as a space.
//
// Corpus files: TSV files (by extension .tsv/.tab, or Moses-like plain text otherwise) give
// the selected columns as separate sentences; .gz/.zst are read transparently.
//
//   kobi::corpora::SpmTrainOptions t;  t.inputs = {"train.tsv"};  t.model_prefix = "m";
//   t.vocab_size = 8000;  auto notes = kobi::corpora::TrainSpm(t).notes;
//   kobi::corpora::SpmModel model("m.model");
//   std::vector<std::string> pieces = model.EncodePieces("안녕하세요  world");
//   model.DecodePieces(pieces) == "안녕하세요  world";
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kobi::corpora {

struct SpmTrainOptions {
  std::vector<std::string> inputs;
  std::string model_prefix;
  int vocab_size = 8000;
  std::string model_type = "unigram";  // unigram, bpe, char, word
  double character_coverage = 0.9995;
  std::string columns = "both";  // TSV inputs: "en" (column 1), "ko" (column 2) or "both"
  unsigned threads = 1;
};

struct SpmTrainResult {
  int vocab_size = 0;              // the size finally used
  std::uint64_t sentences = 0;
  std::vector<std::string> notes;  // adjustments worth a line on stderr
};

// Trains P.model and P.vocab. Throws UsageError for bad options, InputError/IoError for bad
// inputs, Error when SentencePiece fails for a reason kobi cannot repair.
SpmTrainResult TrainSpm(const SpmTrainOptions& options);

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
