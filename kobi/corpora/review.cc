// `kobi review`: aligns the documents of a corpus build (or an `align --batch` list) again,
// exactly as they were aligned, and writes the static review pages. See review.h and
// docs/corpora.md ("Review").
#include "kobi/corpora/review.h"

#include <xxhash.h>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "kobi/align/aligner.h"
#include "kobi/align/lexicon.h"
#include "kobi/align/pair_scorer.h"
#include "kobi/align/writers.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/markup.h"
#include "kobi/core/numbers.h"
#include "kobi/core/output_file.h"
#include "kobi/core/parallel.h"
#include "kobi/core/path_util.h"
#include "kobi/core/progress.h"
#include "kobi/corpora/corpus_builder.h"
#include "kobi/corpora/corpus_report.h"
#include "kobi/corpora/dedup.h"
#include "kobi/corpora/internal/corpus_passes.h"
#include "kobi/corpora/internal/review_assets.h"
#include "kobi/glossary/matcher.h"

namespace kobi::corpora {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One entry of the index: a document pair and what is known of it before aligning.
struct ReviewDoc {
  std::string en, ko;                      // as written in the manifest / list
  std::string en_path, ko_path;            // resolved
  std::size_t group = 0;                   // manifest part (documents of one part share a lexicon)
  const DocumentReport* report = nullptr;  // corpus folders
  std::uint64_t line = 0;                  // list line (batch)
};

struct Setup {
  bool corpus = false;  // a corpus folder (else a batch list)
  std::string source;   // report.json or the list
  std::vector<std::string> inputs;
  CorpusReport report;
  std::vector<ReviewDoc> docs;
  std::vector<std::size_t> group_sizes;
  CleanOptions clean;
  bool repair = false, keep_unrelated = false, corpus_lexicon = true;
  std::string encoding = "utf-8";
  std::vector<std::string> warnings;
};

std::string Hex64(std::string_view data) {
  std::uint64_t h = XXH3_64bits(data.data(), data.size());
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (int shift = 60; shift >= 0; shift -= 4) out += kHex[(h >> shift) & 0xF];
  return out;
}

std::string PageName(std::size_t index) {
  std::string n = std::to_string(index + 1);
  return std::string(n.size() < 4 ? 4 - n.size() : 0, '0') + n + ".html";
}

const std::string& Option(const CorpusReport& r, const char* key) {
  static const std::string kEmpty;
  auto it = r.options.find(key);
  return it == r.options.end() ? kEmpty : it->second;
}

Setup ReadCorpusFolder(const std::string& dir, const ReviewOptions& options) {
  Setup s;
  s.corpus = true;
  s.source = (fs::path(dir) / "report.json").string();
  s.report = ParseReportJson(ReadAll(s.source), s.source);
  s.inputs.push_back(s.source);
  const CorpusReport& r = s.report;
  // The options of the build, as recorded.
  const std::string& gloss = Option(r, "glossary");
  if (gloss == "custom" && options.glossary == nullptr) {
    throw UsageError(s.source + " was built with a custom glossary: give the same -g/--no-default");
  }
  if (Option(r, "dictionary") == "yes" && options.dictionary == nullptr) {
    throw UsageError(s.source + " was built with a dictionary: give the same --dictionary");
  }
  const bool dictionary = Option(r, "dictionary") == "yes";
  if (gloss != "custom" && options.glossary != nullptr) {
    s.warnings.push_back("the build used " + (gloss.empty() ? std::string("the bundled") : gloss) +
                         " glossary: the glossary given is not used");
  }
  if (!dictionary && options.dictionary != nullptr) {
    s.warnings.push_back("the build used no dictionary: the dictionary given is not used");
  }
  s.clean.use_glossary = gloss != "none";
  s.clean.glossary = gloss == "custom" ? options.glossary : nullptr;
  s.clean.dictionary = dictionary ? options.dictionary : nullptr;
  const std::string& adequacy = Option(r, "min_adequacy");
  if (!adequacy.empty()) {
    double v = 0;
    auto [p, ec] = std::from_chars(adequacy.data(), adequacy.data() + adequacy.size(), v);
    if (ec != std::errc() || p != adequacy.data() + adequacy.size()) {
      throw InputError(s.source, 0, "bad min_adequacy option: " + adequacy);
    }
    s.clean.min_adequacy = v;
  }
  const std::string& disabled = Option(r, "disabled");
  for (std::size_t pos = 0; pos < disabled.size();) {
    std::size_t comma = disabled.find(',', pos);
    if (comma == std::string::npos) comma = disabled.size();
    if (comma > pos) s.clean.disabled.push_back(disabled.substr(pos, comma - pos));
    pos = comma + 1;
  }
  s.repair = Option(r, "repair") == "yes";
  if (!Option(r, "encoding").empty()) s.encoding = std::string(Option(r, "encoding"));
  s.keep_unrelated = Option(r, "keep_unrelated") == "yes";
  s.corpus_lexicon = Option(r, "corpus_lexicon") != "no";
  // Documents, part by part (a merged report lists one manifest per part).
  if (!options.manifest.empty() && r.manifests.size() != 1) {
    throw UsageError("--manifest: " + s.source + " lists " + std::to_string(r.manifests.size()) +
                     " manifests (a merged corpus); review it from where it was built");
  }
  std::size_t next = 0;
  for (std::size_t g = 0; g < r.manifests.size(); ++g) {
    const ManifestInfo& m = r.manifests[g];
    std::string manifest = options.manifest.empty() ? m.path : options.manifest;
    if (manifest == "-" || !fs::is_regular_file(manifest)) {
      throw InputError(
          s.source, 0,
          "the manifest of the build, '" + manifest +
              "', is not a file here (run from the build's folder or give --manifest)");
    }
    s.inputs.push_back(manifest);
    std::string text = ReadAll(manifest);
    if (internal::Checksum128(text) != m.xxh3_128) {
      s.warnings.push_back(manifest + " changed since the build (checksum differs)");
    }
    if (next + m.documents > r.documents.size()) {
      throw InputError(s.source, 0, "manifests list more documents than the report has");
    }
    for (std::uint64_t k = 0; k < m.documents; ++k, ++next) {
      const DocumentReport& d = r.documents[next];
      ReviewDoc doc;
      doc.en = d.en;
      doc.ko = d.ko;
      doc.en_path = ResolveListedPath(manifest, d.en);
      doc.ko_path = ResolveListedPath(manifest, d.ko);
      doc.group = g;
      doc.report = &d;
      s.docs.push_back(std::move(doc));
    }
    s.group_sizes.push_back(m.documents);
  }
  if (next != r.documents.size()) {
    throw InputError(s.source, 0, "the report has documents no manifest lists");
  }
  return s;
}

Setup ReadBatchList(const std::string& list, const ReviewOptions& options) {
  Setup s;
  s.source = list;
  s.inputs.push_back(list);
  s.clean.use_glossary = options.use_glossary;
  s.clean.glossary = options.glossary;
  s.clean.dictionary = options.dictionary;
  s.corpus_lexicon = options.corpus_lexicon;
  LineReader in(list);
  std::string line;
  while (in.Next(line)) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t t1 = line.find('\t');
    std::size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos || t1 == 0 || t2 == t1 + 1) {
      throw InputError(list, in.line_number(), "expected en_path<TAB>ko_path<TAB>out_path");
    }
    ReviewDoc doc;
    doc.en = line.substr(0, t1);
    doc.ko = line.substr(t1 + 1, t2 - t1 - 1);
    doc.en_path = ResolveListedPath(list, doc.en);
    doc.ko_path = ResolveListedPath(list, doc.ko);
    doc.line = in.line_number();
    s.docs.push_back(std::move(doc));
  }
  s.group_sizes.push_back(s.docs.size());
  return s;
}

json StringArray(const std::vector<std::string>& v) {
  json a = json::array();
  for (const std::string& x : v) a.push_back(x);
  return a;
}

json CutArray(const std::vector<align::CutSegment>& cut) {
  json a = json::array();
  for (const align::CutSegment& c : cut) {
    a.push_back({{"zone", c.zone}, {"text", c.text}, {"before", c.before}});
  }
  return a;
}

json IntArray(const std::vector<int>& v) {
  json a = json::array();
  for (int x : v) a.push_back(x);
  return a;
}

// JSON inside <script type="application/json">: no "<" may close the element.
std::string ScriptSafe(const json& j) {
  std::string text = j.dump(-1, ' ', false, json::error_handler_t::strict);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out += c;
    }
  }
  return out;
}

// A page from the one template: kind "index" (in the review folder) or "document" (in doc/).
std::string Render(std::string_view kind, std::string_view title, const json& data) {
  std::string out(internal::kReviewPageHtml);
  const std::string root = kind == "index" ? "" : "../";
  auto replace = [&](std::string_view key, const std::string& value) {
    std::size_t at = out.find(key);
    if (at == std::string::npos)
      throw std::logic_error("review template lacks " + std::string(key));
    for (; at != std::string::npos; at = out.find(key, at + value.size())) {
      out.replace(at, key.size(), value);
    }
  };
  replace("{{ROOT}}", root);
  replace("{{KIND}}", std::string(kind));
  replace("{{TITLE}}", EscapeMarkup(title));
  replace("{{DATA}}", ScriptSafe(data));
  return out;
}

void WriteFile(const std::string& path, std::string_view content,
               const std::vector<std::string>& inputs) {
  OutputFile out(path, inputs);
  out.Write(content);
  out.Close();
}

// A document aligned for review, with its index entry.
struct DocPage {
  json entry;                 // index row
  std::optional<json> page;   // document page data (none for a skipped document)
  std::vector<PairKey> kept;  // keys of the pairs kept within the document, in order
  std::vector<std::size_t> kept_beads;
};

}  // namespace

ReviewResult WriteReview(const std::string& source, const std::string& out_dir,
                         const ReviewOptions& options) {
  Setup s =
      fs::is_directory(source) ? ReadCorpusFolder(source, options) : ReadBatchList(source, options);
  ReviewResult result;
  result.warnings = s.warnings;
  std::error_code ec;
  fs::create_directories(fs::path(out_dir) / "doc", ec);
  if (ec) throw IoError(out_dir, "cannot create directory: " + ec.message());

  std::optional<glossary::Matcher> matcher;
  if (s.clean.use_glossary && s.clean.glossary != nullptr) matcher.emplace(*s.clean.glossary);
  align::AlignOptions base;
  base.use_glossary = s.clean.use_glossary;
  base.glossary = matcher ? &*matcher : nullptr;
  base.dictionary = s.clean.dictionary;

  // Pass 1 per part, as the build ran it (a part of two or more documents learns a lexicon).
  std::vector<align::AlignOptions> pass2(s.group_sizes.size(), base);
  std::vector<std::unique_ptr<align::CorpusLexicon>> lexicons;  // pass2 refers to them
  std::size_t first = 0;
  for (std::size_t g = 0; g < s.group_sizes.size(); ++g) {
    if (s.corpus_lexicon && s.group_sizes[g] > 1) {
      std::vector<std::optional<std::pair<std::string, std::string>>> documents;
      for (std::size_t i = first; i < first + s.group_sizes[g]; ++i) {
        const ReviewDoc& d = s.docs[i];
        if (d.report != nullptr && d.report->verdict == kDocSkipped) {
          documents.emplace_back();
        } else {
          documents.emplace_back(std::pair{d.en_path, d.ko_path});
        }
      }
      lexicons.push_back(std::make_unique<align::CorpusLexicon>(base));
      pass2[g] = internal::LearnCorpusLexicon(documents, base, *lexicons.back(), s.repair,
                                              s.encoding, options.threads, options.progress);
    }
    first += s.group_sizes[g];
  }
  // The build's judges: adequacy and coverage with each part's pass-2 dictionary.
  std::vector<std::unique_ptr<internal::PassTwoJudges>> judges;
  for (const align::AlignOptions& o : pass2) {
    judges.push_back(std::make_unique<internal::PassTwoJudges>(s.clean, o.dictionary));
  }

  std::unique_ptr<Progress> progress;
  if (options.progress) progress = std::make_unique<Progress>("review", s.docs.size());
  json index_docs = json::array();
  Deduper corpus_dedup;
  std::string doc_dir = (fs::path(out_dir) / "doc").string();
  std::size_t next = 0;
  OrderedParallelMap<std::size_t, DocPage> pm(options.threads, 4);
  pm.Run(
      [&](std::size_t& i) {
        if (next >= s.docs.size()) return false;
        i = next++;
        return true;
      },
      [&](const std::size_t& i) {
        const ReviewDoc& d = s.docs[i];
        DocPage out;
        json& e = out.entry;
        e = {{"id", i + 1}, {"en", d.en}, {"ko", d.ko}};
        if (d.report != nullptr && d.report->verdict == kDocSkipped) {
          e["verdict"] = kDocSkipped;
          e["skip_reason"] = d.report->skip_reason;
          return out;
        }
        std::uint64_t repaired = 0;
        std::string en_text, ko_text;
        try {
          en_text = internal::ReadDocument(d.en_path, s.repair, s.encoding, repaired);
          ko_text = internal::ReadDocument(d.ko_path, s.repair, s.encoding, repaired);
        } catch (const InputError&) {
          throw;
        } catch (const Error& err) {
          throw InputError(s.source, d.line, err.what());
        }
        align::PageAlignment pa = align::AlignPages(en_text, ko_text, pass2[d.group]);
        internal::DocumentJudgement j = internal::JudgeDocument(pa, judges[d.group]->scorer);
        std::string verdict = pa.en.empty() || pa.ko.empty()
                                  ? std::string(kDocOk)
                                  : std::string(DocumentVerdict(j.coverage));
        bool clean = s.corpus;
        bool dropped_unrelated = clean && verdict == kDocUnrelated && !s.keep_unrelated;
        Deduper within;
        json beads = json::array();
        std::string key_text;
        for (const std::string& x : pa.en) key_text += x + '\n';
        key_text += '\n';
        for (const std::string& x : pa.ko) key_text += x + '\n';
        for (std::size_t b = 0; b < pa.alignment.beads.size(); ++b) {
          const align::Bead& bead = pa.alignment.beads[b];
          json jb = {{"en", IntArray(bead.en)}, {"ko", IntArray(bead.ko)}};
          if (!bead.en.empty() && !bead.ko.empty()) {
            std::string en = align::JoinSide(pa.en, bead.en), ko = align::JoinSide(pa.ko, bead.ko);
            jb["score"] = RoundToDecimals(bead.score, 3);
            align::BeadEvidence ev = align::ExplainBead(en, ko, pass2[d.group]);
            json evidence = json::object();
            const std::pair<const char*, const std::vector<std::string>*> kinds[] = {
                {"numbers", &ev.numbers},
                {"latin", &ev.latin},
                {"names", &ev.names},
                {"glossary", &ev.glossary},
                {"dictionary", &ev.dictionary}};
            for (const auto& [name, items] : kinds) {
              if (!items->empty()) evidence[name] = StringArray(*items);
            }
            jb["evidence"] = evidence;
            if (dropped_unrelated) {
              jb["corpus"] = "unrelated";
            } else if (clean) {
              Verdict v = judges[d.group]->cleaner.Check(en, ko);
              if (v.keep() && within.Seen(v.key)) v.rule = kRuleDuplicate;
              jb["corpus"] = std::string(v.rule);
              if (v.keep()) {
                out.kept.push_back(v.key);
                out.kept_beads.push_back(b);
              }
            }
          }
          beads.push_back(std::move(jb));
        }
        std::string page = PageName(i);
        e["verdict"] = verdict;
        e["beads"] = pa.alignment.beads.size();
        e["candidates"] = j.candidates;
        e["mean_score"] = RoundToDecimals(j.mean_score, 3);
        e["coverage"] = RoundToDecimals(j.coverage, 3);
        e["sentences"] = {pa.en.size(), pa.ko.size()};
        e["cut"] = {pa.en_cut.size(), pa.ko_cut.size()};
        e["page"] = "doc/" + page;
        e["key"] = Hex64(key_text);
        json p = e;
        p["kind"] = "document";
        p["title"] = d.en + " | " + d.ko;
        p["en_text"] = StringArray(pa.en);
        p["ko_text"] = StringArray(pa.ko);
        p["beads"] = std::move(beads);
        p["cut"] = {{"en", CutArray(pa.en_cut)}, {"ko", CutArray(pa.ko_cut)}};
        p["warnings"] = StringArray(pa.alignment.warnings);
        p["prev"] = i == 0 ? json(nullptr) : json(PageName(i - 1));
        p["next"] = i + 1 == s.docs.size() ? json(nullptr) : json(PageName(i + 1));
        out.page = std::move(p);
        return out;
      },
      [&](DocPage&& out) {
        json& e = out.entry;
        std::size_t i = e["id"].get<std::size_t>() - 1;
        if (out.page) {
          json& p = *out.page;
          if (s.corpus) {
            // The corpus keeps a pair once: later documents' copies are corpus duplicates.
            std::size_t kept = 0;
            for (std::size_t k = 0; k < out.kept.size(); ++k) {
              if (corpus_dedup.Seen(out.kept[k])) {
                p["beads"][out.kept_beads[k]]["corpus"] = "corpus_duplicate";
              } else {
                ++kept;
              }
            }
            e["kept"] = out.kept.size();
            p["kept"] = out.kept.size();
            p["in_corpus"] = kept;
            const DocumentReport& d = *s.docs[i].report;
            if (d.kept != out.kept.size() || d.verdict != e["verdict"].get<std::string>()) {
              result.warnings.push_back(s.docs[i].en + ": the review finds " +
                                        std::to_string(out.kept.size()) + " kept pairs (" +
                                        e["verdict"].get<std::string>() + "), the report " +
                                        std::to_string(d.kept) + " (" + d.verdict +
                                        "); the documents or options changed since the build");
            }
          }
          WriteFile((fs::path(doc_dir) / PageName(i)).string(),
                    Render("document", p["title"].get<std::string>(), p), s.inputs);
          ++result.pages;
        }
        index_docs.push_back(std::move(e));
        ++result.documents;
        if (progress) progress->Advance();
      });
  if (progress) progress->Finish();

  json index = {{"kind", s.corpus ? "corpus" : "batch"},
                {"source", source},
                {"version", options.version},
                {"documents", std::move(index_docs)},
                {"warnings", StringArray(result.warnings)}};
  if (s.corpus) index["kept"] = s.report.totals.kept;
  WriteFile((fs::path(out_dir) / "review.css").string(), internal::kReviewCss, s.inputs);
  WriteFile((fs::path(out_dir) / "review.js").string(), internal::kReviewJs, s.inputs);
  WriteFile((fs::path(out_dir) / "index.html").string(),
            Render("index", "kobi review: " + source, index), s.inputs);
  return result;
}

}  // namespace kobi::corpora
