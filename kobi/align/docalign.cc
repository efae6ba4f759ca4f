// Document alignment; see docalign.h and docs/docalign.md.
#include "kobi/align/docalign.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>

#include "kobi/align/internal/doc_keys.h"
#include "kobi/align/internal/doc_lexicon.h"
#include "kobi/align/internal/doc_score.h"
#include "kobi/core/parallel.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::align {
namespace {

using internal::DocSide;
using internal::KeyIndex;
using internal::PageKeys;

std::vector<PageKeys> ExtractAll(const std::vector<DocPage>& pages, const internal::SideInfo& side,
                                 unsigned threads) {
  std::vector<PageKeys> out;
  out.reserve(pages.size());
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, PageKeys> pm(threads, 16);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= pages.size()) return false;
        i = next++;
        return true;
      },
      [&](const std::size_t& i) {
        return internal::ExtractPageKeys(pages[i].text, pages[i].url, side);
      },
      [&](PageKeys&& k) { out.push_back(std::move(k)); });
  return out;
}

// Candidate pages of the other side for each page of `from`: the `limit` pages sharing the most
// rare-key weight with it (keys with 1..max_posting pages in `index`).
std::vector<std::vector<int>> Candidates(const DocSide& from, const KeyIndex& index,
                                         int other_pages, int limit, int max_posting,
                                         unsigned threads) {
  std::vector<std::vector<int>> out;
  out.reserve(from.pages.size());
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, std::vector<int>> pm(threads, 64);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= from.pages.size()) return false;
        i = next++;
        return true;
      },
      [&](const std::size_t& i) {
        thread_local std::vector<float> acc;
        thread_local std::vector<int> touched;
        if (acc.size() != static_cast<std::size_t>(other_pages)) acc.assign(other_pages, 0.0f);
        touched.clear();
        const PageKeys& page = from.pages[i];
        for (int c = 0; c < internal::kDocCategoryCount; ++c) {
          const auto& items = page.items[c];
          for (std::size_t k = 0; k < items.size(); ++k) {
            auto [begin, end] = index.Postings(items[k]);
            if (begin == end || end - begin > max_posting) continue;
            float w = from.weights[i][c][k];
            for (const int* p = begin; p != end; ++p) {
              if (acc[*p] == 0.0f) touched.push_back(*p);
              acc[*p] += w;
            }
          }
        }
        std::vector<std::pair<float, int>> ranked;
        ranked.reserve(touched.size());
        for (int p : touched) {
          ranked.emplace_back(-acc[p], p);
          acc[p] = 0.0f;
        }
        std::size_t keep = std::min<std::size_t>(ranked.size(), static_cast<std::size_t>(limit));
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                          ranked.end());
        std::vector<int> best;
        best.reserve(keep);
        for (std::size_t r = 0; r < keep; ++r) best.push_back(ranked[r].second);
        return best;
      },
      [&](std::vector<int>&& c) { out.push_back(std::move(c)); });
  return out;
}

// Weighs keys, finds candidates, scores them and links pages one-to-one.
std::vector<DocPair> Link(DocSide& e, DocSide& k, const DocAlignOptions& options,
                          unsigned threads, long long* scored_count) {
  KeyIndex e_index(e.pages), k_index(k.pages);
  e.Weigh(k_index);  // English items weighed by their frequency among Korean pages
  k.Weigh(e_index);
  int n_en = static_cast<int>(e.pages.size()), n_ko = static_cast<int>(k.pages.size());
  auto from_en = Candidates(e, k_index, n_ko, options.candidates, options.max_posting, threads);
  auto from_ko = Candidates(k, e_index, n_en, options.candidates, options.max_posting, threads);
  // Candidate pairs, grouped by English page.
  std::vector<std::vector<int>> cand(n_en);
  for (int i = 0; i < n_en; ++i) cand[i] = from_en[i];
  for (int j = 0; j < n_ko; ++j) {
    for (int i : from_ko[j]) cand[i].push_back(j);
  }
  std::vector<DocPair> scored;
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, std::vector<DocPair>> pm(threads, 64);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= cand.size()) return false;
        i = next++;
        return true;
      },
      [&](const std::size_t& i) {
        std::vector<int> js = cand[i];
        std::sort(js.begin(), js.end());
        js.erase(std::unique(js.begin(), js.end()), js.end());
        std::vector<DocPair> out;
        out.reserve(js.size());
        for (int j : js) {
          out.push_back({static_cast<int>(i), j, internal::ScorePages(e, static_cast<int>(i), k, j)});
        }
        return out;
      },
      [&](std::vector<DocPair>&& v) {
        *scored_count += static_cast<long long>(v.size());
        scored.insert(scored.end(), v.begin(), v.end());
      });

  // Competitive linking: best score first; ties by page order so the output is deterministic.
  std::sort(scored.begin(), scored.end(), [](const DocPair& a, const DocPair& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.en != b.en) return a.en < b.en;
    return a.ko < b.ko;
  });
  std::vector<DocPair> pairs;
  std::vector<bool> en_used(n_en, false), ko_used(n_ko, false);
  for (const DocPair& p : scored) {
    if (p.score < options.min_score) break;
    if (en_used[p.en] || ko_used[p.ko]) continue;
    en_used[p.en] = ko_used[p.ko] = true;
    pairs.push_back(p);
  }
  return pairs;
}

}  // namespace

DocAlignResult DocAlign(const std::vector<DocPage>& en, const std::vector<DocPage>& ko,
                        const DocAlignOptions& options) {
  DocAlignResult result;
  if (en.empty() || ko.empty()) {
    result.warnings.push_back(en.empty() ? "no English pages" : "no Korean pages");
    return result;
  }
  std::optional<glossary::Matcher> matcher;
  if (options.use_glossary) {
    matcher.emplace(options.glossary != nullptr ? *options.glossary
                                                : glossary::Glossary::Default());
  }
  const glossary::Matcher* m = matcher ? &*matcher : nullptr;
  unsigned threads = options.threads == 0 ? HardwareThreads() : options.threads;

  DocSide e, k;
  e.pages = ExtractAll(en, {Lang::kEn, true, m, options.dictionary}, threads);
  k.pages = ExtractAll(ko, {Lang::kKo, false, m, options.dictionary}, threads);
  result.pairs = Link(e, k, options, threads, &result.candidates_scored);
  if (options.learn_lexicon && internal::LearnPageLexicon(result.pairs, e.pages, k.pages) > 0) {
    result.pairs = Link(e, k, options, threads, &result.candidates_scored);
  }
  std::sort(result.pairs.begin(), result.pairs.end(),
            [](const DocPair& a, const DocPair& b) { return a.en < b.en; });
  int empty_en = 0, empty_ko = 0;
  for (const auto& p : e.pages) empty_en += p.sentences == 0;
  for (const auto& p : k.pages) empty_ko += p.sentences == 0;
  if (empty_en > 0) {
    result.warnings.push_back(std::to_string(empty_en) + " English page(s) without body text");
  }
  if (empty_ko > 0) {
    result.warnings.push_back(std::to_string(empty_ko) + " Korean page(s) without body text");
  }
  return result;
}

}  // namespace kobi::align
