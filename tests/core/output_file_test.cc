#include "kobi/core/output_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"

namespace kobi {
namespace {

namespace fs = std::filesystem;

// A fresh folder per test, so leftover temporary files can be counted.
class AtomicOutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kobi_output_file_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static void Write(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
  }
  std::size_t EntriesInDir() const {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }

  fs::path dir_;
};

TEST_F(AtomicOutputTest, TargetAppearsOnlyOnClose) {
  std::string p = Path("out.txt");
  OutputFile out(p);
  out.WriteLine("one");
  out.Flush();
  EXPECT_FALSE(fs::exists(p));
  EXPECT_EQ(EntriesInDir(), 1u);  // the temporary file
  out.Close();
  EXPECT_EQ(Read(p), "one\n");
  EXPECT_EQ(EntriesInDir(), 1u);  // renamed, nothing left over
  out.Close();                    // second call does nothing
  EXPECT_EQ(Read(p), "one\n");
}

TEST_F(AtomicOutputTest, DestroyedWithoutCloseKeepsOldContentsAndRemovesTemp) {
  for (std::string ext : {".txt", ".gz", ".zst"}) {
    std::string p = Path("keep" + ext);
    Write(p, "old contents\n");
    try {
      OutputFile out(p);
      out.WriteLine("half");
      throw std::runtime_error("failure mid-way");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(Read(p), "old contents\n") << ext;
    EXPECT_EQ(EntriesInDir(), 1u) << ext;
    fs::remove(p);
  }
}

TEST_F(AtomicOutputTest, CompressedRoundTripAfterCommit) {
  std::string big(300000, 'x');  // more than one compression buffer
  for (std::string ext : {".gz", ".zst"}) {
    std::string p = Path("round" + ext);
    OutputFile out(p);
    out.WriteLine("김정은\tKim Jong-un");
    out.Write(big);
    out.Close();
    EXPECT_EQ(ReadAll(p), "김정은\tKim Jong-un\n" + big) << ext;
  }
}

TEST_F(AtomicOutputTest, KeepsPermissionsOfExistingTarget) {
  std::string p = Path("perm.txt");
  Write(p, "x");
  fs::permissions(p, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  OutputFile out(p);
  out.WriteLine("y");
  out.Close();
  EXPECT_EQ(fs::status(p).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(AtomicOutputTest, SymlinkTargetReplacesTheFileItPointsTo) {
  std::string real = Path("real.txt"), link = Path("link.txt");
  Write(real, "old");
  fs::create_symlink(real, link);
  OutputFile out(link);
  out.Write("new");
  out.Close();
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(Read(real), "new");
}

TEST_F(AtomicOutputTest, DevicesAreWrittenInPlace) {
  OutputFile out("/dev/null");
  out.WriteLine("discarded");
  out.Close();
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST_F(AtomicOutputTest, WriteFailureIsIoError) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  auto write = [] {
    OutputFile out("/dev/full");
    out.Write(std::string(1 << 16, 'x'));
    out.Close();
  };
  EXPECT_THROW(write(), IoError);
}

TEST_F(AtomicOutputTest, MissingFolderOrFolderTargetIsIoError) {
  EXPECT_THROW(OutputFile(Path("no/such/dir/out.txt")), IoError);
  EXPECT_THROW(OutputFile(dir_.string()), IoError);
  EXPECT_EQ(EntriesInDir(), 0u);
}

TEST_F(AtomicOutputTest, PrepareOutputCreatesTheFoldersOfTheTarget) {
  std::string p = Path("a/b/out.txt");
  EXPECT_EQ(&PrepareOutput(p), &p);
  EXPECT_TRUE(fs::is_directory(dir_ / "a" / "b"));
  EXPECT_FALSE(fs::exists(p));
  OutputFile out(p);
  out.WriteLine("x");
  out.Close();
  EXPECT_TRUE(fs::is_regular_file(p));
  std::string dash = "-";
  EXPECT_EQ(PrepareOutput(dash), "-");
  Write(Path("file"), "x\n");
  EXPECT_THROW(PrepareOutput(Path("file/sub/out.txt")), IoError);
}

TEST_F(AtomicOutputTest, RefusesToOverwriteAnInput) {
  std::string in = Path("in.txt");
  Write(in, "precious\n");
  fs::create_hard_link(in, Path("hard.txt"));
  fs::create_symlink(in, Path("sym.txt"));
  std::string dotted = (dir_ / "." / "in.txt").string();
  for (const std::string& out : {in, Path("hard.txt"), Path("sym.txt"), dotted}) {
    try {
      OutputFile o(out, {Path("other.txt"), in});
      FAIL() << out << " accepted";
    } catch (const IoError& e) {
      EXPECT_NE(std::string(e.what()).find("same file as input " + in), std::string::npos)
          << e.what();
    }
  }
  EXPECT_EQ(Read(in), "precious\n");
  EXPECT_NO_THROW(CheckOutputNotInput(Path("new.txt"), {in}));
  EXPECT_NO_THROW(CheckOutputNotInput("/dev/null", {"/dev/null"}));
}

TEST_F(AtomicOutputTest, SameFileComparesIdentityOrPlannedPath) {
  std::string a = Path("a.txt");
  Write(a, "a");
  EXPECT_TRUE(SameFile(a, (dir_ / "." / "a.txt").string()));
  EXPECT_FALSE(SameFile(a, Path("b.txt")));
  EXPECT_TRUE(SameFile(Path("new.txt"), (dir_ / "sub" / ".." / "new.txt").string()));
  EXPECT_FALSE(SameFile(Path("new.txt"), Path("new2.txt")));
  EXPECT_FALSE(SameFile("/dev/null", "/dev/null"));
  EXPECT_TRUE(SameFile("-", "-"));
}

}  // namespace
}  // namespace kobi
