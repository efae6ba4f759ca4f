// `kobi version`: prints the version and the versions of the libraries kobi is built with.
#include <string>

#include "cli/build_info.h"
#include "cli/commands.h"
#include "kobi/core/output_file.h"

namespace kobi::cli {

void AddVersionCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("version", "Print kobi's version and its libraries' versions");
  cmd->callback([] {
    OutputFile out("-");
    out.Write(std::string("kobi ") + kVersion + "\n" + kLibraryVersions);
    out.Close();  // a failed write (a full disk, /dev/full) is an error
  });
}

}  // namespace kobi::cli
