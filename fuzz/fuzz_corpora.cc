// Fuzz target: the corpus parsers (TSV, JSONL, TMX) and the text repairs never crash, never
// read out of bounds and only fail with kobi::Error; what they return is valid UTF-8.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kobi/core/error.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/mojibake.h"

namespace {

// Writes `text` to a fresh temporary file; its path, or "" when that fails.
std::string TempFile(std::string_view text) {
  char path[] = "/tmp/kobi_fuzz_corpora_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "";
  bool ok = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  close(fd);
  if (!ok) {
    unlink(path);
    return "";
  }
  return path;
}

void ReadAllPairs(const std::string& path, kobi::corpora::Format format) {
  kobi::corpora::ReaderOptions options;
  options.format = format;
  options.skip_bad = true;
  try {
    auto reader = kobi::corpora::OpenPairReader(path, options);
    kobi::corpora::Pair p;
    while (reader->Next(p)) {
      if (!kobi::utf8::IsValid(p.en) || !kobi::utf8::IsValid(p.ko)) std::abort();
    }
  } catch (const kobi::Error&) {
    // Structural errors (not a TMX file, unterminated <tu>) are reported, not crashes.
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  if (kobi::utf8::IsValid(s)) {
    kobi::corpora::MojibakeResult m = kobi::corpora::FixMojibake(s);
    if (!kobi::utf8::IsValid(m.text)) std::abort();
    kobi::corpora::DedupKey(s, s);
  }
  std::string path = TempFile(s);
  if (path.empty()) return 0;
  for (auto f :
       {kobi::corpora::Format::kTsv, kobi::corpora::Format::kJsonl, kobi::corpora::Format::kTmx}) {
    ReadAllPairs(path, f);
  }
  unlink(path.c_str());
  // The input as the body of a TMX file: the <tu> parser sees it without an envelope to find
  // first (through the public reader, not the module's internals).
  path =
      TempFile("<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n" + s + "\n</body></tmx>\n");
  if (path.empty()) return 0;
  ReadAllPairs(path, kobi::corpora::Format::kTmx);
  unlink(path.c_str());
  return 0;
}
