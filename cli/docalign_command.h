// Document alignment shared by `kobi docalign` and `kobi corpus build --docalign`.
//
//   std::string manifest = kobi::cli::WriteDocAlignManifest("en/", "ko/", "out", {});
//   // out/docalign.tsv: en<TAB>ko<TAB>score a line, paths usable from out/
#pragma once

#include <string>

#include "cli/cli_util.h"

namespace kobi::cli {

struct DocAlignFlags {
  std::string en, ko, output = "-";
  double min_score = 0.5;
  unsigned threads = 0;
  GlossarySourceFlags glossary_sources;
  bool no_glossary = false;
  std::string dictionary;  // optional word dictionary (align/dictionary.h formats)
};

// Aligns the pages of flags.en and flags.ko and writes the pairs as a corpus build manifest at
// DIR/docalign.tsv (DIR created): file pages by absolute path; pages from JSONL records are
// written to DIR/docalign_pages/{en,ko}/N.txt first. Returns the manifest's path. Summaries
// go to stderr under `command`.
std::string WriteDocAlignManifest(const DocAlignFlags& flags, const std::string& dir,
                                  std::string_view command);

}  // namespace kobi::cli
