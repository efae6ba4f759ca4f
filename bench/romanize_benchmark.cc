// Romanization throughput (MB/s of UTF-8 input) of kobi::romanize::Romanize in each system,
// against ICU's "Hangul-Latin" transform (kobi::unicode::internal::Transliterate) on the same
// text in the same run. The text is a Korean news-style paragraph written for this benchmark,
// repeated to ~1 MB, one line at a time (as `kobi romanize` processes it).
//
//   build/bench/romanize_benchmark            # prints the table, then ratios vs ICU
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "kobi/core/internal/icu_reference.h"
#include "kobi/romanize/romanization_key.h"
#include "kobi/romanize/romanizer.h"

namespace {

const std::vector<std::string>& Lines() {
  static const std::vector<std::string> lines = [] {
    const std::vector<std::string> base = {
        "서울 종로구 세종로에서 열린 회의에는 외교부 장관과 통일부 차관이 참석했다.",
        "정부는 13일 신라 문화제를 앞두고 경주시 일대의 교통을 통제한다고 밝혔다.",
        "학여울역 근처에서 열린 박람회에는 3만 명이 넘는 시민이 다녀갔다.",
        "국립중앙박물관은 같이 보고 싶은 전시 10선을 발표했다 (2024년 기준).",
        "대통령은 좋고 나쁜 소식을 모두 국민에게 알리겠다고 말했다.",
        "부산과 대구, 광주, 대전을 잇는 고속철도 노선이 확정됐다.",
        "한국은행은 기준금리를 동결하고 물가 안정에 집중하겠다고 밝혔다.",
        "독립문 앞 광장에서 시민 단체가 기자회견을 열었다.",
    };
    std::vector<std::string> out;
    std::size_t bytes = 0;
    while (bytes < (1u << 20)) {
      for (const std::string& line : base) {
        out.push_back(line);
        bytes += line.size();
      }
    }
    return out;
  }();
  return lines;
}

std::size_t TotalBytes() {
  std::size_t n = 0;
  for (const std::string& line : Lines()) n += line.size();
  return n;
}

void Run(benchmark::State& state, const kobi::romanize::RomanizeOptions& options) {
  for (auto _ : state) {
    std::size_t out = 0;
    for (const std::string& line : Lines()) out += kobi::romanize::Romanize(line, options).size();
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TotalBytes()));
}

void BM_KobiRr(benchmark::State& state) { Run(state, {}); }
void BM_KobiTranslit(benchmark::State& state) {
  Run(state, {.system = kobi::romanize::System::kTranslit});
}
void BM_KobiMr(benchmark::State& state) {
  Run(state, {.system = kobi::romanize::System::kMcCuneReischauer});
}
void BM_KobiPlace(benchmark::State& state) { Run(state, {.place = true}); }

void BM_IcuHangulLatin(benchmark::State& state) {
  for (auto _ : state) {
    std::size_t out = 0;
    for (const std::string& line : Lines()) {
      out += kobi::unicode::internal::Transliterate("Hangul-Latin", line).size();
    }
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TotalBytes()));
}

void BM_RomanizationKey(benchmark::State& state) {
  const std::vector<std::string> names = {"Kim Jong-un",   "김정은",    "Park Chung-hee",
                                          "Lee Jae-myung", "Pyongyang", "Ban Ki-moon"};
  std::size_t bytes = 0;
  for (const std::string& n : names) bytes += n.size();
  for (auto _ : state) {
    for (const std::string& n : names) benchmark::DoNotOptimize(kobi::romanize::RomanizationKey(n));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

BENCHMARK(BM_KobiRr)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KobiTranslit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KobiMr)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KobiPlace)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuHangulLatin)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RomanizationKey);

// Console output plus a record of bytes/second per benchmark, for the ratio table.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      auto it = run.counters.find("bytes_per_second");
      if (it != run.counters.end()) rates_[run.benchmark_name()] = it->second.value;
    }
    ConsoleReporter::ReportRuns(runs);
  }
  const std::map<std::string, double>& rates() const { return rates_; }

 private:
  std::map<std::string, double> rates_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  const auto& rates = reporter.rates();
  auto icu = rates.find("BM_IcuHangulLatin");
  if (icu == rates.end() || icu->second <= 0) return 0;
  std::printf("\nThroughput (MB/s of input) and ratio to ICU Hangul-Latin, same run:\n");
  for (const auto& [name, rate] : rates) {
    std::printf("  %-22s %8.2f MB/s  x%.2f\n", name.c_str(), rate / 1e6, rate / icu->second);
  }
  return 0;
}
