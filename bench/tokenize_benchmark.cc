// Throughput of kobi's sentence splitter and tokenizer against bare ICU sentence+word break
// iteration over the same text, measured in the same run (single thread).
//
//   build/bench/tokenize_benchmark                 # generated English and Korean news-like text
//   build/bench/tokenize_benchmark news.en ko.txt  # your files: first English, second Korean
//
// Prints MB/s for: ICU sentence+word iteration (whole text, one break iterator each),
// kobi split, kobi tokenize (Moses rules), kobi split+tokenize, and each one's ratio to ICU.
// kobi runs line by line, as `kobi split` / `kobi tokenize` do. Timing is the best of 5 runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/internal/icu_reference.h"
#include "kobi/core/lang.h"
#include "kobi/core/unicode.h"
#include "kobi/tokenize/sentence_splitter.h"
#include "kobi/tokenize/tokenizer.h"

namespace {

std::string Generate(bool korean, std::size_t bytes) {
  const std::vector<std::string> en = {"Mr. Kim",
                                       "said",
                                       "the",
                                       "U.S.",
                                       "officials",
                                       "met",
                                       "on Jan. 9",
                                       "in Seoul,",
                                       "North",
                                       "Korea's",
                                       "missile",
                                       "launch",
                                       "was",
                                       "\"a grave provocation,\"",
                                       "Yonhap",
                                       "reported",
                                       "at 3:30 p.m.",
                                       "exports",
                                       "rose",
                                       "5.3 percent",
                                       "to $48.6 billion",
                                       "(about 55 trillion "
                                       "won)",
                                       "Samsung Electronics Co.",
                                       "doesn't",
                                       "expect",
                                       "talks",
                                       "state-run",
                                       "media",
                                       "Sen. Park",
                                       "No. 1",
                                       "and",
                                       "while",
                                       "however,",
                                       "the ministry"};
  const std::vector<std::string> ko = {
      "김정은",   "국무위원장은", "9일",        "서울에서", "열린",    "회의에서",
      "“대화가",  "필요하다”고",  "말했다",     "정부는",   "미국",    "국무부",
      "2015.1.9", "발표했다",     "수출은",     "5.3%",     "증가한",  "486억",
      "달러를",   "기록했다",     "(연합뉴스)", "그러나",   "야당은",  "반발했다",
      "북한의",   "미사일",       "발사에",     "대해",     "‘엄중한", "도발’이라며"};
  const std::vector<std::string>& words = korean ? ko : en;
  std::mt19937 rng(2015);
  std::string out;
  while (out.size() < bytes) {
    int sentences = 2 + static_cast<int>(rng() % 4);
    for (int s = 0; s < sentences; ++s) {
      int n = 6 + static_cast<int>(rng() % 14);
      for (int w = 0; w < n; ++w) {
        if (w > 0) out += ' ';
        const std::string& word = words[rng() % words.size()];
        if (w == 0 && !korean && word[0] >= 'a' && word[0] <= 'z') {
          out += static_cast<char>(word[0] - 'a' + 'A');
          out += word.substr(1);
        } else {
          out += word;
        }
      }
      out += rng() % 10 == 0 ? "?" : ".";
      if (s + 1 < sentences) out += ' ';
    }
    out += '\n';
  }
  return out;
}

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "tokenize_benchmark: cannot open %s\n", path);
    std::exit(1);
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string_view> Lines(const std::string& text) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    lines.emplace_back(text.data() + pos, nl - pos);
    pos = nl + 1;
  }
  return lines;
}

// Best-of-5 seconds for fn.
double Time(const std::function<std::size_t()>& fn, std::size_t& sink) {
  double best = 1e30;
  for (int r = 0; r < 5; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    sink += fn();
    auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
  }
  return best;
}

void Run(const char* label, const std::string& text, kobi::Lang lang) {
  std::vector<std::string_view> lines = Lines(text);
  const char* locale = lang == kobi::Lang::kKo ? "ko" : "en";
  double mb = static_cast<double>(text.size()) / 1e6;
  std::size_t sink = 0;
  double icu = Time(
      [&] {
        return kobi::unicode::IcuSentenceBoundaries(text, locale).size() +
               kobi::unicode::internal::IcuWordBoundaries(text, locale).size();
      },
      sink);
  double split = Time(
      [&] {
        std::size_t n = 0;
        for (std::string_view l : lines) n += kobi::tokenize::SplitSentences(l, lang).size();
        return n;
      },
      sink);
  kobi::tokenize::TokenizeOptions options;
  double tok = Time(
      [&] {
        std::size_t n = 0;
        for (std::string_view l : lines) n += kobi::tokenize::TokenizeLine(l, lang, options).size();
        return n;
      },
      sink);
  double both = Time(
      [&] {
        std::size_t n = 0;
        for (std::string_view l : lines) {
          for (const kobi::Span& s : kobi::tokenize::SplitSentences(l, lang))
            n += kobi::tokenize::TokenizeLine(s.In(l), lang, options).size();
        }
        return n;
      },
      sink);
  std::printf("%s: %.1f MB, %zu lines\n", label, mb, lines.size());
  std::printf("  %-32s %8.1f MB/s  (reference)\n", "ICU sentence+word iteration", mb / icu);
  std::printf("  %-32s %8.1f MB/s  x%.2f vs ICU\n", "kobi split", mb / split, icu / split);
  std::printf("  %-32s %8.1f MB/s  x%.2f vs ICU\n", "kobi tokenize", mb / tok, icu / tok);
  std::printf("  %-32s %8.1f MB/s  x%.2f vs ICU\n", "kobi split+tokenize", mb / both, icu / both);
  if (sink == 42) std::printf(" ");
}

}  // namespace

int main(int argc, char** argv) {
  std::string en = argc > 1 ? ReadFile(argv[1]) : Generate(false, 8'000'000);
  std::string ko = argc > 2 ? ReadFile(argv[2]) : Generate(true, 8'000'000);
  Run(argc > 1 ? argv[1] : "English (generated)", en, kobi::Lang::kEn);
  Run(argc > 2 ? argv[2] : "Korean (generated)", ko, kobi::Lang::kKo);
  return 0;
}
