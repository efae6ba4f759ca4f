// Corpus lexicon training; see lexicon.h.
#include "kobi/align/lexicon.h"

#include <algorithm>
#include <charconv>

#include "kobi/align/internal/features.h"
#include "kobi/align/internal/lexicon_learner.h"

namespace kobi::align {
namespace {

constexpr std::size_t kBufferLimit = 1u << 22;  // co-occurrences buffered before compaction

}  // namespace

std::uint32_t LexiconTrainer::Intern(std::unordered_map<std::string, std::uint32_t>& ids,
                                     std::vector<std::string>& names, std::string unit) {
  auto [it, inserted] = ids.try_emplace(std::move(unit), static_cast<std::uint32_t>(names.size()));
  if (inserted) names.push_back(it->first);
  return it->second;
}

void LexiconTrainer::AddPair(std::string_view en, std::string_view ko) {
  std::vector<std::uint32_t> a, b;
  for (auto& u : internal::LexiconUnits(en, Lang::kEn)) a.push_back(Intern(en_ids_, en_names_, u));
  for (auto& u : internal::LexiconUnits(ko, Lang::kKo)) b.push_back(Intern(ko_ids_, ko_names_, u));
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  std::sort(b.begin(), b.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  ++pairs_;
  for (auto x : a) ++en_count_[x];
  for (auto y : b) ++ko_count_[y];
  for (auto x : a) {
    for (auto y : b) buffer_.push_back(static_cast<std::uint64_t>(x) << 32 | y);
  }
  if (buffer_.size() >= kBufferLimit) Compact();
}

void LexiconTrainer::AddAlignment(const std::vector<std::string>& en,
                                  const std::vector<std::string>& ko, const Alignment& alignment,
                                  double min_score) {
  for (const Bead& b : alignment.beads) {
    if (b.en.size() != 1 || b.ko.size() != 1 || b.score < min_score) continue;
    AddPair(en[b.en[0]], ko[b.ko[0]]);
  }
}

void LexiconTrainer::Compact() {
  std::sort(buffer_.begin(), buffer_.end());
  std::vector<std::pair<std::uint64_t, std::uint32_t>> merged;
  merged.reserve(counted_.size() + buffer_.size() / 2);
  std::size_t i = 0, x = 0;
  while (i < counted_.size() || x < buffer_.size()) {
    std::uint64_t key = i < counted_.size() ? counted_[i].first : UINT64_MAX;
    if (x < buffer_.size()) key = std::min(key, buffer_[x]);
    std::uint32_t n = 0;
    if (i < counted_.size() && counted_[i].first == key) n += counted_[i++].second;
    while (x < buffer_.size() && buffer_[x] == key) {
      ++n;
      ++x;
    }
    merged.emplace_back(key, n);
  }
  counted_.swap(merged);
  buffer_.clear();
}

std::vector<LexiconEntry> LexiconTrainer::Train(const LexiconOptions& options) {
  Compact();
  std::vector<internal::CoCount> co;
  for (const auto& [key, n] : counted_) {
    if (static_cast<int>(n) < options.min_count) continue;
    co.push_back({static_cast<std::uint32_t>(key >> 32),
                  static_cast<std::uint32_t>(key & 0xFFFFFFFFu), static_cast<int>(n)});
  }
  std::vector<LexiconEntry> out;
  for (const auto& [a, b] :
       internal::SelectPairs(co, en_count_, ko_count_, options.min_count, options.min_dice)) {
    LexiconEntry e;
    e.en = en_names_[a];
    e.ko = ko_names_[b];
    auto it = std::lower_bound(counted_.begin(), counted_.end(),
                               std::pair{static_cast<std::uint64_t>(a) << 32 | b, 0u});
    e.count = static_cast<int>(it->second);
    e.dice = 2.0 * e.count / (en_count_[a] + ko_count_[b]);
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const LexiconEntry& x, const LexiconEntry& y) {
    return x.en != y.en ? x.en < y.en : x.ko < y.ko;
  });
  return out;
}

std::string FormatLexicon(const std::vector<LexiconEntry>& entries) {
  std::string out;
  for (const LexiconEntry& e : entries) {
    char dice[32];
    auto r = std::to_chars(dice, dice + sizeof dice, e.dice, std::chars_format::fixed, 3);
    out += e.en + "*\t" + e.ko + "*\t" + std::to_string(e.count) + "\t" +
           std::string(dice, r.ptr) + "\n";
  }
  return out;
}

const AlignOptions& CorpusLexicon::Finish() {
  std::vector<LexiconEntry> entries = trainer_.Train(lexicon_options_);
  entries_ = entries.size();
  dictionary_ = std::make_unique<Dictionary>(options_.dictionary != nullptr ? *options_.dictionary
                                                                            : Dictionary());
  for (const LexiconEntry& e : entries) dictionary_->Add(e.en + "*", e.ko + "*");
  options_.dictionary = dictionary_.get();
  return options_;
}

}  // namespace kobi::align
