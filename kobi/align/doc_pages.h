// Pages for document alignment (kobi/align/docalign.h) from a folder, a list file or JSONL crawl
// records, and the pair list DocAlign's result is written as.
//
// LoadPages(source, lang) reads:
//  - a folder: every regular file below it (recursively, hidden files and folders skipped), in
//    byte order of their paths; the page id is the path as given ("en" + "/" + "a.txt");
//  - JSONL crawl records, one {"url": …, "text": …, "lang": …} a line ("url" and "lang"
//    optional): a file named *.jsonl / *.json (optionally .gz/.zst), or any file whose first
//    non-blank character is '{'. The id is the URL (or "FILE:LINE" without one); records whose
//    "lang" names another language are skipped and counted;
//  - otherwise a list file: one page path a line, as given (blank lines and '#' lines skipped).
// Page text must be UTF-8: a bad page, record or missing file throws InputError/IoError naming
// the file and line.
//
//   kobi::align::PageLoadReport report;
//   auto en = kobi::align::LoadPages("crawl/en", kobi::Lang::kEn, &report);
//   auto ko = kobi::align::LoadPages("crawl.jsonl", kobi::Lang::kKo, &report);
//   auto result = kobi::align::DocAlign(en, ko, {});
//   std::cout << kobi::align::FormatDocPairs(result, en, ko);  // en<TAB>ko<TAB>score
//
// WriteDocAlignManifest does both and writes the pairs as a corpus build manifest (what
// `kobi corpus build --docalign EN KO -o DIR` and `python3 -m kobi.dask build --docalign` run
// before the build):
//
//   auto run = kobi::align::WriteDocAlignManifest("crawl/en", "crawl/ko", "out", {});
//   // run.manifest == "out/docalign.tsv"
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kobi/align/docalign.h"
#include "kobi/core/lang.h"

namespace kobi::align {

enum class PageSourceKind { kFolder, kList, kJsonl };

struct PageLoadReport {
  PageSourceKind kind = PageSourceKind::kList;
  std::uint64_t skipped_other_lang = 0;  // JSONL records whose "lang" is not `lang`
};

std::vector<DocPage> LoadPages(const std::string& source, Lang lang,
                               PageLoadReport* report = nullptr);

// "en_id<TAB>ko_id<TAB>score" a line (score with 3 decimals, locale-independent), in the
// order of result.pairs: a `kobi corpus build` manifest when the ids are paths.
std::string FormatDocPairs(const DocAlignResult& result, const std::vector<DocPage>& en,
                           const std::vector<DocPage>& ko);

// The pages of two sources, what loading them reported, and their document alignment.
struct PageSourceAlignment {
  std::vector<DocPage> en, ko;
  PageLoadReport en_report, ko_report;
  DocAlignResult result;
  std::string manifest;  // WriteDocAlignManifest: the manifest written
};

// LoadPages(en_source, kEn), LoadPages(ko_source, kKo), DocAlign(en, ko, options).
PageSourceAlignment AlignPageSources(const std::string& en_source, const std::string& ko_source,
                                     const DocAlignOptions& options);

// AlignPageSources, then the pairs as a corpus build manifest at dir/docalign.tsv (dir created;
// written atomically): file pages by absolute path; paired pages from JSONL records are written
// to dir/docalign_pages/{en,ko}/N.txt first and named relative to dir.
PageSourceAlignment WriteDocAlignManifest(const std::string& en_source,
                                          const std::string& ko_source, const std::string& dir,
                                          const DocAlignOptions& options);

}  // namespace kobi::align
