// Python bindings of kobi::align: align (raw pages), align_sentences, score_pair, Dictionary.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "bindings.h"
#include "glossary_handle.h"
#include "kobi/align/aligner.h"
#include "kobi/align/batch.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/doc_pages.h"
#include "kobi/align/docalign.h"
#include "kobi/align/pair_scorer.h"
#include "kobi/core/error.h"

namespace kobi::python {
namespace {

// One bead of a page alignment with its texts (sentences joined by a space, as `--format tsv`).
struct AlignedPair {
  std::string en, ko;
  double score = 0;
  std::vector<int> en_ids, ko_ids;
};

// Everything an alignment call needs, owned, so the GIL can be released while it runs.
struct AlignSetup {
  align::AlignResources resources;
  align::AlignOptions options;
};

// glossary=True is the bundled glossary, as None (kobi.align has always taken it).
py::object GlossaryOrBundled(const py::object& glossary) {
  if (py::isinstance<py::bool_>(glossary) && glossary.cast<bool>()) return py::none();
  return glossary;
}

AlignSetup MakeSetup(const char* what, const py::object& glossary_arg, bool no_default,
                     const py::object& dictionary_arg, const std::string& lang, bool learn_lexicon,
                     bool segment_pages, int band) {
  AlignSetup s;
  align::SetLanguagePair(lang, s.options);
  // As `kobi align`: the library loads the resources from the CLI's flags' equivalents; the
  // aligner uses the glossary for English–Korean only (align::SelectedGlossary).
  s.resources =
      ResourcesArg(what, GlossaryOrBundled(glossary_arg), no_default, dictionary_arg, true);
  s.resources.Apply(s.options);
  s.options.learn_lexicon = learn_lexicon;
  s.options.segment_pages = segment_pages;
  s.options.band = band;
  return s;
}

std::string Join(const std::vector<std::string>& sentences, const std::vector<int>& ids) {
  std::string out;
  for (int id : ids) {
    if (!out.empty()) out += ' ';
    out += sentences[id];
  }
  return out;
}

// The pairs of a page alignment with text on both sides (unaligned: every bead).
std::vector<AlignedPair> Pairs(const align::PageAlignment& a, bool unaligned) {
  std::vector<AlignedPair> out;
  for (const align::Bead& b : a.alignment.beads) {
    if (!unaligned && (b.en.empty() || b.ko.empty())) continue;
    out.push_back({Join(a.en, b.en), Join(a.ko, b.ko), b.score, b.en, b.ko});
  }
  return out;
}

// A document of kobi.align_batch: (en_page, ko_page) strs, or two lists of segments (presplit).
align::BatchDocument BatchDocumentArg(const py::handle& item) {
  py::tuple t = py::tuple(py::reinterpret_borrow<py::object>(item));
  if (t.size() != 2) throw kobi::UsageError("align_batch: a document is a pair (en, ko)");
  align::BatchDocument d;
  const bool en_str = py::isinstance<py::str>(t[0]), ko_str = py::isinstance<py::str>(t[1]);
  if (en_str != ko_str) {
    throw kobi::UsageError(
        "align_batch: a document is two pages (str, str) or two lists of segments");
  }
  if (en_str) {
    d.en_page = t[0].cast<std::string>();
    d.ko_page = t[1].cast<std::string>();
  } else {
    d.presplit = true;
    d.en = t[0].cast<std::vector<std::string>>();
    d.ko = t[1].cast<std::vector<std::string>>();
  }
  return d;
}

// A page of kobi.docalign: a str (its text; id = its index), (id, text), (id, text, url) or a
// dict with "text" and optional "id"/"url" (the JSONL crawl record of `kobi docalign`).
align::DocPage PageArg(const py::handle& item, std::size_t index) {
  align::DocPage page;
  page.id = std::to_string(index);
  if (py::isinstance<py::str>(item)) {
    page.text = item.cast<std::string>();
  } else if (py::isinstance<py::dict>(item)) {
    py::dict d = item.cast<py::dict>();
    if (!d.contains("text")) throw kobi::UsageError("docalign: a page dict needs \"text\"");
    page.text = d["text"].cast<std::string>();
    if (d.contains("id")) page.id = py::str(d["id"]).cast<std::string>();
    if (d.contains("url") && !d["url"].is_none()) page.url = d["url"].cast<std::string>();
  } else {
    py::tuple t = py::tuple(py::reinterpret_borrow<py::object>(item));
    if (t.size() < 2 || t.size() > 3) {
      throw kobi::UsageError("docalign: a page is a str, (id, text), (id, text, url) or a dict");
    }
    page.id = py::str(t[0]).cast<std::string>();
    page.text = t[1].cast<std::string>();
    if (t.size() == 3 && !t[2].is_none()) page.url = t[2].cast<std::string>();
  }
  return page;
}

// Documentation shared by align and align_sentences.
constexpr const char* kAlignArgs =
    "glossary: None (the bundled glossary, as the CLI), False (none, --no-glossary), a\n"
    "kobi.Glossary, or glossary file path(s) merged over the bundled one (-g FILE), or with\n"
    "no_default=True instead of it (--no-default).\n"
    "dictionary: None, a path (TSV en<TAB>ko or hunalign 'ko @ en') or a kobi.Dictionary.\n"
    "lang: 'en,ko', or another pair such as 'de,fr' (language-independent signals only).\n"
    "Releases the GIL: Python threads can align documents in parallel.";

}  // namespace

void BindAlign(py::module_& m) {
  py::class_<align::Bead>(m, "Bead", "A bead: sentence indices of each side and a score.")
      .def_readonly("en", &align::Bead::en)
      .def_readonly("ko", &align::Bead::ko)
      .def_readonly("score", &align::Bead::score, "Calibrated confidence in [0, 1].")
      .def("__repr__", [](const align::Bead& b) {
        return "Bead(" + py::repr(py::cast(b.en)).cast<std::string>() + ", " +
               py::repr(py::cast(b.ko)).cast<std::string>() + ", " +
               py::repr(py::float_(b.score)).cast<std::string>() + ")";
      });
  py::class_<AlignedPair>(m, "AlignedPair", "An aligned sentence pair of kobi.align.")
      .def_readonly("en", &AlignedPair::en)
      .def_readonly("ko", &AlignedPair::ko)
      .def_readonly("score", &AlignedPair::score)
      .def_readonly("en_ids", &AlignedPair::en_ids, "Indices of the English sentences.")
      .def_readonly("ko_ids", &AlignedPair::ko_ids, "Indices of the Korean sentences.")
      .def("__repr__", [](const AlignedPair& p) {
        return "AlignedPair(" + py::repr(py::str(p.en)).cast<std::string>() + ", " +
               py::repr(py::str(p.ko)).cast<std::string>() + ", " +
               py::repr(py::float_(p.score)).cast<std::string>() + ")";
      });
  py::class_<align::Dictionary, std::shared_ptr<align::Dictionary>>(
      m, "Dictionary", "A bilingual word dictionary for the aligner.")
      .def(py::init([](const py::object& path) {
             std::string p = PathArg(path);
             py::gil_scoped_release release;
             return std::make_shared<align::Dictionary>(align::Dictionary::Load(p));
           }),
           py::arg("path"))
      .def("__len__", &align::Dictionary::size);

  m.def(
      "align",
      [](const std::string& en_page, const std::string& ko_page, const py::object& glossary,
         bool no_default, const py::object& dictionary, const std::string& lang, bool learn_lexicon,
         bool segment_pages, int band, bool unaligned) {
        AlignSetup s = MakeSetup("align", glossary, no_default, dictionary, lang, learn_lexicon,
                                 segment_pages, band);
        py::gil_scoped_release release;
        return Pairs(align::AlignPages(en_page, ko_page, s.options), unaligned);
      },
      py::arg("en_page"), py::arg("ko_page"), py::kw_only(), py::arg("glossary") = py::none(),
      py::arg("no_default") = false, py::arg("dictionary") = py::none(), py::arg("lang") = "en,ko",
      py::arg("learn_lexicon") = true, py::arg("segment_pages") = true, py::arg("band") = 0,
      py::arg("unaligned") = false,
      (std::string("Aligns two raw pages (segmented into zones, headline and body sentences\n"
                   "aligned), as `kobi align EN KO`. Returns the pairs with text on both sides\n"
                   "(unaligned=True: also 1-0/0-1 beads, with an empty side), in order.\n") +
       kAlignArgs)
          .c_str());

  m.def(
      "align_sentences",
      [](const std::vector<std::string>& en, const std::vector<std::string>& ko,
         const py::object& glossary, bool no_default, const py::object& dictionary,
         const std::string& lang, bool learn_lexicon, int band) {
        AlignSetup s = MakeSetup("align_sentences", glossary, no_default, dictionary, lang,
                                 learn_lexicon, true, band);
        py::gil_scoped_release release;
        return align::AlignSentences(en, ko, s.options).beads;
      },
      py::arg("en"), py::arg("ko"), py::kw_only(), py::arg("glossary") = py::none(),
      py::arg("no_default") = false, py::arg("dictionary") = py::none(), py::arg("lang") = "en,ko",
      py::arg("learn_lexicon") = true, py::arg("band") = 0,
      (std::string("Aligns sentence lists (as `kobi align --presplit`): beads covering every\n"
                   "sentence once, in order.\n") +
       kAlignArgs)
          .c_str());

  m.def(
      "align_batch",
      [](const py::iterable& documents, const py::object& glossary, bool no_default,
         const py::object& dictionary, const std::string& lang, bool learn_lexicon,
         bool segment_pages, int band, bool corpus_lexicon, unsigned threads, bool unaligned) {
        AlignSetup s = MakeSetup("align_batch", glossary, no_default, dictionary, lang,
                                 learn_lexicon, segment_pages, band);
        std::vector<align::BatchDocument> docs;
        for (const auto& item : documents) docs.push_back(BatchDocumentArg(item));
        align::BatchOptions o;
        o.align = s.options;
        o.corpus_lexicon = corpus_lexicon;
        o.threads = threads;
        std::vector<align::PageAlignment> results;
        {
          py::gil_scoped_release release;
          results = align::AlignBatch(docs, o);
        }
        py::list out;
        for (std::size_t i = 0; i < results.size(); ++i) {
          if (docs[i].presplit) {
            out.append(py::cast(results[i].alignment.beads));
          } else {
            out.append(py::cast(Pairs(results[i], unaligned)));
          }
        }
        return out;
      },
      py::arg("documents"), py::kw_only(), py::arg("glossary") = py::none(),
      py::arg("no_default") = false, py::arg("dictionary") = py::none(), py::arg("lang") = "en,ko",
      py::arg("learn_lexicon") = true, py::arg("segment_pages") = true, py::arg("band") = 0,
      py::arg("corpus_lexicon") = true, py::arg("threads") = 0, py::arg("unaligned") = false,
      (std::string(
           "Aligns many document pairs, as `kobi align --batch` (kobi/align/batch.h): each\n"
           "document is (en_page, ko_page), raw pages as kobi.align takes them, or two lists of\n"
           "segments as kobi.align_sentences takes them. With corpus_lexicon (the default) and\n"
           "two or more EN-KO documents, every document is aligned twice, the second time with\n"
           "a lexicon learned from the confident beads of all of them. Returns one result per\n"
           "document, in order: a list of AlignedPair (pages) or of Bead (segments). threads:\n"
           "0 = all cores; the result is the same for any value.\n") +
       kAlignArgs)
          .c_str());

  m.def(
      "docalign",
      [](const py::iterable& en_pages, const py::iterable& ko_pages, double min_score,
         unsigned threads, const py::object& glossary, const py::object& dictionary,
         bool learn_lexicon) {
        // The glossary and dictionary arguments as kobi.align takes them.
        align::AlignResources resources =
            ResourcesArg("docalign", GlossaryOrBundled(glossary), false, dictionary);
        std::vector<align::DocPage> en, ko;
        for (const auto& item : en_pages) en.push_back(PageArg(item, en.size()));
        for (const auto& item : ko_pages) ko.push_back(PageArg(item, ko.size()));
        align::DocAlignOptions o;
        o.min_score = min_score;
        o.threads = threads;
        o.learn_lexicon = learn_lexicon;
        resources.Apply(o);
        py::gil_scoped_release release;
        align::DocAlignResult r = align::DocAlign(en, ko, o);
        std::vector<std::tuple<std::string, std::string, double>> out;
        for (const align::DocPair& p : r.pairs) out.emplace_back(en[p.en].id, ko[p.ko].id, p.score);
        return out;
      },
      py::arg("en_pages"), py::arg("ko_pages"), py::kw_only(),
      py::arg("min_score") = align::DocAlignOptions{}.min_score, py::arg("threads") = 0,
      py::arg("glossary") = py::none(), py::arg("dictionary") = py::none(),
      py::arg("learn_lexicon") = true,
      "Document alignment, as `kobi docalign`: which English and Korean pages translate each\n"
      "other. A page is a str (its text; its id is its index), (id, text), (id, text, url) or a\n"
      "dict {\"id\", \"text\", \"url\"}. Returns one-to-one (en_id, ko_id, score) triples,\n"
      "sorted by English page; pages without a counterpart scoring at least min_score are\n"
      "left out. glossary: None (bundled), False (none) or a kobi.Glossary; dictionary: None,\n"
      "a path or a kobi.Dictionary (word translations as extra keys). Releases the GIL.");

  m.def(
      "docalign_manifest",
      [](const py::object& en, const py::object& ko, const py::object& out_dir, double min_score,
         unsigned threads, const py::object& glossary, bool no_default,
         const py::object& dictionary) {
        std::string es = PathArg(en), ks = PathArg(ko), od = PathArg(out_dir);
        // The glossary and dictionary arguments as build_corpus takes them (-g, --no-default,
        // --no-glossary, --dictionary of `kobi corpus build --docalign`).
        CorpusSetup s = MakeCorpusSetup("docalign_manifest", threads, py::none(), false, false,
                                        false, true, "utf-8", glossary, no_default, dictionary);
        align::DocAlignOptions o;
        o.min_score = min_score;
        o.threads = threads;
        s.resources.Apply(o);
        py::gil_scoped_release release;
        return align::WriteDocAlignManifest(es, ks, od, o).manifest;
      },
      py::arg("en"), py::arg("ko"), py::arg("out_dir"), py::kw_only(),
      py::arg("min_score") = align::DocAlignOptions{}.min_score, py::arg("threads") = 0,
      py::arg("glossary") = py::none(), py::arg("no_default") = false,
      py::arg("dictionary") = py::none(),
      "`kobi corpus build --docalign EN KO -o OUT_DIR` before the build: aligns the pages of\n"
      "en and ko (each a folder, a list file or JSONL crawl records, as `kobi docalign`) and\n"
      "writes the pairs as a corpus build manifest at out_dir/docalign.tsv (pages of JSONL\n"
      "records to out_dir/docalign_pages/). Returns the manifest's path. glossary, no_default\n"
      "and dictionary as build_corpus takes them. Releases the GIL.");

  m.def(
      "score_pair",
      [](const std::string& en, const std::string& ko) {
        py::gil_scoped_release release;
        static const align::PairScorer* scorer = new align::PairScorer();  // bundled glossary
        return scorer->Score(en, ko);
      },
      py::arg("en"), py::arg("ko"),
      "Adequacy of one sentence pair in [0, 1] (above 0.5: a plausible translation), with the\n"
      "bundled glossary; the score `kobi clean` uses for its adequacy rule.");
}

}  // namespace kobi::python
