// Python bindings of kobi::tokenize and kobi::romanize: segment, split, tokenize, detokenize,
// normalize, romanize. Per-line behaviour and defaults follow the CLI commands.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <string_view>
#include <vector>

#include "bindings.h"
#include "kobi/core/error.h"
#include "kobi/core/lang.h"
#include "kobi/romanize/romanization_key.h"
#include "kobi/romanize/romanizer.h"
#include "kobi/tokenize/detokenizer.h"
#include "kobi/tokenize/normalizer.h"
#include "kobi/tokenize/page_segmenter.h"
#include "kobi/tokenize/pipeline.h"
#include "kobi/tokenize/sentence_splitter.h"
#include "kobi/tokenize/tokenizer.h"

namespace kobi::python {
namespace {

// A piece of a text with its offsets in code points (Python indices) and in UTF-8 bytes.
struct TextSpan {
  std::string text;
  std::size_t start = 0, end = 0;            // code points
  std::size_t byte_start = 0, byte_end = 0;  // UTF-8 bytes
};

struct PySegment : TextSpan {
  std::string zone;
  std::string lang;
};

// `auto` as the CLI resolves it for split: the guess for the text, whatever it is.
kobi::Lang SplitLang(std::string_view flag, std::string_view text) {
  kobi::Lang lang = ParseLangArg(flag, "lang", true);
  return lang == kobi::Lang::kOther ? kobi::GuessLang(text) : lang;
}

// `auto` as tokenize/detokenize resolve it: Korean if the text guesses Korean, else English.
kobi::Lang TokenLang(std::string_view flag, std::string_view text) {
  return tokenize::TokenizeLang(ParseLangArg(flag, "lang", true), text);
}

std::vector<TextSpan> SplitSpans(const std::string& text, const std::string& lang) {
  std::vector<TextSpan> out;
  CodePoints cp(text);
  for (const kobi::Span& s : tokenize::SplitSentences(text, SplitLang(lang, text))) {
    out.push_back({std::string(s.In(text)), cp(s.begin), cp(s.end), s.begin, s.end});
  }
  return out;
}

template <typename F>
std::string PerLine(const std::string& text, F f) {
  std::string out;
  std::size_t begin = 0;
  while (true) {
    std::size_t nl = text.find('\n', begin);
    out += f(std::string_view(text).substr(begin, nl == std::string::npos ? nl : nl - begin));
    if (nl == std::string::npos) break;
    out += '\n';
    begin = nl + 1;
  }
  return out;
}

}  // namespace

void BindText(py::module_& m) {
  py::class_<TextSpan>(m, "Span", "A piece of text with code point and byte offsets.")
      .def_readonly("text", &TextSpan::text)
      .def_readonly("start", &TextSpan::start, "Start, as a Python string index (code points).")
      .def_readonly("end", &TextSpan::end, "End (exclusive), as a Python string index.")
      .def_readonly("byte_start", &TextSpan::byte_start, "Start in the UTF-8 encoding.")
      .def_readonly("byte_end", &TextSpan::byte_end, "End (exclusive) in the UTF-8 encoding.")
      .def("__repr__", [](const TextSpan& s) {
        return "Span(" + std::to_string(s.start) + ", " + std::to_string(s.end) + ", " +
               py::repr(py::str(s.text)).cast<std::string>() + ")";
      });
  py::class_<PySegment, TextSpan>(m, "Segment", "A zone of a page (see kobi.segment).")
      .def_readonly("zone", &PySegment::zone,
                    "headline, byline, dateline, body, credit, caption or boilerplate.")
      .def_readonly("lang", &PySegment::lang, "en, ko, mixed or other (guess for this text).")
      .def("__repr__", [](const PySegment& s) {
        return "Segment(" + s.zone + ", " + s.lang + ", " + std::to_string(s.start) + ", " +
               std::to_string(s.end) + ", " + py::repr(py::str(s.text)).cast<std::string>() + ")";
      });

  m.def(
      "segment",
      [](const std::string& page, const std::string& lang) {
        tokenize::SegmentOptions options;
        if (lang != "auto") options.page_lang = ParseLangArg(lang, "lang", false);
        std::vector<PySegment> out;
        {
          py::gil_scoped_release release;
          CodePoints cp(page);
          for (const auto& s : tokenize::SegmentPage(page, options)) {
            PySegment seg;
            seg.text = s.text;
            seg.start = cp(s.span.begin);
            seg.end = cp(s.span.end);
            seg.byte_start = s.span.begin;
            seg.byte_end = s.span.end;
            seg.zone = std::string(tokenize::ZoneName(s.zone));
            seg.lang = std::string(kobi::LangName(s.lang));
            out.push_back(std::move(seg));
          }
        }
        return out;
      },
      py::arg("page"), py::arg("lang") = "auto",
      "Segments a scraped news page into zones (headline, byline, dateline, body sentences,\n"
      "credit, caption, boilerplate), in document order, like `kobi segment`.\n"
      "lang: the page's language, 'en', 'ko' or 'auto' (detect from its letters).");

  m.def(
      "split",
      [](const std::string& text, const std::string& lang) {
        py::gil_scoped_release release;
        std::vector<std::string> out;
        for (const kobi::Span& s : tokenize::SplitSentences(text, SplitLang(lang, text))) {
          out.emplace_back(s.In(text));
        }
        return out;
      },
      py::arg("text"), py::arg("lang") = "auto",
      "Sentences of text, trimmed, in order. A single line break is a space (wrapped text), a\n"
      "blank line ends a paragraph; `kobi split` treats each input line as one text.\n"
      "lang: 'en', 'ko' or 'auto' (default, as the CLI: guess from the text).");
  m.def(
      "split_spans",
      [](const std::string& text, const std::string& lang) {
        py::gil_scoped_release release;
        return SplitSpans(text, lang);
      },
      py::arg("text"), py::arg("lang") = "auto",
      "Like split, with each sentence's offsets (code points and bytes) into text.");

  m.def(
      "tokenize",
      [](const std::string& text, const std::string& lang, bool escape, bool aggressive,
         bool split_particles, bool reversible, bool nfc, bool fold_width, bool unify_quotes) {
        if (reversible && (!escape || fold_width || unify_quotes)) {
          throw kobi::UsageError(
              "tokenize: reversible cannot be combined with escape=False, fold_width or "
              "unify_quotes (it keeps the input bytes exactly)");
        }
        // The `kobi tokenize` pipeline (kobi/tokenize/pipeline.h): NFC (and the optional
        // foldings) unless reversible, then the tokens.
        tokenize::TokenizePipelineOptions options;
        options.lang = ParseLangArg(lang, "lang", true);  // auto: kOther, guessed per text
        options.normalize = {.nfc = nfc, .fold_width = fold_width, .unify_quotes = unify_quotes};
        options.tokenize.escape = escape;
        options.tokenize.aggressive = aggressive;
        options.tokenize.split_particles = split_particles;
        options.tokenize.reversible = reversible;
        py::gil_scoped_release release;
        // The printed line split at its spaces: tokens never contain a space (whitespace inside
        // reversible tokens is escaped), and the joiner marks of reversible mode are kept.
        std::string line = tokenize::TokenizePipeline(text, options);
        std::vector<std::string> out;
        for (std::size_t begin = 0; begin < line.size();) {
          std::size_t space = line.find(' ', begin);
          if (space == std::string::npos) space = line.size();
          out.emplace_back(line, begin, space - begin);
          begin = space + 1;
        }
        return out;
      },
      py::arg("text"), py::arg("lang") = "auto", py::kw_only(), py::arg("escape") = true,
      py::arg("aggressive") = false, py::arg("split_particles") = false,
      py::arg("reversible") = false, py::arg("nfc") = true, py::arg("fold_width") = false,
      py::arg("unify_quotes") = false,
      "Moses-compatible tokens of one line of text, as `kobi tokenize` writes them\n"
      "(' '.join(tokens) is the CLI's output line). Text is NFC-normalised first unless\n"
      "nfc=False or reversible=True.");

  m.def(
      "detokenize",
      [](const py::object& tokens, const std::string& lang, bool reversible) {
        std::string line;
        if (py::isinstance<py::str>(tokens)) {
          line = tokens.cast<std::string>();
        } else {
          for (const auto& t : tokens) {
            if (!line.empty()) line += ' ';
            line += t.cast<std::string>();
          }
        }
        py::gil_scoped_release release;
        if (reversible) return tokenize::DetokenizeReversible(line).Take("<tokens>", 1);
        return tokenize::DetokenizeLine(line, TokenLang(lang, line));
      },
      py::arg("tokens"), py::arg("lang") = "auto", py::kw_only(), py::arg("reversible") = false,
      "Inverse of tokenize: tokens is a list of tokens or one space-separated line.");

  m.def(
      "normalize",
      [](const std::string& text, bool fold_width, bool unify_quotes) {
        py::gil_scoped_release release;
        return tokenize::NormalizeString(
            text, {.nfc = true, .fold_width = fold_width, .unify_quotes = unify_quotes});
      },
      py::arg("text"), py::kw_only(), py::arg("fold_width") = false,
      py::arg("unify_quotes") = false,
      "NFC (never NFKC); fold_width maps full-width ASCII to ASCII, unify_quotes curly quotes\n"
      "to straight ones.");

  m.def(
      "romanize",
      [](const std::string& text, const std::string& system, bool name, bool place, bool strict,
         bool hyphen, bool name_hyphen, bool omit_unit, bool capitalize) {
        auto sys = romanize::ParseSystem(system);
        if (!sys) throw kobi::UsageError("romanize: unknown system '" + system + "'");
        if (name && place) throw kobi::UsageError("romanize: name and place exclude each other");
        if (strict && !name) throw kobi::UsageError("romanize: strict needs name=True");
        romanize::RomanizeOptions o;
        o.system = *sys;
        o.name = name;
        o.place = place;
        o.strict_names = strict;
        o.hyphenate_ambiguous = hyphen;
        o.hyphenate_given_name = name_hyphen;
        o.omit_unit = omit_unit;
        o.capitalize = capitalize;
        py::gil_scoped_release release;
        return PerLine(text, [&](std::string_view line) { return romanize::Romanize(line, o); });
      },
      py::arg("text"), py::arg("system") = "rr", py::kw_only(), py::arg("name") = false,
      py::arg("place") = false, py::arg("strict") = false, py::arg("hyphen") = false,
      py::arg("name_hyphen") = true, py::arg("omit_unit") = false, py::arg("capitalize") = false,
      "Romanizes the Hangul in text, line by line like `kobi romanize`; everything else passes\n"
      "through. system: 'rr' (Revised Romanization), 'translit', 'mr' or 'mr-ascii'.");
  m.def(
      "romanization_key",
      [](const std::string& text) {
        py::gil_scoped_release release;
        return PerLine(text, [](std::string_view line) { return romanize::RomanizationKey(line); });
      },
      py::arg("text"),
      "The phonetic key that groups spellings of one name (`kobi romanize --key`).");
}

}  // namespace kobi::python
