// xz (liblzma) and bzip2 (libbz2) input streams behind OpenSource (kobi/core/line_io.h).
#pragma once

#include <memory>
#include <string>

#include "kobi/core/line_io.h"

namespace kobi::internal {

enum class Compression { kNone, kXz, kBzip2, kZstd };

// xz or bzip2 by extension (.xz, .txz, .bz2, .tbz2) or, for a readable regular file, by its
// magic bytes (xz FD 37 7A 58 5A 00, bzip2 "BZh" + block marker, zstd 28 B5 2F FD); kNone
// otherwise (stdin is not sniffed; see GuardStdin).
Compression DetectXzBzip2(const std::string& path);

// Streams decoding every concatenated stream of the file; a stream cut short or corrupt is an
// IoError naming the file ("truncated xz stream", "bzip2: data error").
std::unique_ptr<ByteSource> OpenXzSource(const std::string& path);
std::unique_ptr<ByteSource> OpenBzip2Source(const std::string& path);

// Wraps the stdin source (gzip or plain): xz, bzip2 or zstd data arriving on stdin, which is
// not sniffed, is an IoError "unsupported compression on stdin (…)" at the first read instead
// of a misleading "invalid UTF-8".
std::unique_ptr<ByteSource> GuardStdin(std::unique_ptr<ByteSource> source);

}  // namespace kobi::internal
