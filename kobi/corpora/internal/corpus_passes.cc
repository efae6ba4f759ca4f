#include "kobi/corpora/internal/corpus_passes.h"

#include <xxhash.h>

#include <memory>

#include "kobi/align/coverage.h"
#include "kobi/align/lexicon.h"
#include "kobi/align/writers.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/core/progress.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/corpus_builder.h"

namespace kobi::corpora::internal {

std::string Checksum128(std::string_view data) {
  XXH128_hash_t h = XXH3_128bits(data.data(), data.size());
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (std::uint64_t part : {h.high64, h.low64}) {
    for (int shift = 60; shift >= 0; shift -= 4) out += kHex[(part >> shift) & 0xF];
  }
  return out;
}

std::string ReadDocument(const std::string& path, bool repair, const std::string& encoding,
                         std::uint64_t& repaired) {
  LineReader::Options raw;
  raw.validate_utf8 = false;
  raw.encoding = encoding;  // a legacy encoding is converted first (its errors name the line)
  std::string data = ReadAll(path, raw);
  if (utf8::FindInvalid(data)) {
    if (!repair) {
      LineReader::Options strict;
      strict.hint_repair = true;  // corpus build has --repair
      strict.encoding = encoding;
      ReadAll(path, strict);  // throws the error with the line and byte
    }
    repaired += utf8::Repair(data);
  }
  return data;
}

void AlignPassOne(const std::vector<std::optional<std::pair<std::string, std::string>>>& documents,
                  const align::AlignOptions& options, bool repair, const std::string& encoding,
                  unsigned threads, bool progress,
                  const std::function<void(const align::PageAlignment&)>& add) {
  std::unique_ptr<Progress> bar;
  if (progress) bar = std::make_unique<Progress>("corpus pass 1", documents.size());
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, std::optional<align::PageAlignment>> pm(threads, 4);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= documents.size()) return false;
        i = next++;
        return true;
      },
      [&](const std::size_t& i) -> std::optional<align::PageAlignment> {
        if (!documents[i]) return std::nullopt;
        try {
          std::uint64_t repaired = 0;
          std::string en_text = ReadDocument(documents[i]->first, repair, encoding, repaired);
          std::string ko_text = ReadDocument(documents[i]->second, repair, encoding, repaired);
          return align::AlignPages(en_text, ko_text, options);
        } catch (const Error&) {
          return std::nullopt;
        }
      },
      [&](std::optional<align::PageAlignment>&& pa) {
        if (pa) add(*pa);
        if (bar) bar->Advance();
      });
  if (bar) bar->Finish();
}

align::AlignOptions LearnCorpusLexicon(
    const std::vector<std::optional<std::pair<std::string, std::string>>>& documents,
    const align::AlignOptions& options, align::CorpusLexicon& corpus_lexicon, bool repair,
    const std::string& encoding, unsigned threads, bool progress) {
  AlignPassOne(
      documents, options, repair, encoding, threads, progress,
      [&](const align::PageAlignment& pa) { corpus_lexicon.Add(pa.en, pa.ko, pa.alignment); });
  return corpus_lexicon.Finish();
}

namespace {

CleanOptions WithDictionary(CleanOptions clean, const align::Dictionary* dictionary) {
  clean.dictionary = dictionary;
  return clean;
}

align::ScorerResources ScorerOf(const CleanOptions& clean) {
  align::ScorerResources resources;
  resources.glossary = clean.glossary;
  resources.use_glossary = clean.use_glossary;
  resources.dictionary = clean.dictionary;
  return resources;
}

}  // namespace

PassTwoJudges::PassTwoJudges(const CleanOptions& clean, const align::Dictionary* dictionary)
    : options(WithDictionary(clean, dictionary)), scorer(ScorerOf(options)), cleaner(options) {}

DocumentJudgement JudgeDocument(const align::PageAlignment& pa, const align::PairScorer& scorer) {
  DocumentJudgement j;
  j.coverage = align::DocumentCoverage(pa, scorer, &j.candidates, &j.mean_score);
  return j;
}

}  // namespace kobi::corpora::internal
