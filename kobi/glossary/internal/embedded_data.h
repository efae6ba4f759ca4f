// The bundled glossary files, compiled into the binary by kobi/glossary/CMakeLists.txt (which
// generates embedded_data.cc from kobi/glossary/data/*.tsv at build time).
#pragma once

#include <cstddef>

namespace kobi::glossary::internal {

struct EmbeddedFile {
  const char* name;  // file name, e.g. "people.tsv"
  const char* data;  // UTF-8 TSV bytes
  std::size_t size;
};

extern const EmbeddedFile kEmbeddedGlossaryFiles[];
extern const std::size_t kEmbeddedGlossaryFileCount;

}  // namespace kobi::glossary::internal
