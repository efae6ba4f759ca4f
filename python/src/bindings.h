// Shared helpers of the Python module kobi._kobi (pybind11): argument parsing that matches the
// CLI's flags, byte → code point offsets, and the Bind* functions of each module's bindings.
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
#include <string>
#include <string_view>

#include "kobi/core/lang.h"

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

void BindErrors(py::module_& m);
void BindText(py::module_& m);
void BindGlossary(py::module_& m);
void BindAlign(py::module_& m);
void BindCorpora(py::module_& m);
void BindBatch(py::module_& m);

}  // namespace kobi::python
