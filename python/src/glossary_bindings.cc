// Python bindings of kobi::glossary: Glossary (load, merge with the bundled one, lookup, match)
// and check_romanization.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bindings.h"
#include "glossary_handle.h"
#include "kobi/core/error.h"
#include "kobi/core/utf8.h"
#include "kobi/glossary/formats.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"
#include "kobi/glossary/romanization_checker.h"

namespace kobi::python {

const glossary::Matcher& GlossaryHandle::matcher() const {
  std::call_once(once_, [this] { matcher_ = std::make_unique<glossary::Matcher>(glossary_); });
  return *matcher_;
}

std::shared_ptr<GlossaryHandle> GlossaryHandle::Default() {
  static std::shared_ptr<GlossaryHandle> handle =
      std::make_shared<GlossaryHandle>(glossary::Glossary::Default());
  return handle;
}

std::shared_ptr<GlossaryHandle> GlossaryArg(const py::object& value) {
  if (value.is_none()) return GlossaryHandle::Default();
  if (py::isinstance<py::bool_>(value)) {
    return value.cast<bool>() ? GlossaryHandle::Default() : nullptr;
  }
  return value.cast<std::shared_ptr<GlossaryHandle>>();
}

namespace {

struct PyMatch {
  glossary::Entry entry;
  std::size_t index = 0;  // into Glossary.entries
  std::string text;
  std::size_t start = 0, end = 0, byte_start = 0, byte_end = 0;
};

bool HasHangul(std::string_view text) { return kobi::utf8::CountScripts(text).hangul > 0; }

}  // namespace

void BindGlossary(py::module_& m) {
  py::class_<glossary::Entry>(m, "Entry", "One glossary entry.")
      .def_readonly("en", &glossary::Entry::en)
      .def_readonly("ko", &glossary::Entry::ko)
      .def_property_readonly(
          "type",
          [](const glossary::Entry& e) { return std::string(glossary::EntryTypeName(e.type)); },
          "person, place, org or term.")
      .def_readonly("variants", &glossary::Entry::variants)
      .def_readonly("note", &glossary::Entry::note)
      .def_readonly("source", &glossary::Entry::source)
      .def_readonly("line", &glossary::Entry::line)
      .def("__repr__", [](const glossary::Entry& e) {
        return "Entry(" + py::repr(py::str(e.en)).cast<std::string>() + ", " +
               py::repr(py::str(e.ko)).cast<std::string>() + ", " +
               std::string(glossary::EntryTypeName(e.type)) + ")";
      });

  py::class_<PyMatch>(m, "Match", "A glossary entry found in a text.")
      .def_readonly("entry", &PyMatch::entry)
      .def_readonly("index", &PyMatch::index, "Index of the entry in Glossary.entries.")
      .def_readonly("text", &PyMatch::text)
      .def_readonly("start", &PyMatch::start)
      .def_readonly("end", &PyMatch::end)
      .def_readonly("byte_start", &PyMatch::byte_start)
      .def_readonly("byte_end", &PyMatch::byte_end)
      .def("__repr__", [](const PyMatch& x) {
        return "Match(" + std::to_string(x.start) + ", " + std::to_string(x.end) + ", " +
               py::repr(py::str(x.text)).cast<std::string>() + ")";
      });

  py::class_<GlossaryHandle, std::shared_ptr<GlossaryHandle>>(
      m, "Glossary",
      "A bilingual name and term glossary. Glossary() is the bundled one; Glossary(paths)\n"
      "merges files (TSV, CSV, TBX, hunalign; format from the extension) over it in order,\n"
      "as `-g FILE` does on the command line; default=False leaves the bundled one out.\n"
      "Immutable once built; safe to share between threads.")
      .def(py::init([](const py::object& paths, bool with_default) {
             std::vector<std::string> files = PathsArg(paths);
             if (!with_default && files.empty()) {
               throw kobi::UsageError("Glossary: default=False needs at least one path");
             }
             if (with_default && files.empty()) return GlossaryHandle::Default();
             py::gil_scoped_release release;
             return std::make_shared<GlossaryHandle>(glossary::LoadGlossaries(files, with_default));
           }),
           py::arg("paths") = py::none(), py::kw_only(), py::arg("default") = true)
      .def_static(
          "parse",
          [](const std::string& text, const std::string& format, const std::string& name,
             bool with_default) {
            auto f = glossary::ParseFormat(format);
            if (!f) throw kobi::UsageError("Glossary.parse: unknown format '" + format + "'");
            glossary::Glossary g = glossary::ParseGlossary(text, name, *f);
            if (!with_default) return std::make_shared<GlossaryHandle>(std::move(g));
            glossary::Glossary merged = glossary::Glossary::Default();
            merged.Merge(g);
            return std::make_shared<GlossaryHandle>(std::move(merged));
          },
          py::arg("text"), py::arg("format") = "tsv", py::kw_only(), py::arg("name") = "<string>",
          py::arg("default") = false,
          "A glossary from text in a given format (tsv, csv, tbx, tbx2, hunalign).")
      .def("__len__", [](const GlossaryHandle& g) { return g.glossary().size(); })
      .def_property_readonly("entries",
                             [](const GlossaryHandle& g) { return g.glossary().entries(); })
      .def_property_readonly(
          "warnings", [](const GlossaryHandle& g) { return g.glossary().warnings(); },
          "Duplicates and conflicts found while loading (file:line: message).")
      .def(
          "lookup",
          [](const GlossaryHandle& g, const std::string& term) {
            std::vector<glossary::Entry> out;
            for (std::size_t i : g.glossary().Lookup(term))
              out.push_back(g.glossary().entries()[i]);
            return out;
          },
          py::arg("term"),
          "Entries whose English form, variant or Korean form equals term (loosely).")
      .def(
          "match",
          [](const GlossaryHandle& g, const std::string& text, const std::string& lang) {
            if (lang != "en" && lang != "ko" && lang != "auto") {
              throw kobi::UsageError("match: lang must be 'en', 'ko' or 'auto'");
            }
            std::vector<PyMatch> out;
            py::gil_scoped_release release;
            const bool ko = lang == "ko" || (lang == "auto" && HasHangul(text));
            const auto& matcher = g.matcher();
            CodePoints cp(text);
            for (const auto& x : ko ? matcher.FindKorean(text) : matcher.FindEnglish(text)) {
              out.push_back({g.glossary().entries()[x.entry], x.entry, std::string(x.span.In(text)),
                             cp(x.span.begin), cp(x.span.end), x.span.begin, x.span.end});
            }
            return out;
          },
          py::arg("text"), py::arg("lang") = "auto",
          "Entries found in text (leftmost-longest, in order), as `kobi glossary match`:\n"
          "lang 'auto' matches Korean when the text has Hangul, else English.")
      .def("to_tsv", [](const GlossaryHandle& g) { return g.glossary().ToTsv(); });

  py::class_<glossary::SpellingVariant>(m, "Variant", "One spelling of a name.")
      .def_readonly("form", &glossary::SpellingVariant::form)
      .def_readonly("count", &glossary::SpellingVariant::count)
      .def_readonly("lines", &glossary::SpellingVariant::lines, "1-based lines it occurs on.")
      .def_readonly("kind", &glossary::SpellingVariant::kind,
                    "Difference from the preferred form ('' for the preferred form itself).");
  py::class_<glossary::SpellingGroup>(m, "Group", "Spellings of one name.")
      .def_readonly("key", &glossary::SpellingGroup::key)
      .def_readonly("preferred", &glossary::SpellingGroup::preferred)
      .def_readonly("preferred_by", &glossary::SpellingGroup::preferred_by)
      .def_readonly("kind", &glossary::SpellingGroup::kind)
      .def_readonly("type", &glossary::SpellingGroup::type)
      .def_readonly("variants", &glossary::SpellingGroup::variants)
      .def("__repr__", [](const glossary::SpellingGroup& g) {
        return "Group(" + py::repr(py::str(g.preferred)).cast<std::string>() + ", " +
               py::repr(py::str(g.kind)).cast<std::string>() + ", " +
               std::to_string(g.variants.size()) + " variants)";
      });

  m.def(
      "check_romanization",
      [](const py::iterable& lines, const py::object& ko, const py::object& glossary_arg) {
        auto g = GlossaryArg(glossary_arg);
        if (!g) throw kobi::UsageError("check_romanization needs a glossary (None = bundled)");
        std::vector<std::string> en_lines, ko_lines;
        for (const auto& l : lines) en_lines.push_back(l.cast<std::string>());
        if (!ko.is_none()) {
          for (const auto& l : ko) ko_lines.push_back(l.cast<std::string>());
          if (ko_lines.size() != en_lines.size()) {
            throw kobi::UsageError("check_romanization: ko has " + std::to_string(ko_lines.size()) +
                                   " lines, lines has " + std::to_string(en_lines.size()));
          }
        }
        const bool paired = !ko.is_none();
        py::gil_scoped_release release;
        glossary::RomanizationChecker checker(g->glossary());
        for (std::size_t i = 0; i < en_lines.size(); ++i) {
          if (!paired) {
            checker.AddEnglish(en_lines[i], i + 1);
          } else {
            checker.AddPair(en_lines[i], ko_lines[i], i + 1);
          }
        }
        return checker.Groups();
      },
      py::arg("lines"), py::arg("ko") = py::none(), py::kw_only(), py::arg("glossary") = py::none(),
      "Groups of spellings of one name in English lines (line numbers are 1-based positions),\n"
      "as `kobi check romanization`; ko: line-parallel Korean lines.");
}

}  // namespace kobi::python
