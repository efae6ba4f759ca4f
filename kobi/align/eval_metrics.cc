// Alignment metrics; see eval_metrics.h.
#include "kobi/align/eval_metrics.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace kobi::align {
namespace {

using Key = std::pair<std::vector<int>, std::vector<int>>;

// For each predicted bead: strict and lax correctness against `gold` (vecalign semantics).
void Judge(const std::vector<Bead>& gold, const std::vector<Bead>& test, SideCounts& counts,
           std::vector<ScoredOutcome>* outcomes) {
  std::set<Key> gold_set;
  std::map<int, std::set<int>> links;  // source id -> target ids linked in gold
  for (const Bead& g : gold) {
    if (g.en.empty() && g.ko.empty()) continue;
    gold_set.insert({g.en, g.ko});
    for (int s : g.en) {
      for (int t : g.ko) links[s].insert(t);
    }
  }
  std::set<Key> seen;
  for (const Bead& b : test) {
    if (b.en.empty() && b.ko.empty()) continue;
    if (!seen.insert({b.en, b.ko}).second) continue;  // duplicates count once, as in sets
    bool strict = gold_set.count({b.en, b.ko}) > 0;
    bool lax = strict;
    if (!strict) {
      for (int s : b.en) {
        auto it = links.find(s);
        if (it == links.end()) continue;
        for (int t : b.ko) {
          if (it->second.count(t)) lax = true;
        }
      }
    }
    (strict ? counts.tp_strict : counts.fp_strict)++;
    (lax ? counts.tp_lax : counts.fp_lax)++;
    if (outcomes != nullptr && !b.en.empty() && !b.ko.empty()) {
      outcomes->push_back({b.score, strict, lax});
    }
  }
}

std::vector<Bead> WithBothSides(const std::vector<Bead>& beads) {
  std::vector<Bead> out;
  for (const Bead& b : beads) {
    if (!b.en.empty() && !b.ko.empty()) out.push_back(b);
  }
  return out;
}

double Ratio(std::int64_t a, std::int64_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

// Whitespace-free copy.
std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

struct Interval {
  long begin = -1, end = -1;  // in squeezed coordinates; -1 = not found
  bool found() const { return begin >= 0; }
};

// Locates each text in order (forward search from the previous hit, then from the start).
std::vector<Interval> Locate(const std::vector<std::string>& texts, const std::string& doc) {
  std::vector<Interval> out;
  std::size_t from = 0;
  for (const std::string& t : texts) {
    std::string q = Squeeze(t);
    if (q.empty()) {
      out.push_back({});
      continue;
    }
    std::size_t at = doc.find(q, from);
    if (at == std::string::npos) at = doc.find(q);
    if (at == std::string::npos) {
      out.push_back({});
      continue;
    }
    out.push_back({static_cast<long>(at), static_cast<long>(at + q.size())});
    from = at + q.size();
  }
  return out;
}

bool Overlap(const Interval& a, const Interval& b) {
  return a.found() && b.found() && a.begin < b.end && b.begin < a.end;
}
bool Same(const Interval& a, const Interval& b) {
  return a.found() && b.found() && a.begin == b.begin && a.end == b.end;
}

void JudgePairs(const std::vector<TextPair>& ref, const std::vector<Interval>& ref_en,
                const std::vector<Interval>& ref_ko, const std::vector<TextPair>& hyp,
                const std::vector<Interval>& hyp_en, const std::vector<Interval>& hyp_ko,
                SideCounts& counts, std::vector<ScoredOutcome>* outcomes) {
  for (std::size_t h = 0; h < hyp.size(); ++h) {
    bool strict = false, lax = false;
    for (std::size_t r = 0; r < ref.size() && !strict; ++r) {
      bool same_text =
          Squeeze(hyp[h].en) == Squeeze(ref[r].en) && Squeeze(hyp[h].ko) == Squeeze(ref[r].ko);
      bool same = (Same(hyp_en[h], ref_en[r]) && Same(hyp_ko[h], ref_ko[r])) || same_text;
      if (same) strict = lax = true;
      if (Overlap(hyp_en[h], ref_en[r]) && Overlap(hyp_ko[h], ref_ko[r])) lax = true;
    }
    (strict ? counts.tp_strict : counts.fp_strict)++;
    (lax ? counts.tp_lax : counts.fp_lax)++;
    if (outcomes != nullptr) outcomes->push_back({hyp[h].score, strict, lax});
  }
}

}  // namespace

void AlignmentCounts::Add(const AlignmentCounts& o) {
  for (auto [a, b] : {std::pair{&precision, &o.precision}, std::pair{&recall, &o.recall}}) {
    a->tp_strict += b->tp_strict;
    a->fp_strict += b->fp_strict;
    a->tp_lax += b->tp_lax;
    a->fp_lax += b->fp_lax;
  }
}

AlignmentCounts CountBeads(const std::vector<Bead>& gold, const std::vector<Bead>& test) {
  AlignmentCounts c;
  Judge(gold, test, c.precision, nullptr);
  Judge(WithBothSides(test), WithBothSides(gold), c.recall, nullptr);
  return c;
}

AlignmentScores Summarize(const AlignmentCounts& c) {
  AlignmentScores s;
  s.strict.precision = Ratio(c.precision.tp_strict, c.precision.tp_strict + c.precision.fp_strict);
  s.lax.precision = Ratio(c.precision.tp_lax, c.precision.tp_lax + c.precision.fp_lax);
  s.strict.recall = Ratio(c.recall.tp_strict, c.recall.tp_strict + c.recall.fp_strict);
  s.lax.recall = Ratio(c.recall.tp_lax, c.recall.tp_lax + c.recall.fp_lax);
  s.strict.f1 = F1(s.strict.precision, s.strict.recall);
  s.lax.f1 = F1(s.lax.precision, s.lax.recall);
  return s;
}

std::vector<ScoredOutcome> PairOutcomes(const std::vector<Bead>& gold,
                                        const std::vector<Bead>& test) {
  std::vector<ScoredOutcome> out;
  SideCounts ignored;
  Judge(gold, test, ignored, &out);
  return out;
}

double PrecisionAtTop(std::vector<ScoredOutcome> outcomes, double fraction, bool strict) {
  if (outcomes.empty()) return 0.0;
  std::stable_sort(
      outcomes.begin(), outcomes.end(),
      [](const ScoredOutcome& a, const ScoredOutcome& b) { return a.score > b.score; });
  std::size_t k = static_cast<std::size_t>(fraction * outcomes.size() + 0.5);
  k = std::clamp<std::size_t>(k, 1, outcomes.size());
  std::size_t right = 0;
  for (std::size_t i = 0; i < k; ++i) right += strict ? outcomes[i].strict : outcomes[i].lax;
  return static_cast<double>(right) / k;
}

AlignmentCounts CountPairs(const std::vector<TextPair>& gold, const std::vector<TextPair>& test,
                           std::string_view en_raw, std::string_view ko_raw,
                           std::vector<ScoredOutcome>* outcomes) {
  std::string en_doc = Squeeze(en_raw), ko_doc = Squeeze(ko_raw);
  auto sides = [](const std::vector<TextPair>& v, bool en) {
    std::vector<std::string> out;
    for (const auto& p : v) out.push_back(en ? p.en : p.ko);
    return out;
  };
  auto gold_en = Locate(sides(gold, true), en_doc), gold_ko = Locate(sides(gold, false), ko_doc);
  auto test_en = Locate(sides(test, true), en_doc), test_ko = Locate(sides(test, false), ko_doc);
  AlignmentCounts c;
  JudgePairs(gold, gold_en, gold_ko, test, test_en, test_ko, c.precision, outcomes);
  JudgePairs(test, test_en, test_ko, gold, gold_en, gold_ko, c.recall, nullptr);
  return c;
}

}  // namespace kobi::align
