#include "kobi/align/batch.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "kobi/align/aligner.h"
#include "kobi/align/lexicon.h"

namespace kobi::align {
namespace {

// Short presplit documents written for this test: shared names and numbers, so the first pass
// finds confident beads to learn from.
std::vector<BatchDocument> AlignBatchTestDocuments() {
  std::vector<BatchDocument> docs;
  const std::vector<std::string> cities = {"Seoul", "Busan", "Incheon", "Daegu"};
  const std::vector<std::string> cities_ko = {"서울", "부산", "인천", "대구"};
  for (std::size_t d = 0; d < cities.size(); ++d) {
    BatchDocument doc;
    doc.presplit = true;
    for (int i = 0; i < 6; ++i) {
      const std::string n = std::to_string(2010 + i + static_cast<int>(d));
      doc.en.push_back("The president visited " + cities[d] + " in " + n +
                       " and met the mayor of the city.");
      doc.ko.push_back("대통령은 " + n + "년 " + cities_ko[d] + "을 방문해 시장을 만났다.");
    }
    doc.en.push_back("Prices rose 3.5 percent.");
    doc.ko.push_back("물가는 3.5% 올랐다.");
    docs.push_back(std::move(doc));
  }
  return docs;
}

std::vector<std::vector<Bead>> AlignBatchTestBeads(const std::vector<PageAlignment>& results) {
  std::vector<std::vector<Bead>> out;
  for (const auto& r : results) out.push_back(r.alignment.beads);
  return out;
}

TEST(AlignBatchTest, SameResultForAnyThreadCountInInputOrder) {
  const std::vector<BatchDocument> docs = AlignBatchTestDocuments();
  BatchOptions o;
  o.threads = 1;
  BatchLexicon lexicon1;
  std::vector<PageAlignment> one = AlignBatch(docs, o, &lexicon1);
  EXPECT_TRUE(lexicon1.used);
  EXPECT_GT(lexicon1.pairs, 0u);
  ASSERT_EQ(one.size(), docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(one[i].en, docs[i].en);
    EXPECT_EQ(one[i].ko, docs[i].ko);
    EXPECT_FALSE(one[i].alignment.beads.empty());
  }
  for (unsigned threads : {2u, 3u, 0u}) {
    o.threads = threads;
    BatchLexicon lexicon;
    std::vector<PageAlignment> many = AlignBatch(docs, o, &lexicon);
    EXPECT_EQ(AlignBatchTestBeads(many), AlignBatchTestBeads(one)) << threads;
    EXPECT_EQ(lexicon.entries, lexicon1.entries);
    EXPECT_EQ(lexicon.pairs, lexicon1.pairs);
    for (std::size_t i = 0; i < many.size(); ++i) {
      for (std::size_t b = 0; b < many[i].alignment.beads.size(); ++b) {
        EXPECT_DOUBLE_EQ(many[i].alignment.beads[b].score, one[i].alignment.beads[b].score);
      }
    }
  }
}

TEST(AlignBatchTest, SecondPassUsesTheCorpusLexiconAsCorpusLexiconDoes) {
  const std::vector<BatchDocument> docs = AlignBatchTestDocuments();
  // The two passes written out with CorpusLexicon.
  AlignOptions options;
  CorpusLexicon corpus(options);
  for (const auto& d : docs) {
    corpus.Add(d.en, d.ko, AlignSentences(d.en, d.ko, options));
  }
  const AlignOptions& second = corpus.Finish();
  std::vector<std::vector<Bead>> expected;
  std::vector<double> expected_scores;
  for (const auto& d : docs) {
    expected.push_back(AlignSentences(d.en, d.ko, second).beads);
    for (const Bead& b : expected.back()) expected_scores.push_back(b.score);
  }
  BatchOptions o;
  o.threads = 2;
  BatchLexicon lexicon;
  std::vector<PageAlignment> got = AlignBatch(docs, o, &lexicon);
  EXPECT_EQ(AlignBatchTestBeads(got), expected);
  std::vector<double> scores;
  for (const auto& r : got) {
    for (const Bead& b : r.alignment.beads) scores.push_back(b.score);
  }
  EXPECT_EQ(scores, expected_scores);
  EXPECT_EQ(lexicon.entries, corpus.entries());
  EXPECT_EQ(lexicon.pairs, corpus.pairs());
}

TEST(AlignBatchTest, OnePassWithoutCorpusLexiconOrForOneDocument) {
  const std::vector<BatchDocument> docs = AlignBatchTestDocuments();
  BatchOptions o;
  o.corpus_lexicon = false;
  BatchLexicon lexicon;
  std::vector<PageAlignment> got = AlignBatch(docs, o, &lexicon);
  EXPECT_FALSE(lexicon.used);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(got[i].alignment.beads, AlignSentences(docs[i].en, docs[i].ko, {}).beads);
  }
  o.corpus_lexicon = true;
  std::vector<PageAlignment> single = AlignBatch({docs[0]}, o, &lexicon);
  EXPECT_FALSE(lexicon.used);
  EXPECT_EQ(single[0].alignment.beads, got[0].alignment.beads);
  EXPECT_TRUE(AlignBatch(std::vector<BatchDocument>{}, o).empty());
}

TEST(AlignBatchTest, RawPagesAlignAsAlignPages) {
  BatchDocument page;
  page.en_page = "Incheon opens stadium\nIncheon opened a stadium on March 3, 2021.\n";
  page.ko_page = "인천, 경기장 개장\n인천시는 2021년 3월 3일 경기장을 열었다.\n";
  PageAlignment expected = AlignPages(page.en_page, page.ko_page, {});
  PageAlignment got = AlignDocument(page, {});
  EXPECT_EQ(got.en, expected.en);
  EXPECT_EQ(got.ko, expected.ko);
  EXPECT_EQ(got.alignment.beads, expected.alignment.beads);
}

TEST(AlignBatchTest, CallbacksStreamInOrderAndWorkerErrorsReachTheCaller) {
  const std::vector<BatchDocument> docs = AlignBatchTestDocuments();
  BatchOptions o;
  o.threads = 3;
  std::vector<std::size_t> order;
  std::size_t lexicon_calls = 0;
  BatchCallbacks callbacks;
  callbacks.load = [&](std::size_t i) { return docs[i]; };
  callbacks.aligned = [&](std::size_t, PageAlignment& r, const AlignOptions& options) {
    EXPECT_NE(options.dictionary, nullptr);  // the learned lexicon
    r.alignment.warnings.push_back("seen");
  };
  callbacks.done = [&](std::size_t i, PageAlignment&& r) {
    EXPECT_EQ(lexicon_calls, 1u);  // pass 1 is over
    EXPECT_EQ(r.alignment.warnings.back(), "seen");
    order.push_back(i);
  };
  callbacks.lexicon = [&](const BatchLexicon& lexicon) {
    EXPECT_TRUE(lexicon.used);
    ++lexicon_calls;
  };
  AlignBatch(docs.size(), o, callbacks);
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3}));
  callbacks.load = [&](std::size_t i) -> BatchDocument {
    if (i == 2) throw std::runtime_error("cannot read document 2");
    return docs[i];
  };
  callbacks.done = nullptr;
  EXPECT_THROW(AlignBatch(docs.size(), o, callbacks), std::runtime_error);
}

}  // namespace
}  // namespace kobi::align
