#include "kobi/core/internal/xz_bz2_source.h"

#include <bzlib.h>
#include <lzma.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <utility>
#include <vector>

#include "kobi/core/error.h"

namespace kobi::internal {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

// A FILE* (stdin for "-") with a read buffer, shared by both decoders.
class CompressedFile {
 public:
  explicit CompressedFile(const std::string& path) : name_(DisplayName(path)) {
    file_ = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) throw IoError(name_, std::string("cannot open: ") + std::strerror(errno));
    owns_ = path != "-";
    buf_.resize(1 << 16);
  }
  ~CompressedFile() {
    if (owns_) std::fclose(file_);
  }
  // Reads more compressed bytes; 0 at end of file.
  std::size_t Fill() {
    std::size_t got = std::fread(buf_.data(), 1, buf_.size(), file_);
    if (got == 0 && std::ferror(file_)) throw IoError(name_, "read error");
    return got;
  }
  char* data() { return buf_.data(); }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::FILE* file_ = nullptr;
  bool owns_ = false;
  std::vector<char> buf_;
};

class XzSource : public ByteSource {
 public:
  explicit XzSource(const std::string& path) : in_(path) {
    if (lzma_stream_decoder(&strm_, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK) {
      throw IoError(in_.name(), "xz: cannot initialise the decoder");
    }
  }
  ~XzSource() override { lzma_end(&strm_); }
  std::size_t Read(char* buf, std::size_t n) override {
    if (done_) return 0;
    strm_.next_out = reinterpret_cast<std::uint8_t*>(buf);
    strm_.avail_out = n;
    while (strm_.avail_out == n) {
      lzma_action action = LZMA_RUN;
      if (strm_.avail_in == 0 && !eof_) {
        std::size_t got = in_.Fill();
        strm_.next_in = reinterpret_cast<const std::uint8_t*>(in_.data());
        strm_.avail_in = got;
        eof_ = got == 0;
      }
      if (eof_) action = LZMA_FINISH;
      lzma_ret ret = lzma_code(&strm_, action);
      if (ret == LZMA_STREAM_END) {
        done_ = true;
        break;
      }
      if (ret == LZMA_BUF_ERROR && eof_) throw IoError(in_.name(), "truncated xz stream");
      if (ret == LZMA_FORMAT_ERROR) throw IoError(in_.name(), "xz: not an xz stream");
      if (ret == LZMA_DATA_ERROR || ret == LZMA_OPTIONS_ERROR) {
        throw IoError(in_.name(), "xz: corrupt data");
      }
      if (ret == LZMA_MEM_ERROR) throw IoError(in_.name(), "xz: out of memory");
      if (ret != LZMA_OK) throw IoError(in_.name(), "xz: decoding failed");
    }
    return n - strm_.avail_out;
  }

 private:
  CompressedFile in_;
  lzma_stream strm_ = LZMA_STREAM_INIT;
  bool eof_ = false;
  bool done_ = false;
};

class Bzip2Source : public ByteSource {
 public:
  explicit Bzip2Source(const std::string& path) : in_(path) { Init(); }
  ~Bzip2Source() override { BZ2_bzDecompressEnd(&strm_); }
  std::size_t Read(char* buf, std::size_t n) override {
    const unsigned want = static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30));
    std::size_t produced = 0;
    while (produced == 0) {
      if (strm_.avail_in == 0) {
        std::size_t got = in_.Fill();
        if (got == 0) {
          if (in_stream_) throw IoError(in_.name(), "truncated bzip2 stream");
          return 0;
        }
        strm_.next_in = in_.data();
        strm_.avail_in = static_cast<unsigned>(got);
      }
      if (!in_stream_) Restart();  // another concatenated stream (pbzip2, cat a.bz2 b.bz2)
      strm_.next_out = buf;
      strm_.avail_out = want;
      int ret = BZ2_bzDecompress(&strm_);
      produced = want - strm_.avail_out;
      if (ret == BZ_STREAM_END) {
        in_stream_ = false;
        continue;
      }
      if (ret == BZ_DATA_ERROR || ret == BZ_DATA_ERROR_MAGIC) {
        throw IoError(in_.name(), "bzip2: corrupt data");
      }
      if (ret == BZ_MEM_ERROR) throw IoError(in_.name(), "bzip2: out of memory");
      if (ret != BZ_OK) throw IoError(in_.name(), "bzip2: decoding failed");
    }
    return produced;
  }

 private:
  void Init() {
    strm_ = bz_stream{};
    if (BZ2_bzDecompressInit(&strm_, 0, 0) != BZ_OK) {
      throw IoError(in_.name(), "bzip2: cannot initialise the decoder");
    }
    in_stream_ = true;
  }
  void Restart() {
    char* next = strm_.next_in;
    unsigned avail = strm_.avail_in;
    BZ2_bzDecompressEnd(&strm_);
    Init();
    strm_.next_in = next;
    strm_.avail_in = avail;
  }
  CompressedFile in_;
  bz_stream strm_{};
  bool in_stream_ = false;
};

// "BZh" + block size digit + the first block's or the end-of-stream marker (so a text file
// that happens to start with "BZh1" is not taken for bzip2).
bool IsBzip2Magic(std::string_view head) {
  if (head.size() < 10 || head.substr(0, 3) != "BZh" || head[3] < '1' || head[3] > '9') {
    return false;
  }
  std::string_view rest = head.substr(4, 6);
  return rest == "\x31\x41\x59\x26\x53\x59" || rest == "\x17\x72\x45\x38\x50\x90";
}

class StdinGuard : public ByteSource {
 public:
  explicit StdinGuard(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}
  std::size_t Read(char* buf, std::size_t n) override {
    std::size_t got = source_->Read(buf, n);
    if (checked_ || got == 0) return got;
    checked_ = true;
    auto starts = [&](std::string_view magic) {
      return got >= magic.size() && std::string_view(buf, magic.size()) == magic;
    };
    const char* kind = starts(std::string_view("\xFD"
                                               "7zXZ\0",
                                               6))
                           ? "xz"
                       : IsBzip2Magic(std::string_view(buf, got)) ? "bzip2"
                       : starts("\x28\xB5\x2F\xFD")               ? "zstd"
                                                                  : nullptr;
    if (kind != nullptr) {
      throw IoError("<stdin>", std::string("unsupported compression on stdin (") + kind +
                                   "); give the file name, or decompress it first");
    }
    return got;
  }

 private:
  std::unique_ptr<ByteSource> source_;
  bool checked_ = false;
};

}  // namespace

std::unique_ptr<ByteSource> GuardStdin(std::unique_ptr<ByteSource> source) {
  return std::make_unique<StdinGuard>(std::move(source));
}

Compression DetectXzBzip2(const std::string& path) {
  if (EndsWith(path, ".xz") || EndsWith(path, ".txz")) return Compression::kXz;
  if (EndsWith(path, ".bz2") || EndsWith(path, ".tbz2")) return Compression::kBzip2;
  // Only regular files are sniffed: reading the head of a pipe (`<(zcat x)`) would lose it.
  std::error_code ec;
  if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return Compression::kNone;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Compression::kNone;
  char magic[10] = {};
  std::size_t got = std::fread(magic, 1, sizeof magic, f);
  std::fclose(f);
  std::string_view head(magic, got);
  if (IsBzip2Magic(head)) return Compression::kBzip2;
  if (head.substr(0, 6) == std::string_view("\xFD"
                                            "7zXZ\0",
                                            6))
    return Compression::kXz;
  if (head.substr(0, 4) == "\x28\xB5\x2F\xFD") return Compression::kZstd;
  return Compression::kNone;
}

std::unique_ptr<ByteSource> OpenXzSource(const std::string& path) {
  return std::make_unique<XzSource>(path);
}

std::unique_ptr<ByteSource> OpenBzip2Source(const std::string& path) {
  return std::make_unique<Bzip2Source>(path);
}

}  // namespace kobi::internal
