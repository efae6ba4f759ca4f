// Replay driver for fuzz targets built without libFuzzer: runs LLVMFuzzerTestOneInput on every
// file (recursively) of the directories or files given on the command line. Exit 0 when all
// inputs ran; a crash or sanitizer report fails the run.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void RunFile(const std::filesystem::path& path, int& count) {
  std::ifstream in(path, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
  ++count;
}

}  // namespace

int main(int argc, char** argv) {
  int count = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path p(argv[i]);
    if (std::filesystem::is_directory(p)) {
      std::vector<std::filesystem::path> files;
      for (const auto& e : std::filesystem::recursive_directory_iterator(p)) {
        if (e.is_regular_file()) files.push_back(e.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) RunFile(f, count);
    } else if (std::filesystem::exists(p)) {
      RunFile(p, count);
    } else {
      std::fprintf(stderr, "replay: no such file or directory: %s\n", argv[i]);
      return 1;
    }
  }
  // Edge inputs every target must survive.
  static const char* kEdge[] = {"", "\n", "\xff\xfe", "\xed\xa0\x80", "a\0b"};
  for (const char* e : kEdge) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(e),
                           std::char_traits<char>::length(e));
  }
  std::printf("replayed %d inputs\n", count);
  return count > 0 ? 0 : 1;
}
