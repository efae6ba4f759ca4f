// Fuzz target: the corpus parsers (TSV, JSONL, TMX) and the text repairs never crash, never
// read out of bounds and only fail with kobi::Error; what they return is valid UTF-8.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

#include "kobi/core/error.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/internal/format_impl.h"
#include "kobi/corpora/mojibake.h"

namespace {

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
  auto unit = kobi::corpora::internal::ParseTmxUnit(s);
  if (!unit.ok() && unit.error().empty()) std::abort();  // a failure always says why
  if (kobi::utf8::IsValid(s)) {
    kobi::corpora::MojibakeResult m = kobi::corpora::FixMojibake(s);
    if (!kobi::utf8::IsValid(m.text)) std::abort();
    kobi::corpora::DedupKey(s, s);
  }
  char path[] = "/tmp/kobi_fuzz_corpora_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return 0;
  if (write(fd, data, size) != static_cast<ssize_t>(size)) {
    close(fd);
    unlink(path);
    return 0;
  }
  close(fd);
  for (auto f : {kobi::corpora::Format::kTsv, kobi::corpora::Format::kJsonl,
                 kobi::corpora::Format::kTmx}) {
    ReadAllPairs(path, f);
  }
  unlink(path);
  return 0;
}
