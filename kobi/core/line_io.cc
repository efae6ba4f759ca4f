#include "kobi/core/line_io.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/core/legacy_encoding.h"
#include "kobi/core/utf8.h"

namespace kobi {
namespace {

std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

InputError InvalidUtf8(const std::string& file, std::uint64_t line, std::size_t byte) {
  return InputError(file, line,
                    "invalid UTF-8 at byte " + std::to_string(byte) +
                        " of the line (use --repair to replace with U+FFFD)");
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// gzip, or plain bytes passed through (zlib reads non-gzip data transparently).
class GzSource : public ByteSource {
 public:
  explicit GzSource(const std::string& path) : name_(DisplayName(path)) {
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
    if (got < 0) {
      int err = 0;
      const char* msg = gzerror(file_, &err);
      throw IoError(name_, std::string("read error: ") + (msg ? msg : "unknown"));
    }
    return static_cast<std::size_t>(got);
  }

 private:
  gzFile file_ = nullptr;
  std::string name_;
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
          if (!frame_done_) throw IoError(name_, "truncated zstd stream");
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
  bool frame_done_ = true;
  std::string name_;
};

}  // namespace

std::unique_ptr<ByteSource> OpenSource(const std::string& path) {
  if (EndsWith(path, ".zst")) return std::make_unique<ZstdSource>(path);
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
    std::size_t nl = buffer_.find('\n', search_from);
    if (nl != std::string::npos) {
      line.assign(buffer_, buffer_pos_, nl - buffer_pos_);
      buffer_pos_ = nl + 1;
      break;
    }
    search_from = buffer_.size() - buffer_pos_;
    if (!Fill()) {
      if (buffer_pos_ >= buffer_.size()) return false;
      line.assign(buffer_, buffer_pos_, std::string::npos);
      buffer_pos_ = buffer_.size();
      break;
    }
  }
  ++line_number_;
  if (!line.empty() && line.back() == '\r') line.pop_back();
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
      if (!options_.repair) throw InvalidUtf8(display_path_, line_number_, *bad);
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
        throw InvalidUtf8(DisplayName(path), line, *bad - line_start);
      }
      utf8::Repair(data);
    }
  }
  return data;
}

// ---------------------------------------------------------------------------------------------

class OutputFile::Impl {
 public:
  virtual ~Impl() = default;
  virtual void Write(std::string_view data) = 0;
  virtual void Flush() = 0;
  virtual void Close() = 0;
};

namespace {

class PlainSink : public OutputFile::Impl {
 public:
  explicit PlainSink(const std::string& path) : name_(path == "-" ? "<stdout>" : path) {
    if (path == "-") {
      file_ = stdout;
    } else {
      file_ = std::fopen(path.c_str(), "wb");
      if (file_ == nullptr) throw IoError(path, std::string("cannot write: ") + std::strerror(errno));
      owns_ = true;
    }
  }
  ~PlainSink() override {
    if (owns_ && file_ != nullptr) std::fclose(file_);
  }
  void Write(std::string_view data) override {
    if (data.empty()) return;
    if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) {
      throw IoError(name_, std::string("write failed: ") + std::strerror(errno));
    }
  }
  void Flush() override {
    if (std::fflush(file_) != 0) throw IoError(name_, std::string("write failed: ") + std::strerror(errno));
  }
  void Close() override {
    Flush();
    if (owns_) {
      int rc = std::fclose(file_);
      file_ = nullptr;
      owns_ = false;
      if (rc != 0) throw IoError(name_, "close failed");
    }
  }

 private:
  std::FILE* file_ = nullptr;
  bool owns_ = false;
  std::string name_;
};

class GzSink : public OutputFile::Impl {
 public:
  explicit GzSink(const std::string& path) : name_(path) {
    file_ = gzopen(path.c_str(), "wb6");
    if (file_ == nullptr) throw IoError(path, "cannot write");
  }
  ~GzSink() override {
    if (file_ != nullptr) gzclose(file_);
  }
  void Write(std::string_view data) override {
    if (data.empty()) return;
    if (gzwrite(file_, data.data(), static_cast<unsigned>(data.size())) == 0) {
      throw IoError(name_, "gzip write failed");
    }
  }
  void Flush() override {}
  void Close() override {
    if (file_ != nullptr) {
      int rc = gzclose(file_);
      file_ = nullptr;
      if (rc != Z_OK) throw IoError(name_, "gzip close failed");
    }
  }

 private:
  gzFile file_ = nullptr;
  std::string name_;
};

class ZstdSink : public OutputFile::Impl {
 public:
  explicit ZstdSink(const std::string& path) : plain_(path), name_(path) {
    stream_ = ZSTD_createCStream();
    ZSTD_initCStream(stream_, 3);
    out_buf_.resize(ZSTD_CStreamOutSize());
  }
  ~ZstdSink() override { ZSTD_freeCStream(stream_); }
  void Write(std::string_view data) override {
    ZSTD_inBuffer in{data.data(), data.size(), 0};
    while (in.pos < in.size) {
      ZSTD_outBuffer out{out_buf_.data(), out_buf_.size(), 0};
      std::size_t ret = ZSTD_compressStream(stream_, &out, &in);
      if (ZSTD_isError(ret)) throw IoError(name_, ZSTD_getErrorName(ret));
      plain_.Write(std::string_view(out_buf_.data(), out.pos));
    }
  }
  void Flush() override {}
  void Close() override {
    if (closed_) return;
    closed_ = true;
    std::size_t remaining;
    do {
      ZSTD_outBuffer out{out_buf_.data(), out_buf_.size(), 0};
      remaining = ZSTD_endStream(stream_, &out);
      if (ZSTD_isError(remaining)) throw IoError(name_, ZSTD_getErrorName(remaining));
      plain_.Write(std::string_view(out_buf_.data(), out.pos));
    } while (remaining > 0);
    plain_.Close();
  }

 private:
  PlainSink plain_;
  ZSTD_CStream* stream_ = nullptr;
  std::vector<char> out_buf_;
  bool closed_ = false;
  std::string name_;
};

}  // namespace

OutputFile::OutputFile(const std::string& path) : path_(path) {
  if (path != "-" && EndsWith(path, ".gz")) impl_ = std::make_unique<GzSink>(path);
  else if (path != "-" && EndsWith(path, ".zst")) impl_ = std::make_unique<ZstdSink>(path);
  else impl_ = std::make_unique<PlainSink>(path);
}

OutputFile::~OutputFile() {
  try {
    if (impl_) impl_->Close();
  } catch (...) {
  }
}

void OutputFile::Write(std::string_view data) { impl_->Write(data); }
void OutputFile::Flush() { impl_->Flush(); }
void OutputFile::Close() { impl_->Close(); }

}  // namespace kobi
