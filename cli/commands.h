// Registration of every `kobi` subcommand. Each <name>_command.cc defines one Add*Command that
// adds a CLI11 subcommand with its flags and a callback which fills the library's Options
// struct, calls the library and writes the result. Errors are thrown as kobi::Error and mapped
// to exit codes by main().
#pragma once

#include <CLI/CLI.hpp>

namespace kobi::cli {

void AddVersionCommand(CLI::App& app);

}  // namespace kobi::cli
