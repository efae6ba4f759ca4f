// A glossary shared by Python objects, with its Matcher built once on first use.
//
//   auto g = kobi::python::GlossaryHandle::Default();     // the bundled glossary
//   g->matcher().FindEnglish("Kim Jong-un said");
#pragma once

#include <pybind11/pybind11.h>

#include <memory>
#include <mutex>

#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::python {

class GlossaryHandle {
 public:
  explicit GlossaryHandle(glossary::Glossary glossary) : glossary_(std::move(glossary)) {}
  static std::shared_ptr<GlossaryHandle> Default();

  const glossary::Glossary& glossary() const { return glossary_; }
  // Thread-safe; built on first call.
  const glossary::Matcher& matcher() const;

 private:
  glossary::Glossary glossary_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<glossary::Matcher> matcher_;
};

// A `glossary=` argument: None or True = bundled, False = none (nullptr), or a Glossary.
std::shared_ptr<GlossaryHandle> GlossaryArg(const pybind11::object& value);

}  // namespace kobi::python
