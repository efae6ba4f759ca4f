// SentencePiece wrapper: exact round trips and small-corpus handling.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/corpora/spm.h"
#include "tests/corpora/test_util.h"

namespace kobi::corpora {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::string SmallCorpus() {
  std::string s;
  const char* en[] = {"The city opened a new library.", "Prices rose 3 percent in May.",
                      "The team won the final.", "Rain is expected this weekend."};
  const char* ko[] = {"시는 새 도서관을 열었다.", "5월 물가가 3% 올랐다.", "그 팀이 결승에서 이겼다.",
                      "이번 주말 비가 올 것으로 예상된다."};
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
  t.vocab_size = 5000;  // far too large for this corpus: must not fail
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

TEST(SpmTest, BpeWithTooLargeVocabularyIsAdjusted) {
  TempDir dir;
  WriteFile(dir.File("c.tsv"), SmallCorpus());
  SpmTrainOptions t;
  t.inputs = {dir.File("c.tsv")};
  t.model_prefix = dir.File("b");
  t.model_type = "bpe";
  t.columns = "ko";
  t.vocab_size = 100000;
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
  t.vocab_size = 300;
  TrainSpm(t);
  SpmModel model(dir.File("m.model"));
  EXPECT_THROW(model.DecodeIds({1, 999999}), kobi::Error);
}

}  // namespace
}  // namespace kobi::corpora
