// Document alignment; see docalign.h and docs/docalign.md.
#include "kobi/align/docalign.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

#include "kobi/align/aligner.h"
#include "kobi/align/coverage.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/internal/doc_keys.h"
#include "kobi/align/internal/doc_lexicon.h"
#include "kobi/align/internal/doc_score.h"
#include "kobi/align/pair_scorer.h"
#include "kobi/align/writers.h"
#include "kobi/core/parallel.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::align {
namespace {

using internal::DocSide;
using internal::KeyIndex;
using internal::PageKeys;

// Keys of pages[which[0]], pages[which[1]], ... (of every page when `which` is null).
std::vector<PageKeys> ExtractAll(const std::vector<DocPage>& pages, const internal::SideInfo& side,
                                 unsigned threads, const std::vector<int>* which = nullptr) {
  std::size_t n = which != nullptr ? which->size() : pages.size();
  std::vector<PageKeys> out;
  out.reserve(n);
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, PageKeys> pm(threads, 16);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= n) return false;
        i = which != nullptr ? static_cast<std::size_t>((*which)[next]) : next;
        ++next;
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
std::vector<DocPair> Link(DocSide& e, DocSide& k, const DocAlignOptions& options, unsigned threads,
                          long long* scored_count) {
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
          out.push_back(
              {static_cast<int>(i), j, internal::ScorePages(e, static_cast<int>(i), k, j)});
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

// Pairs judged sentence by sentence: the pages are sentence-aligned (kobi/align/aligner.h, with
// the glossary and the dictionary) and a pair holds when its DocumentCoverage (coverage.h) is at
// least kMinCoverage, the corpus build's document verdict (corpora/corpus_builder.h). Costlier
// than the page score, so used only on uncertain and residual pairs.
class Verifier {
 public:
  Verifier(const glossary::Matcher* m, const DocAlignOptions& options, const Dictionary* dict)
      : scorer_(Resources(options, dict)) {
    align_.glossary = m;
    align_.use_glossary = m != nullptr;
    align_.dictionary = dict;
  }

  // The pairs of `pairs` that hold, in order; only those with a score below `below` are checked.
  std::vector<DocPair> Keep(const std::vector<DocPair>& pairs, const std::vector<DocPage>& en,
                            const std::vector<DocPage>& ko, double below, unsigned threads,
                            long long* verified) const {
    std::vector<DocPair> kept;
    std::size_t next = 0, done = 0;
    OrderedParallelMap<std::size_t, double> pm(threads, 4);
    pm.Run(
        [&](std::size_t& i) {
          if (next >= pairs.size()) return false;
          i = next++;
          return true;
        },
        [&](const std::size_t& i) {
          if (pairs[i].score >= below) return 1.0;
          return Coverage(en[pairs[i].en].text, ko[pairs[i].ko].text);
        },
        [&](double&& coverage) {
          if (pairs[done].score < below) ++*verified;
          if (coverage >= kMinCoverage) kept.push_back(pairs[done]);
          ++done;
        });
    return kept;
  }

 private:
  static ScorerResources Resources(const DocAlignOptions& options, const Dictionary* dict) {
    ScorerResources r;
    r.glossary = options.glossary;
    r.use_glossary = options.use_glossary;
    r.dictionary = dict;
    return r;
  }
  double Coverage(std::string_view en, std::string_view ko) const {
    return DocumentCoverage(AlignPages(en, ko, align_), scorer_);
  }
  AlignOptions align_;
  PairScorer scorer_;
};

// The pages no pair uses (and that have body text).
std::vector<int> Unpaired(const std::vector<PageKeys>& pages, const std::vector<DocPair>& pairs,
                          bool en_side) {
  std::vector<bool> used(pages.size(), false);
  for (const DocPair& p : pairs) used[en_side ? p.en : p.ko] = true;
  std::vector<int> out;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (!used[i] && pages[i].sentences > 0) out.push_back(static_cast<int>(i));
  }
  return out;
}

// Third pass, over the pages still unpaired: their keys again, now with the dictionary learned
// from sentence-aligned confident pairs (plus the page lexicon they had), weighed and linked
// among themselves only. Returns the new pairs (indices into all pages), to be verified. Cost
// is linear in the number of unpaired pages.
std::vector<DocPair> LinkResidual(const std::vector<DocPage>& en, const std::vector<DocPage>& ko,
                                  const DocSide& e, const DocSide& k,
                                  const std::vector<DocPair>& pairs, const Dictionary* dictionary,
                                  const glossary::Matcher* m, const DocAlignOptions& options,
                                  unsigned threads, long long* scored_count) {
  std::vector<int> re = Unpaired(e.pages, pairs, true), rk = Unpaired(k.pages, pairs, false);
  if (re.empty() || rk.empty()) return {};
  DocSide e2, k2;
  e2.pages = ExtractAll(en, {Lang::kEn, true, m, dictionary}, threads, &re);
  k2.pages = ExtractAll(ko, {Lang::kKo, false, m, dictionary}, threads, &rk);
  auto keep_page_lexicon = [](std::vector<PageKeys>& to, const std::vector<PageKeys>& from,
                              const std::vector<int>& which) {
    for (std::size_t x = 0; x < which.size(); ++x) {
      const PageKeys& old = from[which[x]];
      for (auto [v, w] :
           {std::pair(&to[x].items[internal::kDocLexicon], &old.items[internal::kDocLexicon]),
            std::pair(&to[x].targets[internal::kDocLexicon],
                      &old.targets[internal::kDocLexicon])}) {
        v->insert(v->end(), w->begin(), w->end());
        internal::Normalize(*v);
      }
    }
  };
  keep_page_lexicon(e2.pages, e.pages, re);
  keep_page_lexicon(k2.pages, k.pages, rk);
  std::vector<DocPair> found = Link(e2, k2, options, threads, scored_count);
  for (DocPair& p : found) {
    p.en = re[p.en];
    p.ko = rk[p.ko];
  }
  return found;
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
  if (options.verify) {
    // A dictionary learned from the confident pairs aligned sentence by sentence; uncertain
    // pairs are verified with it, and the pages left unpaired get a third pass.
    AlignOptions ao;
    ao.glossary = m;
    ao.use_glossary = m != nullptr;
    ao.dictionary = options.dictionary;
    std::unique_ptr<Dictionary> learned =
        internal::LearnSentenceLexicon(result.pairs, en, ko, ao, threads, &result.lexicon_entries);
    const Dictionary* dict = learned != nullptr ? learned.get() : options.dictionary;
    Verifier verifier(m, options, dict);
    result.pairs =
        verifier.Keep(result.pairs, en, ko, options.verify_below, threads, &result.verified);
    std::vector<DocPair> more = LinkResidual(en, ko, e, k, result.pairs, dict, m, options, threads,
                                             &result.candidates_scored);
    more = verifier.Keep(more, en, ko, 2.0, threads, &result.verified);
    result.pairs.insert(result.pairs.end(), more.begin(), more.end());
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
