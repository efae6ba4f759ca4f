// The resources of every step that aligns or scores pairs (align, docalign, clean, corpus
// build, review): the glossary of names and terms and an optional word dictionary, loaded the
// same way for the `kobi` command (`-g FILE`, `--no-default`, `--no-glossary`, `--dictionary
// FILE`), C++ callers and the Python module (glossary=, no_default=, dictionary=).
//
//   kobi::align::AlignResourceOptions o;            // the defaults: the bundled glossary
//   o.glossary_files = {"names.tsv"};               // merged over the bundled one
//   o.dictionary = "en-ko.dict";
//   kobi::align::AlignResources r = kobi::align::LoadAlignResources(o);
//   kobi::align::AlignOptions options;
//   r.Apply(options);                               // or Apply(DocAlignOptions&)
//   kobi::align::AlignSentences(en, ko, options);   // r must outlive the call
//
// Where the defaults live: with default options nothing is loaded and every pointer stays
// null, which the library's option structs read as "the bundled glossary"
// (glossary::Glossary::Default(), glossary::Matcher::Default()) and "no dictionary"; so a
// caller that passes no resources aligns exactly as `kobi align` without flags.
//
// Errors (docs/design.md, "Errors"): contradictory options are kobi::UsageError; an unreadable
// or malformed glossary or dictionary file is the IoError / InputError its reader throws.
// Recoverable glossary problems (a skipped row) are not errors: they are returned in
// AlignResources::warnings for the caller to show (the CLI prints them on stderr).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace kobi::glossary {
class Glossary;
class Matcher;
}  // namespace kobi::glossary

namespace kobi::align {

class Dictionary;
struct AlignOptions;
struct DocAlignOptions;

struct AlignResourceOptions {
  // false: no glossary at all (`--no-glossary`, glossary=False); then glossary_files must be
  // empty and bundled_glossary true.
  bool use_glossary = true;
  // Glossary files (TSV, CSV, TBX or hunalign, by extension; kobi/glossary/formats.h), merged
  // over the bundled glossary in order (`-g FILE`, repeatable).
  std::vector<std::string> glossary_files;
  // false: leave the bundled glossary out (`--no-default`); needs at least one glossary file.
  bool bundled_glossary = true;
  // Word dictionary file (kobi/align/dictionary.h; `--dictionary FILE`); empty = none.
  std::string dictionary;
};

// The loaded resources. Shared and immutable, so copies are cheap and stay valid; the option
// structs they are applied to point into them, so keep them alive while those are used.
struct AlignResources {
  bool use_glossary = true;
  // Set only when glossary files were given or the bundled glossary left out; null = the
  // bundled glossary (or none, with !use_glossary).
  std::shared_ptr<const glossary::Glossary> glossary;
  std::shared_ptr<const glossary::Matcher> matcher;  // over *glossary, null with it
  std::shared_ptr<const Dictionary> dictionary;      // null = none
  std::vector<std::string> warnings;                 // from reading the glossary files

  const glossary::Glossary* glossary_ptr() const { return glossary.get(); }
  const glossary::Matcher* matcher_ptr() const { return matcher.get(); }
  const Dictionary* dictionary_ptr() const { return dictionary.get(); }

  // Sets the glossary, use_glossary and dictionary fields of the options.
  void Apply(AlignOptions& options) const;
  void Apply(DocAlignOptions& options) const;
};

// Validates the options (UsageError for use_glossary = false with glossary files or without the
// bundled glossary, and for no bundled glossary without files) and loads what they name.
AlignResources LoadAlignResources(const AlignResourceOptions& options);

}  // namespace kobi::align
