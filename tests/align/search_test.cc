// Coarse-to-fine search: equals the full dynamic programme on small documents (property over
// random documents), stays linear on long ones, and BandAroundPath's contract.
#include "kobi/align/internal/search.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "kobi/align/length_model.h"
#include "tests/align/test_util.h"

namespace kobi::align::internal {
namespace {

struct Doc {
  std::vector<SentenceFeatures> src, tgt;
};

using align::testing::Sent;

void AddKey(SentenceFeatures& f, int category, const std::string& key) {
  f.keys[category].items.push_back(HashKey(key, category));
  f.keys[category].targets.push_back(HashKey(key, category));
  Normalize(f.keys[category].items);
  Normalize(f.keys[category].targets);
}

// A random translated document: 1-1 beads mostly, some 1-0 / 0-1 / 2-1 / 1-2, Korean-like
// lengths (0.48 × English), numbers shared by some true pairs, a few repeated across the
// document, and stretches without any key (`keyless_from` onwards) or with extra material
// at the end of one side.
Doc RandomDoc(std::mt19937& rng, int beads, double key_rate, int extra_tail) {
  std::uniform_int_distribution<int> len(15, 160);
  std::uniform_real_distribution<double> u(0, 1);
  Doc d;
  for (int b = 0; b < beads; ++b) {
    double r = u(rng);
    int ns = 1, nt = 1;
    if (r < 0.04) {
      nt = 0;
    } else if (r < 0.08) {
      ns = 0;
    } else if (r < 0.13) {
      ns = 2;
    } else if (r < 0.18) {
      nt = 2;
    }
    int chars = 0;
    std::vector<SentenceFeatures> s, t;
    for (int k = 0; k < ns; ++k) {
      s.push_back(Sent(len(rng)));
      chars += s.back().chars;
    }
    for (int k = 0; k < nt; ++k) {
      int c = ns == 0 ? len(rng) / 2 : static_cast<int>(chars * 0.48 / nt * (0.8 + 0.4 * u(rng)));
      t.push_back(Sent(std::max(3, c)));
    }
    if (ns > 0 && nt > 0 && u(rng) < key_rate) {
      // A number, sometimes one that recurs elsewhere in the document.
      std::string key = u(rng) < 0.3 ? std::to_string(b % 5) : "n" + std::to_string(b);
      AddKey(s[0], kNumber, key);
      AddKey(t[nt - 1], kNumber, key);
    }
    d.src.insert(d.src.end(), s.begin(), s.end());
    d.tgt.insert(d.tgt.end(), t.begin(), t.end());
  }
  for (int k = 0; k < extra_tail; ++k) d.tgt.push_back(Sent(len(rng) / 2));
  return d;
}

std::vector<Step> FullDp(const Doc& d, BeadScorer& scorer) {
  int n = static_cast<int>(d.src.size()), m = static_cast<int>(d.tgt.size());
  Band band{std::vector<int>(n + 1, 0), std::vector<int>(n + 1, m)};
  scorer.PrepareBand(band.lo, band.hi);
  return BandDp(
             n, m, band, [&](int a, int b, int c, int e) { return scorer.Total(a, b, c, e); },
             NoBound{}, scorer.weights().shapes)
      .path;
}

bool SamePath(const std::vector<Step>& a, const std::vector<Step>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k].s0 != b[k].s0 || a[k].ns != b[k].ns || a[k].t0 != b[k].t0 || a[k].nt != b[k].nt) {
      return false;
    }
  }
  return true;
}

const LengthModel kEnKoLengths = LengthModel::ForLanguages(Lang::kEn, Lang::kKo);

// EN–KO weights (standard shapes) and language-independent ones (wide shapes).
class SearchEqualsFullDp : public ::testing::TestWithParam<bool> {};

TEST_P(SearchEqualsFullDp, CoarseToFineOnSmallDocuments) {
  std::mt19937 rng(13);
  Weights w = Weights::ForPair(GetParam());
  SearchOptions forced;  // coarse levels even on small documents
  forced.full_dp_cells = 0;
  forced.coarse_full_cells = 16;
  int with_levels = 0;
  for (int trial = 0; trial < 60; ++trial) {
    double key_rate = trial % 3 == 0 ? 0.0 : 0.5;  // a third without any anchor at all
    Doc d = RandomDoc(rng, 20 + trial, key_rate, trial % 4 == 0 ? 8 : 0);
    BeadScorer full_scorer(d.src, d.tgt, kEnKoLengths, w);
    BeadScorer search_scorer(d.src, d.tgt, kEnKoLengths, w);
    SearchStats stats;
    std::vector<Step> searched = Search(d.src, d.tgt, search_scorer, forced, &stats);
    with_levels += stats.levels > 0;
    EXPECT_TRUE(SamePath(searched, FullDp(d, full_scorer))) << "trial " << trial;
  }
  EXPECT_EQ(with_levels, 60);
}

INSTANTIATE_TEST_SUITE_P(Search, SearchEqualsFullDp, ::testing::Bool());

// One source sentence translated by four target sentences and three by two, among 1-1 pairs,
// each pair of translations sharing numbers: the language-independent mode finds the 1-4 and
// 3-2 beads (with and without coarse levels); EN–KO's standard shapes never merge five.
TEST(Search, WideShapesFindOneToFourAndThreeToTwo) {
  Doc d;
  int key = 0;
  auto pair11 = [&] {
    std::string k = "k" + std::to_string(key++);
    d.src.push_back(Sent(80));
    d.tgt.push_back(Sent(80));
    AddKey(d.src.back(), kNumber, k);
    AddKey(d.tgt.back(), kNumber, k);
  };
  for (int k = 0; k < 6; ++k) pair11();
  d.src.push_back(Sent(240));  // 1-4 at source 6, target 6
  for (int k = 0; k < 4; ++k) {
    std::string x = "a" + std::to_string(k);
    d.tgt.push_back(Sent(60));
    AddKey(d.src.back(), kNumber, x);
    AddKey(d.tgt.back(), kNumber, x);
  }
  for (int k = 0; k < 5; ++k) pair11();
  for (int k = 0; k < 2; ++k) d.tgt.push_back(Sent(90));  // 3-2 at source 12, target 15
  for (int k = 0; k < 3; ++k) {
    std::string x = "b" + std::to_string(k);
    d.src.push_back(Sent(60));
    AddKey(d.src.back(), kNumber, x);
    AddKey(d.tgt[15 + (k == 1)], kNumber, x);  // crossing: no 2-1 then 1-1 fits as well
  }
  for (int k = 0; k < 6; ++k) pair11();
  auto has = [](const std::vector<Step>& path, Step want) {
    for (const Step& s : path) {
      if (s.s0 == want.s0 && s.ns == want.ns && s.t0 == want.t0 && s.nt == want.nt) return true;
    }
    return false;
  };
  const LengthModel length = LengthModel::ForLanguages(Lang::kOther, Lang::kOther);
  SearchOptions forced;
  forced.full_dp_cells = 0;
  forced.coarse_full_cells = 16;
  for (const SearchOptions& options : {SearchOptions{}, forced}) {
    BeadScorer wide(d.src, d.tgt, length, Weights::ForPair(false));
    std::vector<Step> path = Search(d.src, d.tgt, wide, options);
    EXPECT_TRUE(has(path, {6, 1, 6, 4}));
    EXPECT_TRUE(has(path, {12, 3, 15, 2}));
    BeadScorer standard(d.src, d.tgt, length, Weights::ForPair(true));
    for (const Step& s : Search(d.src, d.tgt, standard, options)) EXPECT_LE(s.ns + s.nt, 4);
  }
}

TEST(Search, SmallDocumentsUseTheFullMatrix) {
  std::mt19937 rng(7);
  Doc d = RandomDoc(rng, 30, 0.5, 0);
  BeadScorer scorer(d.src, d.tgt, kEnKoLengths, Weights::ForPair(true));
  SearchStats stats;
  Search(d.src, d.tgt, scorer, {}, &stats);
  EXPECT_EQ(stats.levels, 0);
  EXPECT_EQ(stats.cells, (d.src.size() + 1) * (d.tgt.size() + 1));
}

TEST(Search, DefaultOptionsEqualFullDpPastTheFullMatrixLimit) {
  // 500 beads (about 500 × 520 cells, over the full-matrix limit): coarse levels with the
  // default margin find the full DP's path, with and without keys.
  for (double key_rate : {0.0, 0.5}) {
    std::mt19937 rng(key_rate == 0.0 ? 3 : 5);
    Doc d = RandomDoc(rng, 500, key_rate, 20);
    Weights w = Weights::ForPair(true);
    BeadScorer full_scorer(d.src, d.tgt, kEnKoLengths, w);
    BeadScorer search_scorer(d.src, d.tgt, kEnKoLengths, w);
    SearchStats stats;
    std::vector<Step> searched = Search(d.src, d.tgt, search_scorer, {}, &stats);
    EXPECT_GE(stats.levels, 1);
    EXPECT_TRUE(SamePath(searched, FullDp(d, full_scorer))) << "key rate " << key_rate;
  }
}

TEST(Search, LongDocumentWithoutKeysStaysLinear) {
  // 3,000 beads, no key at all, 150 extra target sentences at the end: the band stays narrow
  // (cells per row bounded) and the path covers both sides.
  std::mt19937 rng(29);
  Doc d = RandomDoc(rng, 3000, 0.0, 150);
  BeadScorer scorer(d.src, d.tgt, kEnKoLengths, Weights::ForPair(true));
  SearchStats stats;
  std::vector<Step> path = Search(d.src, d.tgt, scorer, {}, &stats);
  EXPECT_GE(stats.levels, 3);
  EXPECT_LT(stats.cells, 80 * (d.src.size() + 1));
  int i = 0, j = 0;
  for (const Step& s : path) {
    ASSERT_EQ(s.s0, i);
    ASSERT_EQ(s.t0, j);
    i += s.ns;
    j += s.nt;
  }
  EXPECT_EQ(i, static_cast<int>(d.src.size()));
  EXPECT_EQ(j, static_cast<int>(d.tgt.size()));
}

TEST(BandAroundPath, CoversTheScaledPathWithAMargin) {
  // Coarse path over 3 × 3 blocks of 4: 1-1, 0-1, 1-1, 1-0 → fine 10 × 12 matrix.
  std::vector<Step> guide = {{0, 1, 0, 1}, {1, 0, 1, 1}, {1, 1, 2, 1}, {2, 1, 3, 0}};
  const int n = 10, m = 12;
  Band b = BandAroundPath(guide, 4, n, m, 1);
  EXPECT_EQ(b.lo[0], 0);
  EXPECT_EQ(b.hi[n], m);
  for (int i = 1; i <= n; ++i) {
    EXPECT_LE(b.lo[i - 1], b.lo[i]);
    EXPECT_LE(b.hi[i - 1], b.hi[i]);
  }
  // Row 4 holds the corner of blocks (1, 1)..(1, 2): columns 4..12 at least.
  EXPECT_LE(b.lo[4], 3);
  EXPECT_EQ(b.hi[4], 12);
  // Rows 0 and 1 span block (0, 0) only: columns 0..4, plus the margin.
  EXPECT_EQ(b.hi[0], 4 + 1);
}

}  // namespace
}  // namespace kobi::align::internal
