// Python bindings of kobi/corpora/corpus_batch.h: the steps of a corpus build cut into batches
// of documents, which kobi.dask runs on a Dask cluster (docs/distributed.md).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bindings.h"
#include "glossary_handle.h"
#include "kobi/align/dictionary.h"
#include "kobi/core/error.h"
#include "kobi/corpora/corpus_batch.h"
#include "kobi/corpora/corpus_builder.h"

namespace kobi::python {
namespace {

// CorpusOptions with the glossary and dictionary they point to, owned.
struct CorpusSetup {
  std::shared_ptr<GlossaryHandle> glossary;
  std::shared_ptr<align::Dictionary> dictionary;
  corpora::CorpusOptions options;
};

CorpusSetup MakeCorpusSetup(unsigned threads, const py::object& clean, bool skip_bad, bool repair,
                            bool keep_unrelated, bool corpus_lexicon, const py::object& glossary,
                            const py::object& dictionary) {
  CorpusSetup s;
  corpora::CorpusOptions& o = s.options;
  if (!clean.is_none()) o.clean = clean.cast<corpora::CleanOptions>();
  o.threads = threads;
  o.progress = false;
  o.skip_bad = skip_bad;
  o.repair = repair;
  o.keep_unrelated = keep_unrelated;
  o.corpus_lexicon = corpus_lexicon;
  o.version = KOBI_VERSION;
  // As `kobi corpus build`: None = the bundled glossary, False = none (--no-glossary), a
  // kobi.Glossary = that one (-g / --no-default).
  if (py::isinstance<py::bool_>(glossary) && !glossary.cast<bool>()) {
    o.clean.use_glossary = false;
  } else if (!glossary.is_none() && !py::isinstance<py::bool_>(glossary)) {
    s.glossary = GlossaryArg(glossary);
    o.clean.glossary = &s.glossary->glossary();
  }
  if (!dictionary.is_none()) {
    if (py::isinstance<align::Dictionary>(dictionary)) {
      s.dictionary = dictionary.cast<std::shared_ptr<align::Dictionary>>();
    } else {
      std::string path = PathArg(dictionary);
      py::gil_scoped_release release;
      s.dictionary = std::make_shared<align::Dictionary>(align::Dictionary::Load(path));
    }
    o.clean.dictionary = s.dictionary.get();
  }
  return s;
}

// The keyword arguments every step shares (those of build_corpus, plus glossary/dictionary).
#define KOBI_CORPUS_KWARGS                                                                   \
  py::kw_only(), py::arg("threads") = 0, py::arg("clean") = py::none(),                      \
      py::arg("skip_bad") = false, py::arg("repair") = false,                                \
      py::arg("keep_unrelated") = false, py::arg("corpus_lexicon") = true,                   \
      py::arg("glossary") = py::none(), py::arg("dictionary") = py::none()

}  // namespace

void BindBatch(py::module_& m) {
  m.def(
      "count_manifest_documents",
      [](const py::object& manifest) {
        std::string mp = PathArg(manifest);
        py::gil_scoped_release release;
        return corpora::CountManifestDocuments(mp);
      },
      py::arg("manifest"),
      "The number of document pairs in a corpus build manifest (InputError for a bad line).");

  m.def(
      "corpus_batch_lexicon_counts",
      [](const py::object& manifest, std::size_t first, std::size_t count, unsigned threads,
         const py::object& clean, bool skip_bad, bool repair, bool keep_unrelated,
         bool corpus_lexicon, const py::object& glossary, const py::object& dictionary) {
        CorpusSetup s = MakeCorpusSetup(threads, clean, skip_bad, repair, keep_unrelated,
                                        corpus_lexicon, glossary, dictionary);
        std::string mp = PathArg(manifest);
        std::string counts;
        {
          py::gil_scoped_release release;
          counts = corpora::CorpusBatchLexiconCounts(mp, s.options, {first, count});
        }
        return py::bytes(counts);  // units are byte prefixes of words: not always UTF-8
      },
      py::arg("manifest"), py::arg("first"), py::arg("count"), KOBI_CORPUS_KWARGS,
      "Step 1 of a batched corpus build: the corpus-lexicon counts (bytes) of documents\n"
      "[first, first + count) of the manifest.");

  m.def(
      "train_corpus_lexicon",
      [](const std::vector<std::string>& counts) {
        std::string lexicon;
        {
          py::gil_scoped_release release;
          lexicon = corpora::TrainCorpusLexicon(counts);
        }
        return py::bytes(lexicon);
      },
      py::arg("counts"),
      "The counts of every batch, in manifest order -> the corpus lexicon (bytes), the same as\n"
      "one build of the whole manifest learns.");

  m.def(
      "build_corpus_batch",
      [](const py::object& manifest, const py::object& part_dir, std::size_t first,
         std::size_t count, const std::string& lexicon, unsigned threads, const py::object& clean,
         bool skip_bad, bool repair, bool keep_unrelated, bool corpus_lexicon,
         const py::object& glossary, const py::object& dictionary) {
        CorpusSetup s = MakeCorpusSetup(threads, clean, skip_bad, repair, keep_unrelated,
                                        corpus_lexicon, glossary, dictionary);
        std::string mp = PathArg(manifest), pd = PathArg(part_dir);
        std::vector<corpora::PairKey> keys;
        corpora::CorpusReport report;
        {
          py::gil_scoped_release release;
          report = corpora::BuildCorpusBatch(mp, pd, s.options, {first, count}, lexicon, keys);
        }
        std::string packed(keys.size() * 16, '\0');
        for (std::size_t i = 0; i < keys.size(); ++i) {
          std::memcpy(packed.data() + 16 * i, &keys[i].high, 8);
          std::memcpy(packed.data() + 16 * i + 8, &keys[i].low, 8);
        }
        return std::make_pair(std::move(report), py::bytes(packed));
      },
      py::arg("manifest"), py::arg("part_dir"), py::arg("first"), py::arg("count"),
      py::arg("lexicon") = py::bytes(), KOBI_CORPUS_KWARGS,
      "Step 2: builds documents [first, first + count) into part_dir with the corpus lexicon\n"
      "of train_corpus_lexicon. Returns (CorpusReport, keys): keys holds the 16-byte dedup key\n"
      "of each pair written, in order.");

  m.def(
      "finish_corpus_batch",
      [](const py::object& part_dir, const std::vector<std::uint64_t>& drop,
         const py::object& partition) {
        std::string pd = PathArg(part_dir);
        std::string pp = partition.is_none() ? "" : PathArg(partition);
        py::gil_scoped_release release;
        corpora::FinishCorpusBatch(pd, drop, pp);
      },
      py::arg("part_dir"), py::arg("drop"), py::arg("partition") = py::none(),
      "Step 3: writes part_dir/final.* without the pairs at the increasing indices `drop`\n"
      "(pairs an earlier batch already gave); with partition=PATH also the corpus TSV there\n"
      "(compressed if .zst/.gz; name it with partition_name(batch index)).");

  m.def("partition_name", &corpora::PartitionName, py::arg("index"),
        "'corpus-00012.tsv.zst': the partition file of batch `index` (0-based).");

  m.def(
      "assemble_corpus",
      [](const std::vector<py::object>& parts, const py::object& out_dir,
         const py::object& manifest, bool partitioned) {
        std::vector<std::string> dirs;
        for (const auto& p : parts) dirs.push_back(PathArg(p));
        std::string od = PathArg(out_dir), mp = PathArg(manifest);
        py::gil_scoped_release release;
        return corpora::AssembleCorpus(dirs, od, mp, partitioned);
      },
      py::arg("parts"), py::arg("out_dir"), py::arg("manifest"), py::kw_only(),
      py::arg("partitioned") = false,
      "Step 4: the finished parts, in manifest order -> out_dir as `kobi corpus build manifest`\n"
      "writes it (manifest as the user named it); partitioned=True: index.json and the reports\n"
      "beside the partitions finish_corpus_batch wrote.");
}

}  // namespace kobi::python
