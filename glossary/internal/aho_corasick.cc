// Aho–Corasick automaton; see aho_corasick.h.
#include "glossary/internal/aho_corasick.h"

#include <algorithm>
#include <stdexcept>

namespace kobi::glossary::internal {
namespace {
constexpr std::uint32_t kMaxDenseRows = 4096;  // 4 MiB of rows at most
constexpr std::size_t kDenseFanOut = 24;       // deeper states get a row from this fan-out
constexpr std::uint32_t kDenseDepth = 2;
constexpr std::uint32_t kBfsDepth = 3;
}  // namespace

AhoCorasick::AhoCorasick() {
  pattern_at_.push_back(kNone);
  build_edges_.emplace_back();
  depth_.push_back(0);
}

std::uint32_t AhoCorasick::BuildChild(std::uint32_t s, unsigned char c) const {
  for (const auto& [label, target] : build_edges_[s]) {
    if (label == c) return target;
  }
  return kNone;
}

std::uint32_t AhoCorasick::Add(std::string_view pattern) {
  if (built_) throw std::logic_error("AhoCorasick::Add after Build");
  if (pattern.empty()) throw std::invalid_argument("AhoCorasick: empty pattern");
  std::uint32_t s = 0;
  for (char ch : pattern) {
    const auto c = static_cast<unsigned char>(ch);
    std::uint32_t t = BuildChild(s, c);
    if (t == kNone) {
      t = static_cast<std::uint32_t>(pattern_at_.size());
      pattern_at_.push_back(kNone);
      build_edges_.emplace_back();
      depth_.push_back(depth_[s] + 1);
      build_edges_[s].emplace_back(c, t);
    }
    s = t;
  }
  if (pattern_at_[s] == kNone) {
    pattern_at_[s] = static_cast<std::uint32_t>(pattern_length_.size());
    pattern_length_.push_back(static_cast<std::uint32_t>(pattern.size()));
  }
  return pattern_at_[s];
}

std::uint32_t AhoCorasick::SparseChild(std::uint32_t s, unsigned char c) const {
  const std::uint32_t b = states_[s].edge_begin;
  const std::uint32_t e = states_[s + 1].edge_begin;
  if (e - b <= 8) {
    for (std::uint32_t i = b; i < e; ++i) {
      if (edge_label_[i] == c) return edge_target_[i];
    }
    return kNone;
  }
  const unsigned char* first = edge_label_.data() + b;
  const unsigned char* last = edge_label_.data() + e;
  const unsigned char* it = std::lower_bound(first, last, c);
  if (it != last && *it == c) return edge_target_[b + static_cast<std::uint32_t>(it - first)];
  return kNone;
}

void AhoCorasick::Build() {
  if (built_) return;
  const std::size_t n = pattern_at_.size();
  // Renumber the states: breadth-first down to kBfsDepth (the states every walk touches,
  // packed together), then each deeper subtree in depth-first preorder, so a walk down a
  // long chain (a name being matched) reads consecutive records.
  {
    std::vector<std::uint32_t> order;
    order.reserve(n);
    order.push_back(0);
    std::vector<std::uint32_t> frontier;
    for (std::size_t qi = 0; qi < order.size(); ++qi) {
      const std::uint32_t s = order[qi];
      if (depth_[s] == kBfsDepth) {
        frontier.push_back(s);
        continue;
      }
      for (const auto& edge : build_edges_[s]) order.push_back(edge.second);
    }
    std::vector<std::uint32_t> stack;
    for (std::uint32_t root : frontier) {
      for (auto it = build_edges_[root].rbegin(); it != build_edges_[root].rend(); ++it) {
        stack.push_back(it->second);
      }
      while (!stack.empty()) {
        const std::uint32_t s = stack.back();
        stack.pop_back();
        order.push_back(s);
        for (auto it = build_edges_[s].rbegin(); it != build_edges_[s].rend(); ++it) {
          stack.push_back(it->second);
        }
      }
    }
    std::vector<std::uint32_t> new_id(n);
    for (std::uint32_t i = 0; i < n; ++i) new_id[order[i]] = i;
    std::vector<std::vector<std::pair<unsigned char, std::uint32_t>>> edges(n);
    std::vector<std::uint32_t> pattern(n), depth(n);
    for (std::uint32_t old = 0; old < n; ++old) {
      const std::uint32_t id = new_id[old];
      edges[id] = std::move(build_edges_[old]);
      for (auto& edge : edges[id]) edge.second = new_id[edge.second];
      pattern[id] = pattern_at_[old];
      depth[id] = depth_[old];
    }
    build_edges_ = std::move(edges);
    pattern_at_ = std::move(pattern);
    depth_ = std::move(depth);
  }
  // Failure links in breadth-first order (a state's chain is shallower than the state).
  states_.assign(n, State{});
  std::vector<std::uint32_t> bfs;
  bfs.reserve(n);
  bfs.push_back(0);
  for (std::size_t qi = 0; qi < bfs.size(); ++qi) {
    const std::uint32_t s = bfs[qi];
    for (const auto& [c, t] : build_edges_[s]) {
      std::uint32_t fail = 0;
      if (s != 0) {
        std::uint32_t f = states_[s].fail;
        while (true) {
          std::uint32_t next = BuildChild(f, c);
          if (next != kNone) {
            fail = next;
            break;
          }
          if (f == 0) break;
          f = states_[f].fail;
        }
      }
      states_[t].fail = fail;
      bfs.push_back(t);
    }
  }
  next_output_.assign(n, kNone);
  output_.assign(n, kNone);
  for (std::uint32_t s = 0; s < n; ++s) states_[s].pattern = pattern_at_[s];
  for (std::uint32_t s : bfs) {
    next_output_[s] = (s == 0) ? kNone : output_[states_[s].fail];
    output_[s] = (pattern_at_[s] != kNone) ? s : next_output_[s];
  }
  // Flatten the sparse edges.
  std::size_t total = 0;
  for (const auto& edges : build_edges_) total += edges.size();
  edge_label_.reserve(total);
  edge_target_.reserve(total);
  for (std::size_t s = 0; s < n; ++s) {
    auto& edges = build_edges_[s];
    std::sort(edges.begin(), edges.end());
    states_[s].edge_begin = static_cast<std::uint32_t>(edge_label_.size());
    for (const auto& [c, t] : edges) {
      edge_label_.push_back(c);
      edge_target_.push_back(t);
    }
  }
  State sentinel;
  sentinel.edge_begin = static_cast<std::uint32_t>(edge_label_.size());
  states_.push_back(sentinel);
  // Dense child rows for shallow and wide states.
  std::uint32_t rows = 0;
  for (std::uint32_t s = 0; s < n; ++s) {
    const bool wanted = depth_[s] <= kDenseDepth || build_edges_[s].size() >= kDenseFanOut;
    if (!wanted || rows >= kMaxDenseRows) continue;
    const std::uint32_t row = rows++;
    dense_.resize(static_cast<std::size_t>(rows) << 8);
    std::uint32_t* out = dense_.data() + (static_cast<std::size_t>(row) << 8);
    for (int c = 0; c < 256; ++c) out[c] = kNone;
    for (const auto& [c, t] : build_edges_[s]) out[c] = t;
    states_[s].dense = row;
  }
  build_edges_.clear();
  build_edges_.shrink_to_fit();
  depth_.clear();
  depth_.shrink_to_fit();
  pattern_at_.clear();
  pattern_at_.shrink_to_fit();
  built_ = true;
}

}  // namespace kobi::glossary::internal
