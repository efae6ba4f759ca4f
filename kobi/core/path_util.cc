#include "kobi/core/path_util.h"

#include <filesystem>

namespace kobi {

std::string ResolveListedPath(const std::string& list_file, const std::string& entry) {
  namespace fs = std::filesystem;
  if (list_file == "-" || entry.empty() || fs::path(entry).is_absolute()) return entry;
  fs::path base = fs::path(list_file).parent_path();
  return base.empty() ? entry : (base / entry).string();
}

}  // namespace kobi
