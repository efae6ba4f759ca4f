// Python bindings of kobi/corpora/corpus_batch.h: the steps of a corpus build cut into batches
// of documents, which kobi.dask runs on a Dask cluster (docs/distributed.md).
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstring>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "bindings.h"
#include "kobi/core/error.h"
#include "kobi/corpora/corpus_batch.h"

namespace kobi::python {

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

  py::class_<corpora::CorpusBatch>(
      m, "CorpusBatch",
      "Consecutive document pairs of a manifest with what a batch needs to know of the whole\n"
      "manifest (its path, checksum and size), so the worker that runs it never reads the\n"
      "manifest. From read_manifest_batches; picklable.")
      .def_readonly("manifest", &corpora::CorpusBatch::manifest)
      .def_readonly("documents", &corpora::CorpusBatch::documents,
                    "Document pairs in the whole manifest.")
      .def_property_readonly(
          "entries",
          [](const corpora::CorpusBatch& b) {
            std::vector<std::tuple<std::string, std::string, std::uint64_t>> out;
            for (const auto& e : b.entries) out.emplace_back(e.en, e.ko, e.line);
            return out;
          },
          "(en, ko, manifest line) of each document pair of the batch, paths as written.")
      .def("__len__", [](const corpora::CorpusBatch& b) { return b.entries.size(); })
      .def(py::self == py::self)
      .def(py::pickle(
          [](const corpora::CorpusBatch& b) {
            py::list entries;
            for (const auto& e : b.entries) entries.append(py::make_tuple(e.en, e.ko, e.line));
            return py::make_tuple(b.manifest, b.checksum, b.documents, entries);
          },
          [](const py::tuple& t) {
            if (t.size() != 4) throw kobi::UsageError("CorpusBatch: bad pickled state");
            corpora::CorpusBatch b;
            b.manifest = t[0].cast<std::string>();
            b.checksum = t[1].cast<std::string>();
            b.documents = t[2].cast<std::size_t>();
            for (const auto& e : t[3]) {
              auto [en, ko, line] = e.cast<std::tuple<std::string, std::string, std::uint64_t>>();
              b.entries.push_back({std::move(en), std::move(ko), line});
            }
            return b;
          }));

  m.def(
      "read_manifest_batches",
      [](const py::object& manifest, std::size_t batch_size) {
        std::string mp = PathArg(manifest);
        py::gil_scoped_release release;
        return corpora::ReadManifestBatches(mp, batch_size);
      },
      py::arg("manifest"), py::arg("batch_size"),
      "Step 0: reads the manifest once and cuts it into CorpusBatch objects of batch_size\n"
      "document pairs, in manifest order (InputError for a bad line).");

  m.def(
      "corpus_batch_lexicon_counts",
      [](const corpora::CorpusBatch& batch, unsigned threads, const py::object& clean,
         bool skip_bad, bool repair, bool keep_unrelated, bool corpus_lexicon,
         const std::string& encoding, const py::object& glossary, bool no_default,
         const py::object& dictionary) {
        CorpusSetup s = MakeCorpusSetup("corpus_batch_lexicon_counts", threads, clean, skip_bad,
                                        repair, keep_unrelated, corpus_lexicon, encoding, glossary,
                                        no_default, dictionary);
        py::gil_scoped_release release;
        return corpora::CorpusBatchLexiconCounts(batch, s.options);
      },
      py::arg("batch"), KOBI_CORPUS_KWARGS,
      "Step 1 of a batched corpus build: the corpus-lexicon counts (text) of a batch's documents.");

  m.def(
      "train_corpus_lexicon",
      [](const std::vector<std::string>& counts) {
        py::gil_scoped_release release;
        return corpora::TrainCorpusLexicon(counts);
      },
      py::arg("counts"),
      "The counts of every batch, in manifest order -> the corpus lexicon (text), the same as\n"
      "one build of the whole manifest learns.");

  m.def(
      "build_corpus_batch",
      [](const corpora::CorpusBatch& batch, const py::object& part_dir, const std::string& lexicon,
         unsigned threads, const py::object& clean, bool skip_bad, bool repair, bool keep_unrelated,
         bool corpus_lexicon, const std::string& encoding, const py::object& glossary,
         bool no_default, const py::object& dictionary) {
        CorpusSetup s =
            MakeCorpusSetup("build_corpus_batch", threads, clean, skip_bad, repair, keep_unrelated,
                            corpus_lexicon, encoding, glossary, no_default, dictionary);
        std::string pd = PathArg(part_dir);
        std::vector<corpora::PairKey> keys;
        corpora::CorpusReport report;
        {
          py::gil_scoped_release release;
          report = corpora::BuildCorpusBatch(batch, pd, s.options, lexicon, keys);
        }
        std::string packed(keys.size() * 16, '\0');
        for (std::size_t i = 0; i < keys.size(); ++i) {
          std::memcpy(packed.data() + 16 * i, &keys[i].high, 8);
          std::memcpy(packed.data() + 16 * i + 8, &keys[i].low, 8);
        }
        return std::make_pair(std::move(report), py::bytes(packed));
      },
      py::arg("batch"), py::arg("part_dir"), py::arg("lexicon") = "", KOBI_CORPUS_KWARGS,
      "Step 2: builds a batch into part_dir with the corpus lexicon of train_corpus_lexicon.\n"
      "Returns (CorpusReport, keys): keys holds the 16-byte dedup key of each pair written, in\n"
      "order.");

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
