// Paths written inside list files (the `align --batch` job list, the `corpus build` manifest):
// one rule everywhere. A relative path is relative to the folder of the list file that names
// it, so a list works from any working directory; an absolute path is used as it is; a list
// read from stdin ("-") resolves against the working directory.
//
//   kobi::ResolveListedPath("jobs/list.tsv", "a.en.txt")   // "jobs/a.en.txt"
//   kobi::ResolveListedPath("jobs/list.tsv", "/data/a.txt")  // "/data/a.txt"
#pragma once

#include <string>

namespace kobi {

std::string ResolveListedPath(const std::string& list_file, const std::string& entry);

}  // namespace kobi
