// Python bindings of kobi::corpora: Pair, read_pairs/write_pairs (streaming, every format,
// .gz/.zst), CleanOptions, Cleaner over an iterable of pairs, build_corpus.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "bindings.h"
#include "glossary_handle.h"
#include "kobi/core/error.h"
#include "kobi/core/legacy_encoding.h"
#include "kobi/corpora/cleaner.h"
#include "kobi/corpora/corpus_builder.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/filter_stream.h"
#include "kobi/corpora/formats.h"
#include "kobi/corpora/pair.h"
#include "kobi/glossary/formats.h"
#include "kobi/glossary/glossary.h"

namespace kobi::python {
namespace {

std::optional<corpora::Format> FormatArg(const py::object& format) {
  if (format.is_none()) return std::nullopt;
  std::string name = format.cast<std::string>();
  auto f = corpora::ParseFormat(name);
  if (!f) throw kobi::UsageError("unknown format '" + name + "' (tsv, jsonl, tmx or moses)");
  return f;
}

// A kobi.Pair, or a sequence (en, ko, *extra).
corpora::Pair ToPair(const py::handle& item, std::uint64_t index) {
  if (py::isinstance<corpora::Pair>(item)) return item.cast<corpora::Pair>();
  if (py::isinstance<py::str>(item) || !py::isinstance<py::sequence>(item)) {
    throw kobi::UsageError("pair " + std::to_string(index) +
                           ": expected kobi.Pair or a sequence (en, ko, *extra)");
  }
  py::sequence seq = py::reinterpret_borrow<py::sequence>(item);
  if (seq.size() < 2) {
    throw kobi::UsageError("pair " + std::to_string(index) + ": needs at least en and ko");
  }
  corpora::Pair p;
  p.en = seq[0].cast<std::string>();
  p.ko = seq[1].cast<std::string>();
  for (std::size_t i = 2; i < seq.size(); ++i) p.extra.push_back(seq[i].cast<std::string>());
  p.line = index;
  return p;
}

class PairIterator {
 public:
  explicit PairIterator(std::unique_ptr<corpora::PairReader> reader) : reader_(std::move(reader)) {}
  corpora::Pair Next() {
    corpora::Pair p;
    bool more;
    {
      py::gil_scoped_release release;
      more = reader_ && reader_->Next(p);
    }
    if (!more) throw py::stop_iteration();
    return p;
  }
  const corpora::PairReader& reader() const { return *reader_; }

 private:
  std::unique_ptr<corpora::PairReader> reader_;
};

// The library's PairCleaner (the rules, then in input order duplicates and counts, as
// `kobi clean`), with the GIL released while the rules run.
class PyCleaner {
 public:
  explicit PyCleaner(const corpora::CleanOptions& options) : cleaner_(options) {}
  corpora::Verdict Check(const std::string& en, const std::string& ko) {
    corpora::Verdict v;
    {
      py::gil_scoped_release release;
      v = cleaner_.Check(en, ko);
    }
    cleaner_.Finish(v);
    return v;
  }
  const corpora::CleanStats& stats() const { return cleaner_.stats(); }

 private:
  corpora::PairCleaner cleaner_;
};

// Iterates a Python iterable of pairs through a PyCleaner: kept pairs (annotate=False) or
// every pair with its rule (annotate=True).
class CleanIterator {
 public:
  CleanIterator(std::shared_ptr<PyCleaner> cleaner, py::iterator source, bool annotate)
      : cleaner_(std::move(cleaner)), source_(std::move(source)), annotate_(annotate) {}
  py::object Next() {
    while (source_ != py::iterator::sentinel()) {
      corpora::Pair p = ToPair(*source_, ++index_);
      ++source_;
      corpora::Verdict v = cleaner_->Check(p.en, p.ko);
      if (!v.keep() && !annotate_) continue;
      // annotate shows the pair as read (as `kobi clean --annotate`); clean yields it repaired.
      if (annotate_) return py::make_tuple(p, std::string(v.rule));
      p.en = std::move(v.en);
      p.ko = std::move(v.ko);
      return py::cast(p);
    }
    throw py::stop_iteration();
  }

 private:
  std::shared_ptr<PyCleaner> cleaner_;
  py::iterator source_;
  bool annotate_;
  std::uint64_t index_ = 0;
};

}  // namespace

CorpusSetup MakeCorpusSetup(std::string_view what, unsigned threads, const py::object& clean,
                            bool skip_bad, bool repair, bool keep_unrelated, bool corpus_lexicon,
                            const std::string& encoding, const py::object& glossary,
                            bool no_default, const py::object& dictionary) {
  CorpusSetup s;
  corpora::CorpusOptions& o = s.options;
  if (!clean.is_none()) o.clean = clean.cast<corpora::CleanOptions>();
  o.threads = threads;
  o.progress = false;
  o.skip_bad = skip_bad;
  o.repair = repair;
  o.keep_unrelated = keep_unrelated;
  o.corpus_lexicon = corpus_lexicon;
  o.encoding = CanonicalEncodingName(encoding);  // UsageError for an unknown one
  o.version = KOBI_VERSION;
  s.resources = ResourcesArg(what, glossary, no_default, dictionary);
  o.clean.use_glossary = s.resources.use_glossary;
  o.clean.glossary = s.resources.glossary_ptr();
  o.clean.dictionary = s.resources.dictionary_ptr();
  return s;
}

void BindCorpora(py::module_& m) {
  py::class_<corpora::Pair>(m, "Pair", "A sentence pair: en, ko, extra columns, input line.")
      .def(py::init([](std::string en, std::string ko, std::vector<std::string> extra,
                       std::uint64_t line) {
             return corpora::Pair{std::move(en), std::move(ko), std::move(extra), line};
           }),
           py::arg("en"), py::arg("ko"), py::arg("extra") = std::vector<std::string>{},
           py::arg("line") = 0)
      .def_readwrite("en", &corpora::Pair::en)
      .def_readwrite("ko", &corpora::Pair::ko)
      .def_readwrite("extra", &corpora::Pair::extra)
      .def_readwrite("line", &corpora::Pair::line, "1-based input line (0 if unknown).")
      .def("__eq__",
           [](const corpora::Pair& a, const corpora::Pair& b) {
             return a.en == b.en && a.ko == b.ko && a.extra == b.extra;
           })
      .def("__repr__", [](const corpora::Pair& p) {
        return "Pair(" + py::repr(py::str(p.en)).cast<std::string>() + ", " +
               py::repr(py::str(p.ko)).cast<std::string>() + ")";
      });

  py::class_<PairIterator>(m, "PairReader", "Streaming iterator over the pairs of a corpus file.")
      .def(
          "__iter__", [](PairIterator& it) -> PairIterator& { return it; },
          py::return_value_policy::reference_internal)
      .def("__next__", &PairIterator::Next)
      .def_property_readonly(
          "skipped", [](const PairIterator& it) { return it.reader().skipped(); },
          "Rows skipped as bad (skip_bad=True).")
      .def_property_readonly(
          "repaired", [](const PairIterator& it) { return it.reader().repaired(); },
          "Invalid UTF-8 sequences replaced (repair_utf8=True).");

  m.def(
      "read_pairs",
      [](const py::object& path, const py::object& format, bool skip_bad, bool repair_utf8) {
        corpora::ReaderOptions o;
        o.format = FormatArg(format);
        o.skip_bad = skip_bad;
        o.repair_utf8 = repair_utf8;
        std::string p = PathArg(path);
        py::gil_scoped_release release;
        return PairIterator(corpora::OpenPairReader(p, o));
      },
      py::arg("path"), py::arg("format") = py::none(), py::kw_only(), py::arg("skip_bad") = false,
      py::arg("repair_utf8") = false,
      "Streams the pairs of a TSV, JSONL, TMX or Moses corpus (format from the extension, else\n"
      "sniffed; .gz/.zst transparent). A bad row raises kobi.InputError (file, line) unless\n"
      "skip_bad=True.");

  m.def(
      "write_pairs",
      [](const py::object& path, const py::iterable& pairs, const py::object& format,
         bool tsv_header, std::vector<std::string> extra_names) {
        std::string p = PathArg(path);
        corpora::WriterOptions o;
        auto f = FormatArg(format);
        if (!f) f = corpora::FormatFromPath(p);
        o.format = f.value_or(corpora::Format::kTsv);
        o.tsv_header = tsv_header;
        o.extra_names = std::move(extra_names);
        o.input_name = "pairs";
        auto writer = corpora::OpenPairWriter(p, o);
        std::uint64_t n = 0;
        try {
          for (const auto& item : pairs) {
            corpora::Pair pair = ToPair(item, n + 1);
            if (pair.line == 0) pair.line = n + 1;
            writer->Write(pair);
            ++n;
          }
          writer->Close();
        } catch (...) {
          // Nothing half-written: drop the partial output before re-raising.
          writer.reset();
          if (p != "-") {
            std::error_code ec;
            if (o.format == corpora::Format::kMoses) {
              auto mp = corpora::ResolveMosesPaths(p);
              std::filesystem::remove(mp.en, ec);
              std::filesystem::remove(mp.ko, ec);
            } else {
              std::filesystem::remove(p, ec);
            }
          }
          throw;
        }
        return n;
      },
      py::arg("path"), py::arg("pairs"), py::arg("format") = py::none(), py::kw_only(),
      py::arg("tsv_header") = false, py::arg("extra_names") = std::vector<std::string>{},
      "Writes pairs (kobi.Pair or (en, ko, *extra) tuples) to path, streaming; format from the\n"
      "extension (.tsv .jsonl .tmx, then .gz/.zst) unless given; 'moses' writes PATH.en and\n"
      "PATH.ko. Returns the number written. On error the partial output is removed.");

  py::class_<corpora::CleanOptions>(m, "CleanOptions", "Cleaning thresholds (kobi clean).")
      .def(py::init([](bool repair_mojibake, std::size_t min_en_words, std::size_t min_ko_chars,
                       std::size_t max_chars, std::size_t max_en_words, double max_length_ratio,
                       std::size_t length_slack, double min_adequacy,
                       std::vector<std::string> disabled) {
             for (const auto& rule : disabled) {
               if (!corpora::IsCleanRule(rule)) {
                 throw kobi::UsageError("CleanOptions: unknown rule '" + rule + "'");
               }
             }
             corpora::CleanOptions o;
             o.repair_mojibake = repair_mojibake;
             o.min_en_words = min_en_words;
             o.min_ko_chars = min_ko_chars;
             o.max_chars = max_chars;
             o.max_en_words = max_en_words;
             o.max_length_ratio = max_length_ratio;
             o.length_slack = length_slack;
             o.min_adequacy = min_adequacy;
             o.disabled = std::move(disabled);
             return o;
           }),
           py::kw_only(), py::arg("repair_mojibake") = true, py::arg("min_en_words") = 2,
           py::arg("min_ko_chars") = 2, py::arg("max_chars") = 1000, py::arg("max_en_words") = 200,
           py::arg("max_length_ratio") = 2.0, py::arg("length_slack") = 15,
           py::arg("min_adequacy") = 0.1, py::arg("disabled") = std::vector<std::string>{})
      .def_readwrite("min_adequacy", &corpora::CleanOptions::min_adequacy)
      .def_readwrite("max_length_ratio", &corpora::CleanOptions::max_length_ratio)
      .def_readwrite("disabled", &corpora::CleanOptions::disabled);

  py::class_<corpora::Verdict>(m, "Verdict", "The decision on one pair.")
      .def_property_readonly(
          "rule", [](const corpora::Verdict& v) { return std::string(v.rule); },
          "'keep' or the name of the rule that rejected the pair.")
      .def_property_readonly("keep", &corpora::Verdict::keep)
      .def_readonly("repaired", &corpora::Verdict::repaired)
      .def_readonly("en", &corpora::Verdict::en, "English after mojibake repair.")
      .def_readonly("ko", &corpora::Verdict::ko, "Korean after mojibake repair.")
      .def_readonly("adequacy", &corpora::Verdict::adequacy, "Pair score, or -1 if not computed.");

  py::class_<CleanIterator>(m, "CleanIterator")
      .def(
          "__iter__", [](CleanIterator& it) -> CleanIterator& { return it; },
          py::return_value_policy::reference_internal)
      .def("__next__", &CleanIterator::Next);

  py::class_<PyCleaner, std::shared_ptr<PyCleaner>>(
      m, "Cleaner",
      "EN-KO aware filter of `kobi clean`: rules, mojibake repair and, in input order, duplicate\n"
      "removal (unless 'duplicate' is disabled). Counts accumulate over every call.")
      .def(py::init([](const py::object& options) {
             return std::make_shared<PyCleaner>(options.is_none()
                                                    ? corpora::CleanOptions{}
                                                    : options.cast<corpora::CleanOptions>());
           }),
           py::arg("options") = py::none())
      .def("check", &PyCleaner::Check, py::arg("en"), py::arg("ko"),
           "Decides one pair (duplicates are checked against the pairs seen before).")
      .def(
          "clean",
          [](std::shared_ptr<PyCleaner> self, const py::iterable& pairs) {
            return CleanIterator(std::move(self), py::iter(pairs), false);
          },
          py::arg("pairs"), "Iterates the kept pairs (repaired texts) of an iterable of pairs.")
      .def(
          "annotate",
          [](std::shared_ptr<PyCleaner> self, const py::iterable& pairs) {
            return CleanIterator(std::move(self), py::iter(pairs), true);
          },
          py::arg("pairs"),
          "Iterates (pair as read, rule) for every pair; rule is 'keep' or a rule name.")
      .def_property_readonly("total", [](const PyCleaner& c) { return c.stats().total(); })
      .def_property_readonly("kept", [](const PyCleaner& c) { return c.stats().kept(); })
      .def(
          "dropped",
          [](const PyCleaner& c, const std::string& rule) { return c.stats().dropped(rule); },
          py::arg("rule"))
      .def(
          "summary", [](const PyCleaner& c) { return c.stats().Summary(); },
          "The summary line `kobi clean` prints on stderr.");

  py::class_<corpora::CleanFileResult>(m, "CleanResult", "What clean_file did.")
      .def_property_readonly("total",
                             [](const corpora::CleanFileResult& r) { return r.stats.total(); })
      .def_property_readonly("kept",
                             [](const corpora::CleanFileResult& r) { return r.stats.kept(); })
      .def(
          "dropped",
          [](const corpora::CleanFileResult& r, const std::string& rule) {
            return r.stats.dropped(rule);
          },
          py::arg("rule"))
      .def_readonly("skipped", &corpora::CleanFileResult::skipped, "Bad rows skipped (skip_bad).")
      .def_readonly("skip_examples", &corpora::CleanFileResult::skip_examples)
      .def(
          "summary", [](const corpora::CleanFileResult& r) { return r.stats.Summary(); },
          "The summary line `kobi clean` prints on stderr.");

  m.def(
      "clean_file",
      [](const py::object& input, const py::object& output, const py::object& clean,
         const py::object& format, bool skip_bad, std::size_t scol, std::size_t tcol, bool annotate,
         bool score_column, bool hash_column, unsigned threads, const py::object& glossary,
         bool no_default, const py::object& dictionary) {
        corpora::CleanFileOptions o;
        if (!clean.is_none()) o.stream.clean = clean.cast<corpora::CleanOptions>();
        align::AlignResources resources =
            ResourcesArg("clean_file", glossary, no_default, dictionary);
        o.stream.clean.use_glossary = resources.use_glossary;
        o.stream.clean.glossary = resources.glossary_ptr();
        o.stream.clean.dictionary = resources.dictionary_ptr();
        if (!format.is_none()) {
          const std::string name = format.cast<std::string>();
          auto f = corpora::ParseFormat(name);
          if (!f) throw kobi::UsageError("clean_file: unknown format '" + name + "'");
          o.reader.format = *f;
        }
        if (scol == 0 || tcol == 0 || scol == tcol) {
          throw kobi::UsageError("clean_file: scol and tcol must be two different columns (>= 1)");
        }
        o.reader.skip_bad = skip_bad;
        o.reader.en_column = scol;
        o.reader.ko_column = tcol;
        o.stream.rows.annotate = annotate;
        o.stream.rows.score_column = score_column;
        o.stream.rows.hash_column = hash_column;
        o.stream.threads = threads;
        const std::string in = PathArg(input), out = PathArg(output);
        py::gil_scoped_release release;
        return corpora::CleanFile(in, out, o);
      },
      py::arg("input"), py::arg("output"), py::kw_only(), py::arg("clean") = py::none(),
      py::arg("format") = py::none(), py::arg("skip_bad") = false, py::arg("scol") = 1,
      py::arg("tcol") = 2, py::arg("annotate") = false, py::arg("score_column") = false,
      py::arg("hash_column") = false, py::arg("threads") = 0, py::arg("glossary") = py::none(),
      py::arg("no_default") = false, py::arg("dictionary") = py::none(),
      "`kobi clean INPUT -o OUTPUT` (the same library call, corpora::CleanFile): reads pairs\n"
      "(format detected unless given; scol/tcol as --scol/--tcol), writes the kept pairs (or,\n"
      "annotate=True, every pair with its rule) as TSV in the input's column layout, with\n"
      "optional score and hash columns. clean: a kobi.CleanOptions (--no-dedup: disable\n"
      "'duplicate'); glossary, no_default, dictionary as build_corpus takes them. Returns a\n"
      "CleanResult (counts, summary()). Releases the GIL.");

  py::class_<corpora::CorpusReport>(
      m, "CorpusReport",
      "What build_corpus did: the contents of report.json (documents in manifest order, totals).")
      .def_property_readonly("documents",
                             [](const corpora::CorpusReport& r) { return r.totals.documents; })
      .def_property_readonly(
          "documents_skipped",
          [](const corpora::CorpusReport& r) { return r.totals.documents_skipped; })
      .def_property_readonly(
          "documents_unrelated",
          [](const corpora::CorpusReport& r) { return r.totals.documents_unrelated; })
      .def_property_readonly("beads", [](const corpora::CorpusReport& r) { return r.totals.beads; })
      .def_property_readonly(
          "unaligned_beads",
          [](const corpora::CorpusReport& r) { return r.totals.unaligned_beads; })
      .def_property_readonly(
          "pairs", [](const corpora::CorpusReport& r) { return r.totals.candidates; },
          "Candidate pairs (beads with both sides).")
      .def_property_readonly("kept", [](const corpora::CorpusReport& r) { return r.totals.kept; })
      .def_property_readonly(
          "corpus_duplicates",
          [](const corpora::CorpusReport& r) { return r.totals.corpus_duplicates; },
          "Pairs dropped because an earlier document (manifest order) already gave them.")
      .def(
          "dropped",
          [](const corpora::CorpusReport& r, const std::string& rule) -> std::uint64_t {
            auto it = r.totals.dropped.find(rule);
            return it == r.totals.dropped.end() ? 0 : it->second;
          },
          py::arg("rule"))
      .def_property_readonly(
          "warnings",
          [](const corpora::CorpusReport& r) {
            std::vector<std::string> out;
            for (const auto& d : r.documents) {
              for (const auto& w : d.warnings) out.push_back(d.en + " / " + d.ko + ": " + w);
            }
            return out;
          },
          "Aligner warnings, each prefixed with its document pair.")
      .def_property_readonly(
          "verdicts",
          [](const corpora::CorpusReport& r) {
            std::vector<std::tuple<std::string, std::string, std::string>> out;
            for (const auto& d : r.documents) out.emplace_back(d.en, d.ko, d.verdict);
            return out;
          },
          "(en, ko, verdict) per document pair, in manifest order: ok, unrelated or skipped.")
      .def("to_json", &corpora::CorpusReport::ToJson, "report.json")
      .def("to_markdown", &corpora::CorpusReport::ToMarkdown, "report.md")
      .def("to_text", &corpora::CorpusReport::ToText, "report.txt");

  m.def(
      "build_corpus",
      [](const py::object& manifest, const py::object& out_dir, unsigned threads,
         const py::object& clean, bool skip_bad, bool repair, bool keep_unrelated,
         bool corpus_lexicon, const std::string& encoding, const py::object& glossary,
         bool no_default, const py::object& dictionary, bool progress) {
        CorpusSetup s =
            MakeCorpusSetup("build_corpus", threads, clean, skip_bad, repair, keep_unrelated,
                            corpus_lexicon, encoding, glossary, no_default, dictionary);
        s.options.progress = progress;
        std::string mp = PathArg(manifest), od = PathArg(out_dir);
        py::gil_scoped_release release;
        return corpora::BuildCorpus(mp, od, s.options);
      },
      py::arg("manifest"), py::arg("out_dir"), KOBI_CORPUS_KWARGS, py::arg("progress") = false,
      "`kobi corpus build`: segments, aligns, cleans and dedups the document pairs of a\n"
      "manifest (en_path<TAB>ko_path a line) into out_dir (corpus.tsv, .en/.ko, .tmx, report).\n"
      "threads=0: all cores (the CLI's default). skip_bad/repair/keep_unrelated/corpus_lexicon\n"
      "are the CLI's --skip-bad, --repair, --keep-unrelated and the default corpus lexicon\n"
      "(--no-corpus-lexicon = False); encoding is --encoding (utf-8, cp949, euc-kr).\n"
      "glossary: None (bundled), False (--no-glossary), a kobi.Glossary, or glossary file path(s)\n"
      "merged over the bundled one (-g), with no_default=True instead of it (--no-default).\n"
      "dictionary: a path or a kobi.Dictionary (--dictionary). Releases the GIL.");

  m.def(
      "merge_corpus_parts",
      [](const std::vector<py::object>& parts, const py::object& out_dir) {
        std::vector<std::string> dirs;
        for (const auto& p : parts) dirs.push_back(PathArg(p));
        std::string od = PathArg(out_dir);
        py::gil_scoped_release release;
        return corpora::MergeCorpusParts(dirs, od);
      },
      py::arg("parts"), py::arg("out_dir"),
      "Merges the output folders of consecutive parts of one manifest (each from build_corpus),\n"
      "in order, into out_dir as if the whole manifest had been built at once (pairs an earlier\n"
      "part already gave are dropped; reports merged). Parts built with corpus_lexicon=True learn\n"
      "their lexicon from their own documents, so their scores can differ from one whole build.");
}

}  // namespace kobi::python
