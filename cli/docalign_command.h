// Document alignment shared by `kobi docalign` and `kobi corpus build --docalign`.
//
//   DocAlignFlags f;  f.en = "en/";  f.ko = "ko/";
//   auto resources = LoadAlignResources("corpus", f.resources);
//   std::string manifest = kobi::cli::WriteDocAlignManifest(f, resources, "out", "corpus");
//   // out/docalign.tsv: en<TAB>ko<TAB>score a line, paths usable from out/
#pragma once

#include <string>

#include "cli/cli_util.h"

namespace kobi::cli {

struct DocAlignFlags {
  std::string en, ko, output = "-";
  double min_score = -1;  // < 0: the library's default (align::DocAlignOptions::min_score)
  unsigned threads = 0;
  bool no_verify = false;  // skip the sentence-level check and third pass (DocAlignOptions::verify)
  AlignResourceFlags resources;  // -g/--no-default/--no-glossary/--dictionary, as align/clean
};

// align::WriteDocAlignManifest (kobi/align/doc_pages.h) with the flags' options: the pairs of
// flags.en and flags.ko as a corpus build manifest at DIR/docalign.tsv. Returns the manifest's
// path. Summaries go to stderr under `command`. `resources` come from
// LoadAlignResources(command, flags.resources) (corpus build loads them once for both steps).
std::string WriteDocAlignManifest(const DocAlignFlags& flags,
                                  const align::AlignResources& resources, const std::string& dir,
                                  std::string_view command);

}  // namespace kobi::cli
