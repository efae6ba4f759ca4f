#include "kobi/core/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "kobi/core/numbers.h"

namespace kobi {

Progress::Progress(std::string label, std::uint64_t total)
    : label_(std::move(label)),
      total_(total),
      active_(isatty(STDERR_FILENO) != 0 && std::getenv("KOBI_NO_PROGRESS") == nullptr),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { Finish(); }

void Progress::Advance(std::uint64_t n) {
  done_ += n;
  Draw(false);
}

void Progress::Draw(bool force) {
  if (!active_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  if (total_ > 0) {
    int width = 30;
    int filled = static_cast<int>(width * static_cast<double>(done_) / static_cast<double>(total_));
    if (filled > width) filled = width;
    std::fprintf(stderr, "\r%s [%.*s%*s] %llu/%llu %ss", label_.c_str(), filled,
                 "##############################", width - filled, "",
                 static_cast<unsigned long long>(done_), static_cast<unsigned long long>(total_),
                 FormatFixed(secs, 1).c_str());
  } else {
    std::fprintf(stderr, "\r%s %llu %ss", label_.c_str(), static_cast<unsigned long long>(done_),
                 FormatFixed(secs, 1).c_str());
  }
  std::fflush(stderr);
}

void Progress::Finish() {
  if (finished_) return;
  finished_ = true;
  if (!active_) return;
  Draw(true);
  std::fputc('\n', stderr);
}

}  // namespace kobi
