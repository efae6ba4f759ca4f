// Lexicon learning; see lexicon_learner.h.
#include "kobi/align/internal/lexicon_learner.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace kobi::align::internal {

std::vector<std::pair<std::uint32_t, std::uint32_t>> SelectPairs(
    const std::vector<CoCount>& co, const std::unordered_map<std::uint32_t, int>& a_count,
    const std::unordered_map<std::uint32_t, int>& b_count, int min_count, double min_dice) {
  struct Cand {
    std::uint32_t a, b;
    double dice;
  };
  std::vector<Cand> cands;
  for (const CoCount& c : co) {
    if (c.count < min_count) continue;
    auto ia = a_count.find(c.a), ib = b_count.find(c.b);
    if (ia == a_count.end() || ib == b_count.end()) continue;
    double dice = 2.0 * c.count / (ia->second + ib->second);
    if (dice >= min_dice) cands.push_back({c.a, c.b, dice});
  }
  std::unordered_map<std::uint32_t, double> best_a, best_b;
  for (const auto& c : cands) {
    best_a[c.a] = std::max(best_a[c.a], c.dice);
    best_b[c.b] = std::max(best_b[c.b], c.dice);
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (const auto& c : cands) {
    if (c.dice >= best_a[c.a] && c.dice >= best_b[c.b]) out.emplace_back(c.a, c.b);
  }
  return out;
}

int LearnLexicon(const std::vector<std::pair<int, int>>& all_pairs,
                 std::vector<SentenceFeatures>& src, std::vector<SentenceFeatures>& tgt) {
  constexpr std::size_t kMaxPairs = 5000;
  std::vector<std::pair<int, int>> pairs;
  if (all_pairs.size() <= kMaxPairs) {
    pairs = all_pairs;
  } else {
    for (std::size_t k = 0; k < kMaxPairs; ++k)
      pairs.push_back(all_pairs[k * all_pairs.size() / kMaxPairs]);
  }
  if (pairs.size() < 4) return 0;
  constexpr int kMinCount = 2;
  constexpr double kMinDice = 0.6;
  std::unordered_map<std::uint32_t, int> src_count, tgt_count;
  for (const auto& [i, j] : pairs) {
    for (auto w : src[i].words) ++src_count[w];
    for (auto w : tgt[j].words) ++tgt_count[w];
  }
  // A pair is seen together at most min(count a, count b) times, so a pair whose words' counts
  // cannot reach the thresholds is never selected: leaving it out of the co-occurrence list
  // (most pairs: rare words, or a frequent word with a rare one) changes nothing but the time.
  auto can_reach = [&](int na, int nb) {
    int most = std::min(na, nb);
    return most >= kMinCount && 2.0 * most / (na + nb) >= kMinDice;
  };
  std::vector<std::uint64_t> co;
  std::vector<std::pair<std::uint32_t, int>> b_words;
  for (const auto& [i, j] : pairs) {
    b_words.clear();
    for (auto b : tgt[j].words) {
      int nb = tgt_count[b];
      if (nb >= kMinCount) b_words.emplace_back(b, nb);
    }
    for (auto a : src[i].words) {
      int na = src_count[a];
      if (na < kMinCount) continue;
      for (const auto& [b, nb] : b_words) {
        if (can_reach(na, nb)) co.push_back((static_cast<std::uint64_t>(a) << 32) | b);
      }
    }
  }
  std::sort(co.begin(), co.end());
  std::vector<CoCount> counted;
  for (std::size_t x = 0; x < co.size();) {
    std::size_t y = x;
    while (y < co.size() && co[y] == co[x]) ++y;
    counted.push_back({static_cast<std::uint32_t>(co[x] >> 32),
                       static_cast<std::uint32_t>(co[x] & 0xFFFFFFFFu), static_cast<int>(y - x)});
    x = y;
  }
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> src_ids, tgt_ids;
  int learned = 0;
  for (const auto& [a, b] : SelectPairs(counted, src_count, tgt_count, kMinCount, kMinDice)) {
    std::uint32_t id = HashKey("lex", kLexicon, learned++);
    src_ids[a].push_back(id);
    tgt_ids[b].push_back(id);
  }
  if (learned == 0) return 0;
  auto apply = [](std::vector<SentenceFeatures>& side,
                  const std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>& ids) {
    for (auto& f : side) {
      bool changed = false;
      for (auto w : f.words) {
        auto it = ids.find(w);
        if (it == ids.end()) continue;
        for (auto id : it->second) {
          f.keys[kLexicon].items.push_back(id);
          f.keys[kLexicon].targets.push_back(id);
        }
        changed = true;
      }
      if (changed) {
        Normalize(f.keys[kLexicon].items);
        Normalize(f.keys[kLexicon].targets);
      }
    }
  };
  apply(src, src_ids);
  apply(tgt, tgt_ids);
  return learned;
}

}  // namespace kobi::align::internal
