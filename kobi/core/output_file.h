// Atomic output files: a command either writes its whole output or leaves the target untouched.
//
// OutputFile writes to a temporary file in the target's folder (".NAME.kobi-tmp-PID-N") and
// renames it onto the target in Close(). If Close() is never reached (an error was thrown, the
// object is destroyed early), the temporary file is removed and the target keeps its old
// contents, so no command can leave a half-written output or an emptied input.
//
// "-" is stdout (written directly). *.gz and *.zst are compressed. A target that exists and is
// not a regular file (/dev/null, /dev/full, a FIFO) is written directly, since it cannot be
// replaced by a rename. A symlink target is resolved: the file it points to is replaced. An
// existing target keeps its permission bits; a new one gets 0666 minus the umask.
//
//   kobi::OutputFile out("pairs.tsv.gz", {"in.tsv"});  // refuses if pairs.tsv.gz is in.tsv
//   out.WriteLine("a\tb");
//   out.Close();   // commits (flush, fsync, rename); errors throw IoError
//
// Output over input: CheckOutputNotInput(output, inputs) throws IoError when the output names
// the same file as an input (same device and inode after following symlinks, so hard links and
// "./x" vs "x" are caught; "-" input means whatever stdin is redirected from, "-" output whatever
// stdout is redirected to). The OutputFile constructor runs it on the inputs it is given.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kobi {

// True when a and b are the same file: same device and inode when both exist; otherwise the
// same absolute path after resolving symlinks in the existing part (two outputs not yet
// written). "-" stands for stdin/stdout and is the same as a only if that stream is redirected
// from/to a.
bool SameFile(const std::string& a, const std::string& b);

// A key with FileKey(a) == FileKey(b) exactly when SameFile(a, b) (for sets of many paths):
// "id:DEV:INODE" for an existing regular file, "path:ABSOLUTE" for a path not yet written,
// "" for "-" and special files (never the same as anything).
std::string FileKey(const std::string& path);

// Throws IoError(output, "output is the same file as input IN; ...") if output is any of inputs.
void CheckOutputNotInput(const std::string& output, const std::vector<std::string>& inputs);

// Creates the folders an output file will be written in (nothing for "-", "" or a path without
// a folder); returns path, so a caller can write OutputFile out(PrepareOutput(path)).
// Throws IoError naming the folder when it cannot be created.
const std::string& PrepareOutput(const std::string& path);

class OutputFile {
 public:
  // Opens path for writing ("-" = stdout). Checks first that path is none of inputs.
  // Throws IoError if the temporary file cannot be created (missing folder, no permission) or
  // path is a folder.
  explicit OutputFile(const std::string& path, const std::vector<std::string>& inputs = {});
  // Without a successful Close(): removes the temporary file; the target is not touched.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void Write(std::string_view data);
  void WriteLine(std::string_view line) {
    Write(line);
    Write("\n");
  }
  // Flushes buffered bytes to the temporary file (or stdout).
  void Flush();
  // Commits: finishes compression, flushes, syncs and renames the temporary file onto the
  // target. Throws IoError on any failure (then the target is untouched). A second call does
  // nothing.
  void Close();
  const std::string& path() const { return path_; }

  class Impl;  // defined in output_file.cc

 private:
  std::unique_ptr<Impl> impl_;
  std::string path_;
};

}  // namespace kobi
