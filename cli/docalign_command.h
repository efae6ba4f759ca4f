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

// align::WriteDocAlignManifest (kobi/align/doc_pages.h) with the flags' glossary, dictionary,
// min score and threads: the pairs of flags.en and flags.ko as a corpus build manifest at
// DIR/docalign.tsv. Returns the manifest's path. Summaries go to stderr under `command`.
std::string WriteDocAlignManifest(const DocAlignFlags& flags, const std::string& dir,
                                  std::string_view command);

}  // namespace kobi::cli
