// Shared helpers of the Python module kobi._kobi (pybind11): argument parsing that matches the
// CLI's flags (paths, dictionary=, the options of a corpus build), byte → code point offsets,
// and the Bind* functions of each module's bindings.
//
// The binding is thin: every function converts its arguments, releases the GIL, calls the C++
// library and converts the result. Defaults equal the `kobi` command's defaults. C++ errors are
// translated once (module.cc): kobi::InputError → kobi.InputError (a ValueError with `file`,
// `line`, `detail`), kobi::UsageError → kobi.UsageError (a ValueError), kobi::IoError →
// kobi.IoError (an OSError), other kobi::Error → kobi.Error.
//
//   PYBIND11_MODULE(_kobi, m) { kobi::python::BindText(m); ... }
#pragma once

#include <pybind11/pybind11.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "glossary_handle.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/resources.h"
#include "kobi/core/lang.h"
#include "kobi/corpora/corpus_builder.h"

namespace kobi::python {

namespace py = pybind11;

// "en" / "ko" (and, where allow_auto, "auto" → nullopt-like kOther marker handled by callers).
// Throws kobi::UsageError for anything else, naming the argument.
kobi::Lang ParseLangArg(std::string_view value, std::string_view arg, bool allow_auto);

// Converts increasing byte offsets of one UTF-8 text into code point offsets (Python string
// indices) in one forward pass; an offset lower than the previous one restarts from 0.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : text_(text) {}
  std::size_t operator()(std::size_t byte);

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t cp_ = 0;
};

// A path argument: str or os.PathLike.
std::string PathArg(const py::handle& path);
// One path, or an iterable of paths; None: none.
std::vector<std::string> PathsArg(const py::object& paths);

// The resource arguments of every function that aligns or scores pairs, loaded by the library
// as the CLI's flags are (align::LoadAlignResources, kobi/align/resources.h):
//   glossary=None         the bundled glossary (the default; nothing loaded)
//   glossary=False        none (--no-glossary)
//   glossary=kobi.Glossary  that one
//   glossary=PATH | [PATH, ...]  files merged over the bundled glossary (-g FILE ...), or
//                         with no_default=True instead of it (--no-default)
//   dictionary=PATH | kobi.Dictionary   --dictionary FILE
// Contradictions are UsageErrors worded as the CLI's (`what` names the function); glossary
// file warnings become Python UserWarnings (the CLI's "warning:" lines). Files are read
// without the GIL. matcher: also set the matcher of a kobi.Glossary (AlignOptions uses it;
// DocAlignOptions and CleanOptions take the glossary), else it stays null for one.
align::AlignResources ResourcesArg(std::string_view what, const py::object& glossary,
                                   bool no_default, const py::object& dictionary,
                                   bool matcher = false);

// The options of a corpus build (build_corpus and every step of a batched build take the same
// keyword arguments, KOBI_CORPUS_KWARGS) with the glossary and dictionary they point to, owned
// so the GIL can be released while the build runs. glossary=, no_default=, dictionary= as
// ResourcesArg takes them; encoding="utf-8" | "cp949" | "euc-kr" (--encoding).
struct CorpusSetup {
  align::AlignResources resources;
  corpora::CorpusOptions options;
};
CorpusSetup MakeCorpusSetup(std::string_view what, unsigned threads, const py::object& clean,
                            bool skip_bad, bool repair, bool keep_unrelated, bool corpus_lexicon,
                            const std::string& encoding, const py::object& glossary,
                            bool no_default, const py::object& dictionary);

// The keyword arguments of MakeCorpusSetup, in its order, for m.def.
#define KOBI_CORPUS_KWARGS                                                            \
  py::kw_only(), py::arg("threads") = 0, py::arg("clean") = py::none(),               \
                 py::arg("skip_bad") = false, py::arg("repair") = false,              \
                 py::arg("keep_unrelated") = false, py::arg("corpus_lexicon") = true, \
                 py::arg("encoding") = "utf-8", py::arg("glossary") = py::none(),     \
                 py::arg("no_default") = false, py::arg("dictionary") = py::none()

void BindErrors(py::module_& m);
void BindText(py::module_& m);
void BindGlossary(py::module_& m);
void BindAlign(py::module_& m);
void BindCorpora(py::module_& m);
void BindBatch(py::module_& m);

}  // namespace kobi::python
