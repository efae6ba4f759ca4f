// Lexicon learned across page pairs; see doc_lexicon.h.
#include "kobi/align/internal/doc_lexicon.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "kobi/align/internal/lexicon_learner.h"
#include "kobi/align/lexicon.h"
#include "kobi/core/parallel.h"

namespace kobi::align::internal {
namespace {

constexpr double kConfident = 0.9;
constexpr std::size_t kMaxPairs = 400;
constexpr std::size_t kMinPairs = 8;
constexpr std::size_t kMaxAlignedPairs = 200;  // sentence alignment costs more than keys

// The confident pairs (en, ko), sorted, at most `limit` of them evenly spaced; empty when fewer
// than kMinPairs.
std::vector<std::pair<int, int>> Confident(const std::vector<DocPair>& pairs, std::size_t limit) {
  std::vector<std::pair<int, int>> confident;
  for (const DocPair& p : pairs) {
    if (p.score >= kConfident) confident.emplace_back(p.en, p.ko);
  }
  if (confident.size() < kMinPairs) return {};
  std::sort(confident.begin(), confident.end());
  if (confident.size() > limit) {
    std::vector<std::pair<int, int>> spaced;
    for (std::size_t k = 0; k < limit; ++k)
      spaced.push_back(confident[k * confident.size() / limit]);
    confident = std::move(spaced);
  }
  return confident;
}

// Page word units restricted to those on 2..n/2 of the given pages.
std::vector<SentenceFeatures> Units(const std::vector<PageKeys>& pages,
                                    const std::vector<int>& confident) {
  std::unordered_map<std::uint32_t, int> df;
  for (int p : confident) {
    for (auto w : pages[p].words) ++df[w];
  }
  int max_df = std::max(2, static_cast<int>(confident.size()) / 2);
  std::vector<SentenceFeatures> out(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (auto w : pages[p].words) {
      auto it = df.find(w);
      if (it != df.end() && it->second >= 2 && it->second <= max_df) out[p].words.push_back(w);
    }
  }
  return out;
}

void AddLearned(const std::vector<SentenceFeatures>& units, std::vector<PageKeys>& pages) {
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const KeyVec& learned = units[p].keys[kLexicon].items;
    if (learned.empty()) continue;
    for (KeyVec* v : {&pages[p].items[kDocLexicon], &pages[p].targets[kDocLexicon]}) {
      v->insert(v->end(), learned.begin(), learned.end());
      Normalize(*v);
    }
  }
}

}  // namespace

int LearnPageLexicon(const std::vector<DocPair>& pairs, std::vector<PageKeys>& en,
                     std::vector<PageKeys>& ko) {
  std::vector<std::pair<int, int>> confident = Confident(pairs, kMaxPairs);
  if (confident.empty()) return 0;
  std::vector<int> en_pages, ko_pages;
  for (auto [i, j] : confident) {
    en_pages.push_back(i);
    ko_pages.push_back(j);
  }
  std::vector<SentenceFeatures> en_units = Units(en, en_pages), ko_units = Units(ko, ko_pages);
  int learned = LearnLexicon(confident, en_units, ko_units);
  if (learned == 0) return 0;
  AddLearned(en_units, en);
  AddLearned(ko_units, ko);
  return learned;
}

std::unique_ptr<Dictionary> LearnSentenceLexicon(const std::vector<DocPair>& pairs,
                                                 const std::vector<DocPage>& en,
                                                 const std::vector<DocPage>& ko,
                                                 const AlignOptions& align_options,
                                                 unsigned threads, std::size_t* entries) {
  if (entries != nullptr) *entries = 0;
  std::vector<std::pair<int, int>> confident = Confident(pairs, kMaxAlignedPairs);
  if (confident.empty()) return nullptr;
  LexiconTrainer trainer;
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, PageAlignment> pm(threads, 4);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= confident.size()) return false;
        i = next++;
        return true;
      },
      [&](const std::size_t& i) {
        return AlignPages(en[confident[i].first].text, ko[confident[i].second].text, align_options);
      },
      [&](PageAlignment&& pa) { trainer.AddAlignment(pa.en, pa.ko, pa.alignment); });
  std::vector<LexiconEntry> learned = trainer.Train({});
  if (learned.empty()) return nullptr;
  if (entries != nullptr) *entries = learned.size();
  auto dict = std::make_unique<Dictionary>(
      align_options.dictionary != nullptr ? *align_options.dictionary : Dictionary());
  for (const LexiconEntry& e : learned) dict->Add(e.en + "*", e.ko + "*");
  return dict;
}

}  // namespace kobi::align::internal
