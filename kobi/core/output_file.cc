#include "kobi/core/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <system_error>
#include <vector>

#include "kobi/core/error.h"

namespace kobi {
namespace {

namespace fs = std::filesystem;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Errno() { return std::strerror(errno); }

struct FileIdentity {
  dev_t dev;
  ino_t ino;
  bool operator==(const FileIdentity& o) const { return dev == o.dev && ino == o.ino; }
};

// Identity of a regular file: path, or for "-" the descriptor fd (stdin/stdout) when it is
// redirected from/to a regular file. Pipes, terminals and devices have none: writing to them
// cannot destroy an input.
std::optional<FileIdentity> RegularFileIdentity(const std::string& path, int std_fd) {
  struct stat st;
  int rc = path == "-" ? fstat(std_fd, &st) : stat(path.c_str(), &st);
  if (rc != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return FileIdentity{st.st_dev, st.st_ino};
}

std::string Shown(const std::string& path, bool output) {
  if (path != "-") return path;
  return output ? "<stdout>" : "<stdin>";
}

// Absolute path with symlinks resolved in the part that exists (for files not yet written).
std::string Normalized(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? path : p.lexically_normal().string();
}

}  // namespace

std::string FileKey(const std::string& path) {
  if (path == "-") return "";
  if (auto id = RegularFileIdentity(path, -1)) {
    return "id:" + std::to_string(id->dev) + ":" + std::to_string(id->ino);
  }
  struct stat st;
  // Existing special files (/dev/null) never clash; a path not yet written clashes by name.
  if (stat(path.c_str(), &st) == 0) return "";
  return "path:" + Normalized(path);
}

bool SameFile(const std::string& a, const std::string& b) {
  if (a == "-" || b == "-") return a == b;
  std::string ka = FileKey(a);
  return !ka.empty() && ka == FileKey(b);
}

void CheckOutputNotInput(const std::string& output, const std::vector<std::string>& inputs) {
  auto out = RegularFileIdentity(output, STDOUT_FILENO);
  if (!out) return;  // not written yet, or not a regular file: no input can be lost
  for (const std::string& input : inputs) {
    auto in = RegularFileIdentity(input, STDIN_FILENO);
    if (in && *in == *out) {
      throw IoError(Shown(output, true),
                    "output is the same file as input " + Shown(input, false) +
                        "; refusing to overwrite an input (write to another path)");
    }
  }
}

// The destination: stdout, a device written in place, or a temporary file renamed on commit.
// Compression (gzip, zstd) is done here so every kind shares one commit path.
class OutputFile::Impl {
 public:
  enum class Codec { kPlain, kGzip, kZstd };

  Impl(const std::string& path, Codec codec) : shown_(Shown(path, true)), codec_(codec) {
    if (path == "-") {
      sink_.file = stdout;
    } else {
      OpenTarget(path);
    }
    if (codec_ == Codec::kGzip) {
      zs_ = std::make_unique<z_stream>();
      std::memset(zs_.get(), 0, sizeof(z_stream));
      if (deflateInit2(zs_.get(), 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        zs_.reset();
        Fail("gzip: cannot initialise");
      }
    } else if (codec_ == Codec::kZstd) {
      zstd_.reset(ZSTD_createCStream());
      if (!zstd_ || ZSTD_isError(ZSTD_initCStream(zstd_.get(), 3))) Fail("zstd: cannot initialise");
    }
    if (codec_ != Codec::kPlain) buf_.resize(1 << 17);
  }

  ~Impl() {
    if (zs_) deflateEnd(zs_.get());
  }

  void Write(std::string_view data) {
    if (data.empty()) return;
    if (closed_) Fail("write after close");
    switch (codec_) {
      case Codec::kPlain:
        Raw(data);
        break;
      case Codec::kGzip:
        Deflate(data, Z_NO_FLUSH);
        break;
      case Codec::kZstd: {
        ZSTD_inBuffer in{data.data(), data.size(), 0};
        while (in.pos < in.size) {
          ZSTD_outBuffer out{buf_.data(), buf_.size(), 0};
          std::size_t ret = ZSTD_compressStream(zstd_.get(), &out, &in);
          if (ZSTD_isError(ret)) Fail(std::string("zstd: ") + ZSTD_getErrorName(ret));
          Raw(std::string_view(buf_.data(), out.pos));
        }
        break;
      }
    }
  }

  void Flush() {
    if (closed_) return;
    if (std::fflush(sink_.file) != 0) Fail("write failed: " + Errno());
  }

  void Close() {
    if (closed_) return;
    closed_ = true;
    if (codec_ == Codec::kGzip) {
      Deflate({}, Z_FINISH);
    } else if (codec_ == Codec::kZstd) {
      std::size_t remaining;
      do {
        ZSTD_outBuffer out{buf_.data(), buf_.size(), 0};
        remaining = ZSTD_endStream(zstd_.get(), &out);
        if (ZSTD_isError(remaining)) Fail(std::string("zstd: ") + ZSTD_getErrorName(remaining));
        Raw(std::string_view(buf_.data(), out.pos));
      } while (remaining > 0);
    }
    if (std::fflush(sink_.file) != 0) Fail("write failed: " + Errno());
    if (!sink_.owns) {
      if (std::ferror(sink_.file)) Fail("write failed");
      return;
    }
    if (!sink_.temp.empty() && ::fsync(fileno(sink_.file)) != 0) Fail("write failed: " + Errno());
    int rc = std::fclose(sink_.file);
    sink_.file = nullptr;
    if (rc != 0) Fail("write failed: " + Errno());
    if (sink_.temp.empty()) return;
    if (std::rename(sink_.temp.c_str(), sink_.target.c_str()) != 0)
      Fail("cannot replace the file: " + Errno());
    sink_.committed = true;
  }

 private:
  [[noreturn]] void Fail(const std::string& message) { throw IoError(shown_, message); }

  void OpenTarget(const std::string& path) {
    struct stat st;
    if (stat(path.c_str(), &st) == 0) {
      if (S_ISDIR(st.st_mode)) Fail("is a folder, not a file");
      if (!S_ISREG(st.st_mode)) {  // /dev/null, /dev/full, a FIFO: written in place
        sink_.file = std::fopen(path.c_str(), "wb");
        if (sink_.file == nullptr) Fail("cannot write: " + Errno());
        sink_.owns = true;
        return;
      }
    }
    std::error_code ec;
    fs::path target =
        fs::exists(fs::symlink_status(path, ec)) ? fs::canonical(path, ec) : fs::path(path);
    if (ec) target = path;
    sink_.target = target.string();
    fs::path dir = target.parent_path();
    if (dir.empty()) dir = ".";
    static std::atomic<unsigned> counter{0};
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
      sink_.temp = (dir / ("." + target.filename().string() + ".kobi-tmp-" +
                           std::to_string(::getpid()) + "-" + std::to_string(counter++)))
                       .string();
      fd = ::open(sink_.temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) {
      std::string why = Errno();
      sink_.temp.clear();
      Fail("cannot write: " + why);
    }
    if (stat(sink_.target.c_str(), &st) == 0)
      ::fchmod(fd, st.st_mode & 07777);  // keep its permissions
    sink_.file = ::fdopen(fd, "wb");
    if (sink_.file == nullptr) {
      std::string why = Errno();
      ::close(fd);
      Fail("cannot write: " + why);
    }
    sink_.owns = true;
  }

  void Raw(std::string_view data) {
    if (data.empty()) return;
    if (std::fwrite(data.data(), 1, data.size(), sink_.file) != data.size())
      Fail("write failed: " + Errno());
  }

  void Deflate(std::string_view data, int flush) {
    zs_->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs_->avail_in = static_cast<uInt>(data.size());
    while (true) {
      zs_->next_out = reinterpret_cast<Bytef*>(buf_.data());
      zs_->avail_out = static_cast<uInt>(buf_.size());
      int rc = deflate(zs_.get(), flush);
      if (rc == Z_STREAM_ERROR) Fail("gzip: compression failed");
      Raw(std::string_view(buf_.data(), buf_.size() - zs_->avail_out));
      if (flush == Z_FINISH ? rc == Z_STREAM_END : (zs_->avail_in == 0 && zs_->avail_out != 0))
        break;
    }
  }

  // Owns the stream and the temporary file, so both are released even when the constructor
  // of Impl throws after opening them.
  struct Sink {
    std::FILE* file = nullptr;
    bool owns = false;
    std::string target;  // resolved path the temporary file replaces
    std::string temp;    // empty when written in place
    bool committed = false;
    ~Sink() {
      if (owns && file != nullptr) std::fclose(file);
      if (!temp.empty() && !committed) ::unlink(temp.c_str());
    }
  };

  std::string shown_;
  Codec codec_;
  Sink sink_;
  bool closed_ = false;
  std::unique_ptr<z_stream> zs_;
  std::unique_ptr<ZSTD_CStream, decltype(&ZSTD_freeCStream)> zstd_{nullptr, &ZSTD_freeCStream};
  std::vector<char> buf_;
};

OutputFile::OutputFile(const std::string& path, const std::vector<std::string>& inputs)
    : path_(path) {
  CheckOutputNotInput(path, inputs);
  Impl::Codec codec = Impl::Codec::kPlain;
  if (path != "-" && EndsWith(path, ".gz")) codec = Impl::Codec::kGzip;
  if (path != "-" && EndsWith(path, ".zst")) codec = Impl::Codec::kZstd;
  impl_ = std::make_unique<Impl>(path, codec);
}

OutputFile::~OutputFile() = default;

void OutputFile::Write(std::string_view data) { impl_->Write(data); }
void OutputFile::Flush() { impl_->Flush(); }
void OutputFile::Close() { impl_->Close(); }

const std::string& PrepareOutput(const std::string& path) {
  if (path == "-" || path.empty()) return path;
  fs::path parent = fs::path(path).parent_path();
  if (parent.empty()) return path;
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec) throw IoError(parent.string(), "cannot create folder: " + ec.message());
  return path;
}

}  // namespace kobi
