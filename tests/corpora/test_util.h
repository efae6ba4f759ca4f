// Helpers for the corpora tests: a temporary directory, whole-file I/O and the two small
// document pairs (written for kobi) that the corpus build, batch, report and review tests share.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace kobi::corpora::testing {

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("kobi_corpora_test_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// a.en/a.ko: a library opening, two lines a side (numbers 120,000 and 45 billion won);
// b.en/b.ko: its first sentence again plus a weather sentence.
inline void WriteLibraryDocs(const TempDir& dir) {
  WriteFile(dir.File("a.en"),
            "The city opened a new library on Friday. It has 120,000 books.\n"
            "The mayor said the library cost 45 billion won. Visitors were pleased.\n");
  WriteFile(dir.File("a.ko"),
            "시는 금요일 새 도서관을 열었다. 이 도서관에는 책 12만 권이 있다.\n"
            "시장은 도서관에 450억 원이 들었다고 말했다. 방문객들은 만족했다.\n");
  WriteFile(dir.File("b.en"),
            "The city opened a new library on Friday. Rain is expected on Sunday.\n");
  WriteFile(dir.File("b.ko"), "시는 금요일 새 도서관을 열었다. 일요일에는 비가 올 전망이다.\n");
}

}  // namespace kobi::corpora::testing
