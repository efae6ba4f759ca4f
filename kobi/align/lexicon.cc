// Corpus lexicon training; see lexicon.h.
#include "kobi/align/lexicon.h"

#include <algorithm>
#include <charconv>

#include "kobi/align/internal/features.h"
#include "kobi/align/internal/lexicon_learner.h"
#include "kobi/core/error.h"

namespace kobi::align {
namespace {

constexpr std::size_t kBufferLimit = 1u << 22;  // co-occurrences buffered before compaction
constexpr std::string_view kCountsHeader = "kobi-lexicon-counts 1";

// Reads the lines of Save() text, numbering them for errors.
class CountsReader {
 public:
  CountsReader(std::string_view text, const std::string& name, const char* what)
      : text_(text), name_(name), what_(what) {}
  std::string_view Line() {
    ++line_;
    if (pos_ >= text_.size()) Fail("unexpected end");
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) Fail("unterminated line");
    std::string_view line = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    return line;
  }
  // "KEY N" -> N.
  std::uint64_t Header(std::string_view key) {
    std::string_view line = Line();
    if (line.substr(0, key.size()) != key || line.size() <= key.size() || line[key.size()] != ' ') {
      Fail("expected '" + std::string(key) + " N'");
    }
    return Number(line.substr(key.size() + 1));
  }
  std::uint64_t Number(std::string_view s) {
    std::uint64_t n = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), n);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) Fail("bad number");
    return n;
  }
  // The tab-separated fields of the next line (exactly `n`).
  std::vector<std::string_view> Fields(std::size_t n) {
    std::string_view line = Line();
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
      std::size_t tab = line.find('\t', start);
      out.push_back(line.substr(start, tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (out.size() != n) Fail("expected " + std::to_string(n) + " fields");
    return out;
  }
  bool done() const { return pos_ == text_.size(); }
  [[noreturn]] void Fail(const std::string& what) const {
    throw InputError(name_, line_, std::string("not ") + what_ + ": " + what);
  }

 private:
  std::string_view text_;
  const std::string& name_;
  const char* what_;
  std::size_t pos_ = 0;
  std::uint64_t line_ = 0;
};

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

std::string LexiconTrainer::Save() {
  Compact();
  std::string out = std::string(kCountsHeader) + "\npairs " + std::to_string(pairs_) + "\n";
  auto units = [&](const char* key, const std::vector<std::string>& names,
                   std::unordered_map<std::uint32_t, int>& counts) {
    out += std::string(key) + " " + std::to_string(names.size()) + "\n";
    for (std::uint32_t id = 0; id < names.size(); ++id) {
      out += names[id] + "\t" + std::to_string(counts[id]) + "\n";
    }
  };
  units("en", en_names_, en_count_);
  units("ko", ko_names_, ko_count_);
  out += "co " + std::to_string(counted_.size()) + "\n";
  for (const auto& [key, n] : counted_) {
    out += std::to_string(key >> 32) + "\t" + std::to_string(key & 0xFFFFFFFFu) + "\t" +
           std::to_string(n) + "\n";
  }
  return out;
}

LexiconTrainer LexiconTrainer::Load(std::string_view text, const std::string& name) {
  CountsReader in(text, name, "lexicon counts");
  if (in.Line() != kCountsHeader) in.Fail("expected '" + std::string(kCountsHeader) + "'");
  LexiconTrainer t;
  t.pairs_ = in.Header("pairs");
  auto units = [&](const char* key, std::unordered_map<std::string, std::uint32_t>& ids,
                   std::vector<std::string>& names,
                   std::unordered_map<std::uint32_t, int>& counts) {
    std::uint64_t n = in.Header(key);
    for (std::uint64_t i = 0; i < n; ++i) {
      auto f = in.Fields(2);
      std::uint32_t id = t.Intern(ids, names, std::string(f[0]));
      if (id != i) in.Fail("repeated unit");
      counts[id] = static_cast<int>(in.Number(f[1]));
    }
  };
  units("en", t.en_ids_, t.en_names_, t.en_count_);
  units("ko", t.ko_ids_, t.ko_names_, t.ko_count_);
  std::uint64_t n = in.Header("co");
  t.counted_.reserve(n);
  for (std::uint64_t i = 0; i < n; ++i) {
    auto f = in.Fields(3);
    std::uint64_t a = in.Number(f[0]), b = in.Number(f[1]);
    if (a >= t.en_names_.size() || b >= t.ko_names_.size()) in.Fail("unit id out of range");
    std::uint64_t key = a << 32 | b;
    if (!t.counted_.empty() && t.counted_.back().first >= key) in.Fail("unsorted counts");
    t.counted_.emplace_back(key, static_cast<std::uint32_t>(in.Number(f[2])));
  }
  if (!in.done()) in.Fail("trailing data");
  return t;
}

void LexiconTrainer::Merge(LexiconTrainer later) {
  later.Compact();
  // Units new to this trainer get ids in the order `later` first saw them, as if its pairs had
  // been added here, so ids (and any tie between them in Train) are those of one trainer.
  std::vector<std::uint32_t> en_map, ko_map;
  for (std::string& u : later.en_names_) en_map.push_back(Intern(en_ids_, en_names_, u));
  for (std::string& u : later.ko_names_) ko_map.push_back(Intern(ko_ids_, ko_names_, u));
  for (const auto& [id, n] : later.en_count_) en_count_[en_map[id]] += n;
  for (const auto& [id, n] : later.ko_count_) ko_count_[ko_map[id]] += n;
  Compact();
  std::vector<std::pair<std::uint64_t, std::uint32_t>> add;
  add.reserve(later.counted_.size());
  for (const auto& [key, n] : later.counted_) {
    add.emplace_back(
        static_cast<std::uint64_t>(en_map[key >> 32]) << 32 | ko_map[key & 0xFFFFFFFFu], n);
  }
  std::sort(add.begin(), add.end());
  std::vector<std::pair<std::uint64_t, std::uint32_t>> merged;
  merged.reserve(counted_.size() + add.size());
  std::size_t i = 0, x = 0;
  while (i < counted_.size() || x < add.size()) {
    if (x == add.size() || (i < counted_.size() && counted_[i].first < add[x].first)) {
      merged.push_back(counted_[i++]);
    } else if (i == counted_.size() || add[x].first < counted_[i].first) {
      merged.push_back(add[x++]);
    } else {
      merged.emplace_back(counted_[i].first, counted_[i].second + add[x].second);
      ++i;
      ++x;
    }
  }
  counted_.swap(merged);
  pairs_ += later.pairs_;
}

std::string FormatLexicon(const std::vector<LexiconEntry>& entries) {
  std::string out;
  for (const LexiconEntry& e : entries) {
    char dice[32];
    auto r = std::to_chars(dice, dice + sizeof dice, e.dice, std::chars_format::fixed, 3);
    out += e.en + "*\t" + e.ko + "*\t" + std::to_string(e.count) + "\t" + std::string(dice, r.ptr) +
           "\n";
  }
  return out;
}

std::vector<LexiconEntry> ParseLexicon(std::string_view text, const std::string& name) {
  CountsReader in(text, name, "a lexicon");
  std::vector<LexiconEntry> out;
  while (!in.done()) {
    auto f = in.Fields(4);
    if (f[0].size() < 2 || f[0].back() != '*' || f[1].size() < 2 || f[1].back() != '*') {
      in.Fail("expected en*<TAB>ko*<TAB>count<TAB>dice");
    }
    LexiconEntry e;
    e.en.assign(f[0].substr(0, f[0].size() - 1));
    e.ko.assign(f[1].substr(0, f[1].size() - 1));
    e.count = static_cast<int>(in.Number(f[2]));
    auto r = std::from_chars(f[3].data(), f[3].data() + f[3].size(), e.dice);
    if (r.ec != std::errc() || r.ptr != f[3].data() + f[3].size()) in.Fail("bad Dice");
    out.push_back(std::move(e));
  }
  return out;
}

const AlignOptions& CorpusLexicon::Finish() { return Finish(trainer_.Train(lexicon_options_)); }

const AlignOptions& CorpusLexicon::Finish(const std::vector<LexiconEntry>& entries) {
  entries_ = entries.size();
  dictionary_ = std::make_unique<Dictionary>(options_.dictionary != nullptr ? *options_.dictionary
                                                                            : Dictionary());
  for (const LexiconEntry& e : entries) dictionary_->Add(e.en + "*", e.ko + "*");
  options_.dictionary = dictionary_.get();
  return options_;
}

}  // namespace kobi::align
