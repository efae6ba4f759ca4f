#include "kobi/align/resources.h"

#include <utility>

#include "kobi/align/aligner.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/docalign.h"
#include "kobi/core/error.h"
#include "kobi/glossary/formats.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::align {

void AlignResources::Apply(AlignOptions& options) const {
  options.use_glossary = use_glossary;
  options.glossary = matcher_ptr();
  options.dictionary = dictionary_ptr();
}

void AlignResources::Apply(DocAlignOptions& options) const {
  options.use_glossary = use_glossary;
  options.glossary = glossary_ptr();
  options.dictionary = dictionary_ptr();
}

AlignResources LoadAlignResources(const AlignResourceOptions& options) {
  AlignResources r;
  if (!options.use_glossary) {
    if (!options.glossary_files.empty() || !options.bundled_glossary) {
      throw UsageError(
          "align resources: no glossary (use_glossary = false) cannot be combined with glossary "
          "files or bundled_glossary = false");
    }
    r.use_glossary = false;
  } else if (!options.glossary_files.empty() || !options.bundled_glossary) {
    if (options.glossary_files.empty()) {
      throw UsageError(
          "align resources: bundled_glossary = false needs at least one glossary file (or "
          "use_glossary = false)");
    }
    auto g = std::make_shared<glossary::Glossary>(
        glossary::LoadGlossaries(options.glossary_files, options.bundled_glossary));
    r.warnings = g->warnings();
    r.matcher = std::make_shared<const glossary::Matcher>(*g);
    r.glossary = std::move(g);
  }
  if (!options.dictionary.empty()) {
    r.dictionary = std::make_shared<const Dictionary>(Dictionary::Load(options.dictionary));
  }
  return r;
}

}  // namespace kobi::align
