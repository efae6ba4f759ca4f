// Glossary matcher throughput: kobi::glossary::Matcher with a synthetic 100,000-entry glossary
// over ~2 MB of English and Korean text, against references measured in the same run:
//   - naive: std::string::find for each of 1,000 entries (lower-cased text), i.e. what a
//     simple loop does with 1% of the glossary;
//   - memchr: one memchr pass over the text (a lower bound on any scan).
// Output: bytes_per_second per benchmark, then "ratio" lines comparing against the naive loop.
//
// With --en_text=FILE and/or --ko_text=FILE it also matches real text line by line (as `kobi
// glossary match` and the aligner call the matcher), with the 100,000 synthetic entries plus
// the bundled glossary, so that real names and places are found too
// (bench/run_glossary_bench.sh passes the public dev sets).
//
//   build/bench/glossary_benchmark --benchmark_min_time=0.5
//   build/bench/glossary_benchmark --en_text=news.en --ko_text=news.ko
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kobi/core/utf8.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace {

using kobi::glossary::Glossary;
using kobi::glossary::Matcher;

constexpr std::size_t kEntries = 100000;
constexpr std::size_t kTextBytes = 2u << 20;

const char* const kSyllables[] = {
    "kim",  "lee",  "park", "choi",  "jung", "kang", "cho", "yoon", "jang", "lim",  "han",  "oh",
    "seo",  "shin", "kwon", "hwang", "ahn",  "song", "yoo", "hong", "jeon", "ko",   "moon", "yang",
    "son",  "bae",  "baek", "heo",   "nam",  "sim",  "noh", "ha",   "kwak", "sung", "cha",  "joo",
    "woo",  "min",  "ryu",  "na",    "jin",  "ji",   "eom", "chae", "won",  "chun", "bang", "gong",
    "hyun", "ham",  "byun", "yeom",  "yeo",  "chu",  "do",  "so",   "seok", "sun",  "seol", "ma"};
const char* const kWords[] = {
    "the",      "president", "said",      "on",      "tuesday",    "that",        "talks",
    "with",     "officials", "in",        "would",   "continue",   "after",       "a",
    "meeting",  "of",        "ministers", "and",     "envoys",     "from",        "both",
    "sides",    "agreed",    "to",        "resume",  "economic",   "cooperation", "next",
    "week",     "as",        "tensions",  "eased",   "over",       "the",         "border",
    "market",   "shares",    "rose",      "percent", "while",      "analysts",    "expected",
    "further",  "gains",     "this",      "year",    "government", "announced",   "new",
    "measures", "for",       "housing",   "prices",  "which",      "have",        "risen",
    "sharply"};

std::string Capitalize(std::string s) {
  s[0] = static_cast<char>(s[0] - 32);
  return s;
}

std::string HangulSyllable(std::mt19937& rng) {
  std::uniform_int_distribution<int> d(0xAC00, 0xD7A3);
  return kobi::utf8::Encode(static_cast<char32_t>(d(rng)));
}

struct Fixture {
  Glossary glossary;
  std::string glossary_tsv;        // the same entries as TSV text
  std::vector<std::string> names;  // English forms, for text generation and the naive loop
  std::string english;
  std::string korean;
  Matcher* matcher = nullptr;

  Fixture() {
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::size_t> syl(0, std::size(kSyllables) - 1);
    std::string tsv = "en\tko\ttype\n";
    std::map<std::string, bool> seen_en, seen_ko;
    while (names.size() < kEntries) {
      std::string en = Capitalize(kSyllables[syl(rng)]);
      en.append(" ").append(Capitalize(kSyllables[syl(rng)])).append("-");
      en.append(kSyllables[syl(rng)]);
      if (names.size() % 3 == 0) en.append(" ").append(Capitalize(kSyllables[syl(rng)]));
      std::string ko = HangulSyllable(rng);
      ko.append(HangulSyllable(rng)).append(HangulSyllable(rng));
      if (seen_en.count(en) || seen_ko.count(ko)) continue;
      seen_en[en] = seen_ko[ko] = true;
      tsv.append(en).append("\t").append(ko).append("\tperson\n");
      names.push_back(en);
    }
    glossary = Glossary::ParseTsv(tsv, "synthetic");
    glossary_tsv = tsv;
    matcher = new Matcher(glossary);
    std::uniform_int_distribution<std::size_t> word(0, std::size(kWords) - 1);
    std::uniform_int_distribution<std::size_t> name(0, names.size() - 1);
    std::uniform_int_distribution<int> pct(0, 99);
    const auto& entries = glossary.entries();
    while (english.size() < kTextBytes) {
      if (pct(rng) < 4) {
        english += names[name(rng)];
      } else {
        english += kWords[word(rng)];
      }
      english += pct(rng) < 8 ? ". " : " ";
    }
    while (korean.size() < kTextBytes) {
      if (pct(rng) < 6) {
        korean.append(entries[name(rng)].ko).append("은 ");
      } else {
        korean.append(HangulSyllable(rng)).append(HangulSyllable(rng)).append(" ");
      }
    }
  }
};

Fixture& Get() {
  static Fixture* f = new Fixture();
  return *f;
}

void BM_MatcherEnglish100k(benchmark::State& state) {
  Fixture& f = Get();
  std::size_t found = 0;
  for (auto _ : state) {
    auto m = f.matcher->FindEnglish(f.english);
    found = m.size();
    benchmark::DoNotOptimize(m.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.english.size()));
  state.counters["matches"] = static_cast<double>(found);
  state.counters["patterns"] = static_cast<double>(f.matcher->english_patterns());
  state.counters["matcher_MB"] = static_cast<double>(f.matcher->memory_bytes()) / 1e6;
}
BENCHMARK(BM_MatcherEnglish100k)->Unit(benchmark::kMillisecond);

void BM_MatcherKorean100k(benchmark::State& state) {
  Fixture& f = Get();
  std::size_t found = 0;
  for (auto _ : state) {
    auto m = f.matcher->FindKorean(f.korean);
    found = m.size();
    benchmark::DoNotOptimize(m.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.korean.size()));
  state.counters["matches"] = static_cast<double>(found);
  state.counters["patterns"] = static_cast<double>(f.matcher->korean_patterns());
}
BENCHMARK(BM_MatcherKorean100k)->Unit(benchmark::kMillisecond);

// Start-up cost of a user glossary: parse 100,000 TSV rows (with duplicate and conflict
// checks), merge them over the bundled glossary (as `-g FILE` does) and build the matcher.
void BM_LoadMergeBuild100k(benchmark::State& state) {
  Fixture& f = Get();
  for (auto _ : state) {
    Glossary g = Glossary::Default();
    g.Merge(Glossary::ParseTsv(f.glossary_tsv, "synthetic"));
    Matcher m(g);
    benchmark::DoNotOptimize(m.english_patterns());
  }
}
BENCHMARK(BM_LoadMergeBuild100k)->Unit(benchmark::kMillisecond)->Iterations(2);

// Merging a new version of a 100,000-entry glossary over the old one: every entry replaces
// its counterpart (this once rebuilt the whole index per replacement: minutes, not seconds).
void BM_MergeUpdate100k(benchmark::State& state) {
  Fixture& f = Get();
  for (auto _ : state) {
    state.PauseTiming();
    Glossary g = f.glossary;
    Glossary update = f.glossary;
    state.ResumeTiming();
    g.Merge(update);
    benchmark::DoNotOptimize(g.size());
  }
}
BENCHMARK(BM_MergeUpdate100k)->Unit(benchmark::kMillisecond)->Iterations(2);

// Reference: lower-case the text once, then std::string::find for 1,000 lower-cased names.
void BM_NaiveFind1k(benchmark::State& state) {
  Fixture& f = Get();
  std::vector<std::string> needles;
  for (std::size_t i = 0; i < 1000; ++i) {
    std::string n = f.names[i * (f.names.size() / 1000)];
    for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    needles.push_back(n);
  }
  std::size_t found = 0;
  for (auto _ : state) {
    std::string lower = f.english;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    found = 0;
    for (const auto& n : needles) {
      for (std::size_t p = lower.find(n); p != std::string::npos; p = lower.find(n, p + 1)) {
        ++found;
      }
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.english.size()));
  state.counters["matches"] = static_cast<double>(found);
}
BENCHMARK(BM_NaiveFind1k)->Unit(benchmark::kMillisecond);

// Lower bound: one memchr pass counting newlines-or-'.'.
void BM_MemchrScan(benchmark::State& state) {
  Fixture& f = Get();
  for (auto _ : state) {
    std::size_t n = 0;
    const char* p = f.english.data();
    const char* end = p + f.english.size();
    while ((p = static_cast<const char*>(std::memchr(p, '.', static_cast<std::size_t>(end - p))))) {
      ++n;
      ++p;
    }
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.english.size()));
}
BENCHMARK(BM_MemchrScan)->Unit(benchmark::kMillisecond);

// Real text, one call per line, with the synthetic glossary plus the bundled one.
std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "glossary_benchmark: cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

const Matcher& RealTextMatcher() {
  static const Matcher* m = [] {
    Glossary g = Get().glossary;
    g.Merge(Glossary::Default());
    return new Matcher(g);
  }();
  return *m;
}

void RunLines(benchmark::State& state, const std::vector<std::string>& lines, bool korean) {
  const Matcher& m = RealTextMatcher();
  std::size_t bytes = 0;
  for (const auto& l : lines) bytes += l.size() + 1;
  std::size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (const auto& l : lines) found += (korean ? m.FindKorean(l) : m.FindEnglish(l)).size();
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["matches"] = static_cast<double>(found);
  state.counters["lines"] = static_cast<double>(lines.size());
}

// Prints the usual table, then each benchmark's best throughput over its repetitions (on a
// shared machine the slower repetitions measure the neighbours) as a ratio to the naive loop's
// best in the same run.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  explicit RatioReporter(OutputOptions options) : ConsoleReporter(options) {}
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const auto& r : runs) {
      if (r.run_type == Run::RT_Aggregate) continue;
      auto it = r.counters.find("bytes_per_second");
      if (it == r.counters.end()) continue;
      Best& b = best_[r.benchmark_name()];
      b.rate = std::max(b.rate, static_cast<double>(it->second.value));
      ++b.runs;
    }
  }
  void Finalize() override {
    ConsoleReporter::Finalize();
    const double ref = best_.count("BM_NaiveFind1k") ? best_["BM_NaiveFind1k"].rate : 0;
    for (const auto& [name, b] : best_) {
      std::cout << "ratio " << name << ": " << b.rate / 1e6 << " MB/s (best of " << b.runs << ")";
      if (ref > 0) std::cout << " = " << b.rate / ref << "x the naive 1,000-entry find loop";
      std::cout << "\n";
    }
  }

 private:
  struct Best {
    double rate = 0;
    int runs = 0;
  };
  std::map<std::string, Best> best_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  // Our own flags, after the library has taken its own.
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    for (const auto& [flag, korean] : {std::pair{"--en_text=", false}, {"--ko_text=", true}}) {
      const std::string prefix = flag;
      if (arg.rfind(prefix, 0) != 0) continue;
      auto lines = std::make_shared<std::vector<std::string>>(ReadLines(arg.substr(prefix.size())));
      const bool ko = korean;
      benchmark::RegisterBenchmark(ko ? "BM_RealKoreanLines100k" : "BM_RealEnglishLines100k",
                                   [lines, ko](benchmark::State& st) { RunLines(st, *lines, ko); })
          ->Unit(benchmark::kMillisecond);
      argv[i] = nullptr;
    }
    if (argv[i] != nullptr) rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  if (benchmark::ReportUnrecognizedArguments(rest_argc, rest.data())) return 1;
  RatioReporter reporter(isatty(STDOUT_FILENO) ? benchmark::ConsoleReporter::OO_Defaults
                                               : benchmark::ConsoleReporter::OO_Tabular);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
