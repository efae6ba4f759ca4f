#include "kobi/core/line_io.h"

#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/core/internal/xz_bz2_source.h"
#include "kobi/core/legacy_encoding.h"
#include "kobi/core/utf8.h"

namespace kobi {
namespace {

std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

InputError InvalidUtf8(const std::string& file, std::uint64_t line, std::size_t byte, bool hint) {
  return InputError(file, line,
                    "invalid UTF-8 at byte " + std::to_string(byte) + " of the line" +
                        (hint ? " (use --repair to replace with U+FFFD)" : ""));
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// gzip, or plain bytes passed through (zlib reads non-gzip data transparently). A gzip stream
// that ends early is an error, never a silently short input; a *.gz path must hold gzip data.
class GzSource : public ByteSource {
 public:
  explicit GzSource(const std::string& path)
      : name_(DisplayName(path)), expect_gzip_(EndsWith(path, ".gz")) {
    file_ = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
    if (file_ == nullptr) {
      throw IoError(name_, std::string("cannot open: ") + std::strerror(errno ? errno : ENOENT));
    }
    gzbuffer(file_, 1 << 17);
  }
  ~GzSource() override {
    if (file_ != nullptr) gzclose(file_);
  }
  std::size_t Read(char* buf, std::size_t n) override {
    int got = gzread(file_, buf, static_cast<unsigned>(n));
    int err = Z_OK;
    const char* msg = gzerror(file_, &err);
    if (err == Z_BUF_ERROR) {
      throw IoError(name_, "truncated gzip stream (the file ends inside compressed data)");
    }
    if (got < 0 || err != Z_OK) {
      throw IoError(name_, std::string("gzip read error: ") + (msg ? msg : "unknown"));
    }
    if (!checked_direct_) {
      checked_direct_ = true;
      if (expect_gzip_ && gzdirect(file_)) {
        throw IoError(
            name_, "not gzip data (the file is empty, truncated in its header, or not compressed)");
      }
    }
    return static_cast<std::size_t>(got);
  }

 private:
  gzFile file_ = nullptr;
  std::string name_;
  bool expect_gzip_;
  bool checked_direct_ = false;
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(const std::string& path) : name_(DisplayName(path)) {
    file_ = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) throw IoError(name_, std::string("cannot open: ") + std::strerror(errno));
    owns_ = path != "-";
    stream_ = ZSTD_createDStream();
    ZSTD_initDStream(stream_);
    in_buf_.resize(ZSTD_DStreamInSize());
  }
  ~ZstdSource() override {
    ZSTD_freeDStream(stream_);
    if (owns_) std::fclose(file_);
  }
  std::size_t Read(char* buf, std::size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (in_.pos == in_.size) {
        std::size_t got = std::fread(in_buf_.data(), 1, in_buf_.size(), file_);
        if (got == 0) {
          if (std::ferror(file_)) throw IoError(name_, "read error");
          if (!frame_done_)
            throw IoError(name_, "truncated zstd stream (the file ends inside compressed data)");
          return 0;
        }
        in_ = ZSTD_inBuffer{in_buf_.data(), got, 0};
      }
      std::size_t ret = ZSTD_decompressStream(stream_, &out, &in_);
      if (ZSTD_isError(ret)) throw IoError(name_, std::string("zstd: ") + ZSTD_getErrorName(ret));
      frame_done_ = ret == 0;
    }
    return out.pos;
  }

 private:
  std::FILE* file_ = nullptr;
  bool owns_ = false;
  ZSTD_DStream* stream_ = nullptr;
  std::vector<char> in_buf_;
  ZSTD_inBuffer in_{nullptr, 0, 0};
  bool frame_done_ = false;  // an empty file is no zstd stream either
  std::string name_;
};

}  // namespace

std::unique_ptr<ByteSource> OpenSource(const std::string& path) {
  if (EndsWith(path, ".zst")) return std::make_unique<ZstdSource>(path);
  switch (internal::DetectXzBzip2(path)) {
    case internal::Compression::kXz:
      return internal::OpenXzSource(path);
    case internal::Compression::kBzip2:
      return internal::OpenBzip2Source(path);
    case internal::Compression::kZstd:
      return std::make_unique<ZstdSource>(path);
    case internal::Compression::kNone:
      break;
  }
  if (path == "-") return internal::GuardStdin(std::make_unique<GzSource>(path));
  return std::make_unique<GzSource>(path);
}

LineReader::LineReader(const std::string& path) : LineReader(path, Options{}) {}

LineReader::LineReader(const std::string& path, Options options)
    : source_(OpenSource(path)), options_(std::move(options)), display_path_(DisplayName(path)) {
  if (!IsSupportedEncoding(options_.encoding)) {
    throw UsageError("unknown encoding '" + options_.encoding + "' (use utf-8, cp949 or euc-kr)");
  }
}

bool LineReader::Fill() {
  if (eof_) return false;
  if (buffer_pos_ > 0) {
    buffer_.erase(0, buffer_pos_);
    buffer_pos_ = 0;
  }
  std::size_t old = buffer_.size();
  buffer_.resize(old + (1 << 16));
  std::size_t got = source_->Read(buffer_.data() + old, 1 << 16);
  buffer_.resize(old + got);
  bytes_read_ += got;
  if (got == 0) eof_ = true;
  return got > 0;
}

bool LineReader::Next(std::string& line) {
  std::size_t search_from = buffer_pos_;
  while (true) {
    std::size_t brk = buffer_.find_first_of("\r\n", search_from);
    if (brk != std::string::npos) {
      std::size_t next = brk + 1;
      line_end_ = LineEnd::kLf;
      if (buffer_[brk] == '\r') {
        if (next == buffer_.size() && !eof_) {  // CR last in the buffer: is an LF next?
          search_from = brk - buffer_pos_;      // Fill() drops the consumed prefix
          Fill();
          continue;
        }
        line_end_ = LineEnd::kCr;
        if (next < buffer_.size() && buffer_[next] == '\n') {
          ++next;
          line_end_ = LineEnd::kCrLf;
        }
      }
      line.assign(buffer_, buffer_pos_, brk - buffer_pos_);
      buffer_pos_ = next;
      break;
    }
    search_from = buffer_.size() - buffer_pos_;
    if (!Fill()) {
      if (buffer_pos_ >= buffer_.size()) return false;
      line.assign(buffer_, buffer_pos_, std::string::npos);
      buffer_pos_ = buffer_.size();
      line_end_ = LineEnd::kNone;
      break;
    }
  }
  ++line_number_;
  if (line_number_ == 1 && options_.drop_bom && IsUtf8EncodingName(options_.encoding) &&
      line.starts_with(kUtf8Bom)) {
    line.erase(0, kUtf8Bom.size());
    had_bom_ = true;
  }
  if (!IsUtf8EncodingName(options_.encoding)) {
    try {
      line = ToUtf8FromLegacy(line, options_.encoding);
    } catch (const UsageError&) {
      throw;
    } catch (const Error& e) {
      throw InputError(display_path_, line_number_, e.what());
    }
  }
  if (options_.validate_utf8) {
    if (auto bad = utf8::FindInvalid(line)) {
      if (!options_.repair)
        throw InvalidUtf8(display_path_, line_number_, *bad, options_.hint_repair);
      repaired_ += utf8::Repair(line);
    }
  }
  return true;
}

std::string ReadAll(const std::string& path, const LineReader::Options& options) {
  auto source = OpenSource(path);
  std::string data;
  std::vector<char> buf(1 << 16);
  while (std::size_t got = source->Read(buf.data(), buf.size())) data.append(buf.data(), got);
  if (!IsUtf8EncodingName(options.encoding)) {
    try {
      data = ToUtf8FromLegacy(data, options.encoding);
    } catch (const UsageError&) {
      throw;
    } catch (const Error& e) {
      // Name the line: convert line by line up to the first that fails (LF is never part of a
      // two-byte CP949/EUC-KR character, so lines split the same before and after).
      std::uint64_t line = 0;
      for (std::size_t start = 0; start < data.size();) {
        std::size_t nl = data.find('\n', start);
        if (nl == std::string::npos) nl = data.size();
        ++line;
        try {
          ToUtf8FromLegacy(std::string_view(data).substr(start, nl - start), options.encoding);
        } catch (const Error&) {
          throw InputError(DisplayName(path), line, e.what());
        }
        start = nl + 1;
      }
      throw InputError(DisplayName(path), 0, e.what());
    }
  }
  if (options.validate_utf8) {
    if (auto bad = utf8::FindInvalid(data)) {
      if (!options.repair) {
        std::uint64_t line = 1;
        std::size_t line_start = 0;
        for (std::size_t i = 0; i < *bad; ++i) {
          if (data[i] == '\n') {
            ++line;
            line_start = i + 1;
          }
        }
        throw InvalidUtf8(DisplayName(path), line, *bad - line_start, options.hint_repair);
      }
      utf8::Repair(data);
    }
  }
  return data;
}

}  // namespace kobi
