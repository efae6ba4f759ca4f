#include "kobi/core/error.h"

namespace kobi {

std::string FormatLocation(std::string_view file, std::uint64_t line, std::string_view message) {
  std::string out(file.empty() ? std::string_view("<input>") : file);
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += ": ";
  out += message;
  return out;
}

InputError::InputError(std::string_view file, std::uint64_t line, std::string_view message)
    : Error(FormatLocation(file, line, message)), file_(file), line_(line), detail_(message) {}

IoError::IoError(std::string_view file, std::string_view message)
    : Error(FormatLocation(file, 0, message)) {}

}  // namespace kobi
