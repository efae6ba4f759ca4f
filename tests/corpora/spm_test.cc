// SentencePiece wrapper: exact round trips and small-corpus handling.
#include "kobi/corpora/spm.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "kobi/core/error.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::string SmallCorpus() {
  std::string s;
  const char* en[] = {"The city opened a new library.", "Prices rose 3 percent in May.",
                      "The team won the final.", "Rain is expected this weekend."};
  const char* ko[] = {"시는 새 도서관을 열었다.", "5월 물가가 3% 올랐다.",
                      "그 팀이 결승에서 이겼다.", "이번 주말 비가 올 것으로 예상된다."};
  for (int r = 0; r < 30; ++r) {
    for (int i = 0; i < 4; ++i) s += std::string(en[i]) + "\t" + ko[i] + "\n";
  }
  return s;
}

TEST(SpmTest, TrainsAndRoundTripsExactly) {
  TempDir dir;
  WriteFile(dir.File("c.tsv"), SmallCorpus());
  SpmTrainOptions t;
  t.inputs = {dir.File("c.tsv")};
  t.model_prefix = dir.File("m");
  t.vocab_size = 5000;  // far too large for this corpus: trains what it can when asked to
  t.hard_vocab_limit = false;
  SpmTrainResult r = TrainSpm(t);
  EXPECT_GT(r.vocab_size, 0);
  EXPECT_EQ(r.sentences, 240u);
  SpmModel model(dir.File("m.model"));
  const std::vector<std::string> texts = {
      "The city opened a new library.", "  two  leading,   three   inner  spaces ",
      "탭\t문자와 😀 이모지, 漢字, Cafe\xCC\x81", "", "unseen ÆØÅ ŋ characters ∮"};
  for (const auto& x : texts) {
    EXPECT_EQ(model.DecodePieces(model.EncodePieces(x)), x) << x;
    EXPECT_EQ(model.DecodeIds(model.EncodeIds(x)), x) << x;
  }
}

TEST(SpmTest, ImpossibleVocabularyIsAOneLineError) {
  TempDir dir;
  WriteFile(dir.File("c.tsv"), SmallCorpus());
  SpmTrainOptions t;
  t.inputs = {dir.File("c.tsv")};
  t.model_prefix = dir.File("u");
  t.vocab_size = 5000;  // spm_train's default hard_vocab_limit: an error, not a smaller model
  try {
    TrainSpm(t);
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("--vocab-size 5000 is too large for this corpus"), std::string::npos) << m;
    EXPECT_EQ(m.find("Internal"), std::string::npos) << m;
    EXPECT_EQ(m.find(".cc("), std::string::npos) << m;
  }
  t.vocab_size = 10;  // below the characters the corpus needs
  try {
    TrainSpm(t);
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("is too small"), std::string::npos) << e.what();
  }
  t.vocab_size = 2147483647;  // rejected before any training
  EXPECT_THROW(TrainSpm(t), UsageError);
  t.vocab_size = 330;
  t.character_coverage = 0.5;
  EXPECT_THROW(TrainSpm(t), UsageError);
  t.character_coverage = 0.9995;
  t.extra = {{"no_such_option", "1"}};
  try {
    TrainSpm(t);
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("unknown SentencePiece option"), std::string::npos)
        << e.what();
  }
}

TEST(SpmTest, OptionsPassThroughAndSampling) {
  TempDir dir;
  WriteFile(dir.File("c.tsv"), SmallCorpus());
  SpmTrainOptions t;
  t.inputs = {dir.File("c.tsv")};
  t.model_prefix = dir.File("sub/dir/m");  // folders created
  t.vocab_size = 328;  // the corpus allows 322-335 (256 byte pieces, 3 specials, its characters)
  t.input_sentence_size = 150;  // a sample of the 240 sentences
  t.extra = {{"user_defined_symbols", "<sep>"}};
  SpmTrainResult r = TrainSpm(t);
  EXPECT_EQ(r.sentences, 240u);
  EXPECT_EQ(r.vocab_size, 328);
  SpmModel model(dir.File("sub/dir/m.model"));
  // The user-defined symbol is one piece; spm_train's add_dummy_prefix gives the first word ▁.
  std::vector<std::string> pieces = model.EncodePieces("a<sep>b");
  EXPECT_NE(std::find(pieces.begin(), pieces.end(), "<sep>"), pieces.end());
  ASSERT_FALSE(pieces.empty());
  EXPECT_EQ(pieces.front().rfind("\xE2\x96\x81", 0), 0u) << pieces.front();
  EXPECT_EQ(model.DecodePieces(model.EncodePieces(" lead  and trail ")), " lead  and trail ");
  EXPECT_THROW(ParseSpmOption("novalue"), UsageError);
  EXPECT_EQ(ParseSpmOption("--max_sentencepiece_length=8"),
            (std::pair<std::string, std::string>{"max_sentencepiece_length", "8"}));
  t.input_sentence_size = 50;  // SentencePiece needs 0 or > 100
  EXPECT_THROW(TrainSpm(t), UsageError);
}

TEST(SpmTest, ModelPathThatIsAFolderIsAnIoError) {
  TempDir dir;
  EXPECT_THROW(SpmModel(dir.File("")), IoError);
  EXPECT_THROW(SpmModel(dir.File("missing.model")), IoError);
}

TEST(SpmTest, BpeWithTooLargeVocabularyIsAdjusted) {
  TempDir dir;
  WriteFile(dir.File("c.tsv"), SmallCorpus());
  SpmTrainOptions t;
  t.inputs = {dir.File("c.tsv")};
  t.model_prefix = dir.File("b");
  t.model_type = "bpe";
  t.columns = "ko";
  t.vocab_size = 100000;
  t.hard_vocab_limit = false;
  SpmTrainResult r = TrainSpm(t);
  EXPECT_LT(r.vocab_size, 100000);
  EXPECT_FALSE(r.notes.empty());
  SpmModel model(dir.File("b.model"));
  EXPECT_EQ(model.DecodePieces(model.EncodePieces("새 도서관  열었다")), "새 도서관  열었다");
}

TEST(SpmTest, BadIdsAreErrorsNotCrashes) {
  TempDir dir;
  WriteFile(dir.File("c.tsv"), SmallCorpus());
  SpmTrainOptions t;
  t.inputs = {dir.File("c.tsv")};
  t.model_prefix = dir.File("m");
  t.vocab_size = 330;
  TrainSpm(t);
  SpmModel model(dir.File("m.model"));
  EXPECT_THROW(model.DecodeIds({1, 999999}), kobi::Error);
}

}  // namespace
}  // namespace kobi::corpora
