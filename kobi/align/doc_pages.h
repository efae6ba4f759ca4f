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

}  // namespace kobi::align
