// `kobi spm train|encode|decode`: SentencePiece models whose decode(encode(x)) == x.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/corpora/spm.h"

namespace kobi::cli {
namespace {

struct SpmFlags {
  corpora::SpmTrainOptions train;
  std::vector<std::string> spm_opts;
  std::string model;
  bool ids = false;
  std::string input = "-";
  std::string output = "-";
};

void RunTrain(SpmFlags& flags) {
  for (const auto& kv : flags.spm_opts) flags.train.extra.push_back(corpora::ParseSpmOption(kv));
  corpora::SpmTrainResult r = corpora::TrainSpm(flags.train);
  for (const auto& n : r.notes) Note("spm", n);
  Note("spm", "trained " + flags.train.model_prefix + ".model (" + flags.train.model_type +
                  ", vocabulary " + std::to_string(r.vocab_size) + ") on " +
                  std::to_string(r.sentences) + " sentences");
}

void RunEncode(const SpmFlags& flags) {
  corpora::SpmModel model(flags.model);
  LineReader in(flags.input);
  OutputFile out(PrepareOutput(flags.output), {flags.input});
  std::string line, buf;
  while (in.Next(line)) {
    buf.clear();
    if (flags.ids) {
      for (int id : model.EncodeIds(line)) {
        if (!buf.empty()) buf += ' ';
        buf += std::to_string(id);
      }
    } else {
      for (const auto& p : model.EncodePieces(line)) {
        if (!buf.empty()) buf += ' ';
        buf += p;
      }
    }
    out.WriteLine(buf);
  }
  out.Close();
}

void RunDecode(const SpmFlags& flags) {
  corpora::SpmModel model(flags.model);
  LineReader in(flags.input);
  OutputFile out(PrepareOutput(flags.output), {flags.input});
  std::string line;
  while (in.Next(line)) {
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start <= line.size() && !line.empty()) {
      std::size_t sp = line.find(' ', start);
      if (sp == std::string::npos) sp = line.size();
      if (sp > start) pieces.push_back(line.substr(start, sp - start));
      start = sp + 1;
    }
    if (flags.ids) {
      std::vector<int> ids;
      for (const auto& p : pieces) {
        char* end = nullptr;
        long v = std::strtol(p.c_str(), &end, 10);
        if (end == p.c_str() || *end != '\0') {
          throw InputError(in.path(), in.line_number(), "not a piece id: '" + p + "'");
        }
        ids.push_back(static_cast<int>(v));
      }
      try {
        out.WriteLine(model.DecodeIds(ids));
      } catch (const InputError&) {
        throw;
      } catch (const Error& e) {
        throw InputError(in.path(), in.line_number(), e.what());
      }
    } else {
      out.WriteLine(model.DecodePieces(pieces));
    }
  }
  out.Close();
}

}  // namespace

void AddSpmCommand(CLI::App& app) {
  auto* spm = app.add_subcommand(
      "spm",
      "Train and apply SentencePiece subword models whose decode(encode(x)) == x exactly "
      "(identity normalisation, spaces kept, byte fallback).");
  spm->require_subcommand(1);
  auto flags = std::make_shared<SpmFlags>();

  auto* train = spm->add_subcommand(
      "train",
      "Train a joint (default) or per-language model from corpus files. TSV files (.tsv) give "
      "their en/ko columns as sentences; other files give one sentence per line. Defaults are "
      "spm_train's except identity normalisation, kept spaces and byte fallback (exact round "
      "trips); any other SentencePiece trainer option: --spm-opt key=value.");
  train->add_option("--input", flags->train.inputs, "Corpus files (TSV or plain text)")
      ->required()
      ->expected(1, -1);
  train
      ->add_option("--model-prefix", flags->train.model_prefix,
                   "Writes PREFIX.model and PREFIX.vocab")
      ->required();
  train->add_option("--vocab-size", flags->train.vocab_size, "Vocabulary size")->default_val(8000);
  train->add_option("--model-type", flags->train.model_type, "unigram, bpe, char or word")
      ->default_val("unigram")
      ->check(CLI::IsMember({"unigram", "bpe", "char", "word"}));
  train
      ->add_option("--character-coverage", flags->train.character_coverage,
                   "Share of characters the vocabulary covers (the rest: byte pieces)")
      ->default_val(0.9995);
  train
      ->add_option("--columns", flags->train.columns,
                   "TSV inputs: en, ko (per-language model) or both (joint)")
      ->default_val("both")
      ->check(CLI::IsMember({"en", "ko", "both"}));
  train
      ->add_option("--hard-vocab-limit", flags->train.hard_vocab_limit,
                   "true (spm_train's default): a vocabulary the corpus cannot fill is an error; "
                   "false: train the largest the corpus supports")
      ->default_val(true);
  train
      ->add_option("--input-sentence-size", flags->train.input_sentence_size,
                   "Train on a uniform sample of this many sentences (0 = all)")
      ->default_val(0);
  train
      ->add_option("--spm-opt", flags->spm_opts,
                   "Any SentencePiece trainer option as key=value (repeatable), applied last, "
                   "e.g. --spm-opt user_defined_symbols=<sep>,<cls>")
      ->allow_extra_args(false);
  AddThreadsFlag(train, flags->train.threads);
  train->footer(
      "Examples:\n"
      "  kobi spm train --input clean.tsv --model-prefix joint --vocab-size 16000\n"
      "  kobi spm train --input big.tsv.gz --model-prefix m --input-sentence-size 1000000 "
      "--spm-opt max_sentencepiece_length=8\n"
      "  kobi spm train --input clean.tsv --columns ko --model-prefix ko --model-type bpe");
  train->callback([flags] { RunTrain(*flags); });

  for (const char* name : {"encode", "decode"}) {
    bool encode = std::string(name) == "encode";
    auto* cmd =
        spm->add_subcommand(name, encode ? "Encode lines into pieces (or --ids), space-separated"
                                         : "Decode space-separated pieces (or --ids) back to text");
    cmd->add_option("--model,-m", flags->model, "PREFIX.model")->required();
    cmd->add_flag("--ids", flags->ids, "Piece ids instead of piece strings");
    cmd->add_option("input", flags->input, "Input (- = stdin)")->default_val("-");
    cmd->add_option("-o,--output", flags->output, "Output (- = stdout)")->default_val("-");
    cmd->footer(encode ? "Example:\n  echo '서울  Seoul' | kobi spm encode --model joint.model"
                       : "Example:\n  kobi spm encode -m joint.model < a.txt | kobi spm decode -m "
                         "joint.model | cmp - a.txt");
    if (encode)
      cmd->callback([flags] { RunEncode(*flags); });
    else
      cmd->callback([flags] { RunDecode(*flags); });
  }
}

}  // namespace kobi::cli
