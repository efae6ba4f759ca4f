// Helpers the glossary tests share: the folder of their data files.
#pragma once

#include <string>

namespace kobi::glossary::testing {

// tests/data/glossary/, with the trailing slash.
inline const std::string kData = KOBI_TEST_DATA_DIR "/glossary/";

}  // namespace kobi::glossary::testing
