// `kobi version`: prints the version and the versions of the libraries kobi is built with.
#include <cstdio>

#include "cli/commands.h"
#include "cli/build_info.h"

namespace kobi::cli {

void AddVersionCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("version", "Print kobi's version and its libraries' versions");
  cmd->callback([] {
    std::printf("kobi %s\n%s", kVersion, kLibraryVersions);
  });
}

}  // namespace kobi::cli
