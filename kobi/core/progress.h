// A progress line on stderr for long runs, shown only when stderr is a terminal.
//
//   kobi::Progress progress("align", total_docs);
//   for (...) { ...; progress.Advance(); }
//   progress.Finish();
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace kobi {

class Progress {
 public:
  // total = 0 when unknown (then a counter is shown).
  Progress(std::string label, std::uint64_t total);
  ~Progress();
  void Advance(std::uint64_t n = 1);
  void Finish();

 private:
  void Draw(bool force);
  std::string label_;
  std::uint64_t total_;
  std::uint64_t done_ = 0;
  bool active_;
  bool finished_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace kobi
