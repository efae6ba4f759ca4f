// The Python module kobi._kobi: error classes and translation, shared helpers, and the module
// definition. The pure-Python package kobi/__init__.py re-exports everything.
#include <Python.h>
#include <pybind11/pybind11.h>

#include <exception>
#include <string>

#include "bindings.h"
#include "kobi/core/error.h"

namespace kobi::python {

namespace {

// Exception classes, created once at import and kept for the life of the process.
PyObject* g_error = nullptr;
PyObject* g_input_error = nullptr;
PyObject* g_usage_error = nullptr;
PyObject* g_io_error = nullptr;

PyObject* NewClass(py::module_& m, const char* name, py::tuple bases, const char* doc) {
  std::string qualified = std::string("kobi.") + name;
  PyObject* cls = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
  if (cls == nullptr) throw py::error_already_set();
  m.add_object(name, py::handle(cls));  // the module keeps a reference
  return cls;
}

void Raise(PyObject* cls, const kobi::Error& e) {
  py::object exc = py::reinterpret_borrow<py::object>(cls)(e.what());
  PyErr_SetObject(cls, exc.ptr());
}

}  // namespace

void BindErrors(py::module_& m) {
  g_error = NewClass(m, "Error", py::make_tuple(py::handle(PyExc_Exception)),
                     "Base of kobi's errors (kobi::Error).");
  g_input_error = NewClass(
      m, "InputError", py::make_tuple(py::handle(g_error), py::handle(PyExc_ValueError)),
      "Bad input data at a known place: attributes file, line (1-based, 0 = whole file), detail.");
  g_usage_error =
      NewClass(m, "UsageError", py::make_tuple(py::handle(g_error), py::handle(PyExc_ValueError)),
               "A bad argument (the CLI's exit code 2).");
  g_io_error =
      NewClass(m, "IoError", py::make_tuple(py::handle(g_error), py::handle(PyExc_OSError)),
               "A file could not be opened, read or written.");
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const kobi::InputError& e) {
      py::object exc = py::reinterpret_borrow<py::object>(g_input_error)(e.what());
      exc.attr("file") = e.file();
      exc.attr("line") = e.line();
      exc.attr("detail") = e.detail();
      PyErr_SetObject(g_input_error, exc.ptr());
    } catch (const kobi::UsageError& e) {
      Raise(g_usage_error, e);
    } catch (const kobi::IoError& e) {
      Raise(g_io_error, e);
    } catch (const kobi::Error& e) {
      Raise(g_error, e);
    }
  });
}

kobi::Lang ParseLangArg(std::string_view value, std::string_view arg, bool allow_auto) {
  if (value == "en") return kobi::Lang::kEn;
  if (value == "ko") return kobi::Lang::kKo;
  if (allow_auto && value == "auto") return kobi::Lang::kOther;
  throw kobi::UsageError(std::string(arg) + " must be 'en', 'ko'" +
                         (allow_auto ? " or 'auto'" : "") + ", not '" + std::string(value) + "'");
}

std::size_t CodePoints::operator()(std::size_t byte) {
  if (byte < byte_) byte_ = cp_ = 0;
  for (; byte_ < byte && byte_ < text_.size(); ++byte_) {
    if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++cp_;
  }
  return cp_;
}

std::string PathArg(const py::handle& path) {
  return py::str(py::module_::import("os").attr("fspath")(path)).cast<std::string>();
}

std::vector<std::string> PathsArg(const py::object& paths) {
  std::vector<std::string> out;
  if (paths.is_none()) return out;
  if (py::isinstance<py::str>(paths) || py::hasattr(paths, "__fspath__")) {
    out.push_back(PathArg(paths));
    return out;
  }
  for (const auto& p : paths) out.push_back(PathArg(p));
  return out;
}

align::AlignResources ResourcesArg(std::string_view what, const py::object& glossary,
                                   bool no_default, const py::object& dictionary, bool matcher) {
  const std::string name(what);
  align::AlignResourceOptions options;
  std::shared_ptr<GlossaryHandle> glossary_object;
  std::shared_ptr<align::Dictionary> dictionary_object;
  if (py::isinstance<py::bool_>(glossary)) {
    if (glossary.cast<bool>())
      throw kobi::UsageError(name + ": glossary=True: use None (the bundled glossary)");
    if (no_default) {
      throw kobi::UsageError(name +
                             ": glossary=False (no glossary) cannot be combined with no_default");
    }
    options.use_glossary = false;
  } else if (py::isinstance<GlossaryHandle>(glossary)) {
    if (no_default) {
      throw kobi::UsageError(name + ": no_default applies to glossary files, not a kobi.Glossary");
    }
    glossary_object = glossary.cast<std::shared_ptr<GlossaryHandle>>();
  } else if (!glossary.is_none() || no_default) {
    options.glossary_files = PathsArg(glossary);
    if (options.glossary_files.empty()) {
      throw kobi::UsageError(
          name + ": no_default needs at least one glossary file (or use glossary=False)");
    }
    options.bundled_glossary = !no_default;
  }
  if (py::isinstance<align::Dictionary>(dictionary)) {
    dictionary_object = dictionary.cast<std::shared_ptr<align::Dictionary>>();
  } else if (!dictionary.is_none()) {
    options.dictionary = PathArg(dictionary);
  }
  align::AlignResources r;
  {
    py::gil_scoped_release release;
    r = align::LoadAlignResources(options);
    if (glossary_object) {  // shares the kobi.Glossary's glossary (and matcher)
      r.glossary =
          std::shared_ptr<const glossary::Glossary>(glossary_object, &glossary_object->glossary());
      if (matcher) {
        r.matcher =
            std::shared_ptr<const glossary::Matcher>(glossary_object, &glossary_object->matcher());
      }
    }
    if (dictionary_object) r.dictionary = dictionary_object;
  }
  for (const auto& w : r.warnings) {  // as the CLI's "warning:" lines on stderr
    if (PyErr_WarnEx(PyExc_UserWarning, (name + ": " + w).c_str(), 1) < 0) {
      throw py::error_already_set();
    }
  }
  return r;
}

}  // namespace kobi::python

PYBIND11_MODULE(_kobi, m) {
  m.doc() = "kobi: English-Korean bitext toolkit (C++ core). Use the package `kobi`.";
  m.attr("__version__") = KOBI_VERSION;
  kobi::python::BindErrors(m);
  kobi::python::BindText(m);
  kobi::python::BindGlossary(m);
  kobi::python::BindAlign(m);
  kobi::python::BindCorpora(m);
  kobi::python::BindBatch(m);
}
