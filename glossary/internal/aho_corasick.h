// A byte-level Aho–Corasick automaton: finds every occurrence of every pattern in one pass.
// Private to kobi::glossary (used by Matcher over normalised text).
//
// Two ways to search: Scan() is classic Aho–Corasick (every occurrence at every position,
// following failure links); WalkFrom() follows only the trie (goto function) from one start
// position and reports the patterns that start exactly there. The glossary matcher uses
// WalkFrom() at word starts only, since a match must begin on a word boundary: that touches far
// fewer states than a full scan (see docs/glossary.md for the measured difference).
//
// Layout after Build(): states are numbered breadth-first to depth 3, then depth-first per
// subtree (a long chain is contiguous); each state is a 16-byte record (edges,
// failure link, output link, dense row). Shallow states (depth <= 2) and states with a large
// fan-out get a dense 256-entry child row, so a step from them is one load; the others keep
// their edges sorted in one label/target array. Each state's output link points at the
// nearest state on its failure chain that ends a pattern.
//
//   AhoCorasick ac;
//   std::uint32_t id = ac.Add("seoul");
//   ac.Build();
//   ac.Scan("in seoul", [](std::uint32_t pattern, std::size_t end) { ... });  // end = 8
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace kobi::glossary::internal {

class AhoCorasick {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  AhoCorasick();

  // Adds a non-empty pattern and returns its id (ids are dense from 0). Adding the same bytes
  // twice returns the first id. Must be called before Build().
  std::uint32_t Add(std::string_view pattern);
  // Computes failure links and dense rows and freezes the automaton.
  void Build();

  std::size_t pattern_count() const { return pattern_length_.size(); }
  std::size_t state_count() const {
    return output_.empty() ? pattern_at_.size() : output_.size();
  }
  std::size_t pattern_length(std::uint32_t id) const { return pattern_length_[id]; }

  // Calls on_match(pattern_id, end) for every pattern that occurs at text[start...], in
  // increasing length. Does nothing before Build().
  template <typename F>
  void WalkFrom(std::string_view text, std::size_t start, F&& on_match) const {
    if (!built_) return;
    std::uint32_t s = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = start; i < text.size(); ++i) {
      s = Child(s, p[i]);
      if (s == kNone) return;
      const std::uint32_t pattern = states_[s].pattern;
      if (pattern != kNone) on_match(pattern, i + 1);
    }
  }

  // Calls on_match(pattern_id, end) for every occurrence, where end is the byte offset just
  // past the occurrence in text. Occurrences are reported in order of end offset. Does
  // nothing before Build().
  template <typename F>
  void Scan(std::string_view text, F&& on_match) const {
    if (!built_) return;
    std::uint32_t s = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
      s = Step(s, p[i]);
      std::uint32_t o = output_[s];
      while (o != kNone) {
        on_match(states_[o].pattern, i + 1);
        o = next_output_[o];
      }
    }
  }

 private:
  // Hot per-state record (16 bytes); states are numbered in breadth-first order so the
  // shallow states a scan visits most are packed together in memory.
  struct State {
    std::uint32_t edge_begin = 0;  // into edge_label_/edge_target_; end = next state's begin
    std::uint32_t fail = 0;
    std::uint32_t pattern = kNone;  // pattern ending exactly here
    std::uint32_t dense = kNone;    // row index into dense_, or kNone
  };

  std::uint32_t Child(std::uint32_t s, unsigned char c) const {
    const State& st = states_[s];
    if (st.dense != kNone) return dense_[(static_cast<std::size_t>(st.dense) << 8) | c];
    return SparseChild(s, c);
  }
  std::uint32_t Step(std::uint32_t s, unsigned char c) const {
    while (true) {
      const std::uint32_t t = Child(s, c);
      if (t != kNone) return t;
      if (s == 0) return 0;
      s = states_[s].fail;
    }
  }
  std::uint32_t SparseChild(std::uint32_t s, unsigned char c) const;
  std::uint32_t BuildChild(std::uint32_t s, unsigned char c) const;

  bool built_ = false;
  std::vector<State> states_;  // plus one sentinel after Build (edge_begin of the end)
  std::vector<std::uint32_t> pattern_at_;   // build time: pattern ending at each state
  // Per state (Scan only): this state if it ends a pattern, else the nearest pattern-ending
  // state on the failure chain; and the next such state after it.
  std::vector<std::uint32_t> output_;
  std::vector<std::uint32_t> next_output_;
  std::vector<unsigned char> edge_label_;
  std::vector<std::uint32_t> edge_target_;
  std::vector<std::uint32_t> dense_;  // rows of 256 children (kNone = no child)
  std::vector<std::vector<std::pair<unsigned char, std::uint32_t>>> build_edges_;
  std::vector<std::uint32_t> depth_;
  std::vector<std::uint32_t> pattern_length_;
};

}  // namespace kobi::glossary::internal
