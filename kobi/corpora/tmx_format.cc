// TMX 1.4b: a streaming reader (the document is fed to kobi/core/xml_reader.h in chunks of
// lines, and each <tu> becomes a pair as soon as its </tu> is read; internal/tmx_document.h
// says what a <tu> means) and a writer producing well-formed, escaped XML.
#include <optional>
#include <utility>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/markup.h"
#include "kobi/core/xml_reader.h"
#include "kobi/corpora/internal/format_impl.h"
#include "kobi/corpora/internal/tmx_document.h"

namespace kobi::corpora::internal {

ParseResult<Pair> ParseTmxUnit(std::string_view tu) {
  TmxDocument doc(TmxDocument::Mode::kUnit);
  XmlReader xml(doc);
  doc.Attach(&xml);
  ParseResult<XmlReader::State> fed = xml.Feed(tu, /*final=*/true);
  if (!fed.ok()) return ParseFailure{fed.error()};
  std::optional<TmxDocument::Unit> unit = doc.PopUnit();
  if (!unit) return ParseFailure{"no <tu> element"};
  if (!unit->error.empty()) return ParseFailure{std::move(unit->error)};
  return std::move(unit->pair);
}

namespace {

class TmxReader : public LineBasedReader {
 public:
  TmxReader(std::unique_ptr<LineSource> source, const ReaderOptions& options)
      : LineBasedReader(std::move(source), options), doc_(TmxDocument::Mode::kDocument) {
    StartXml(1);
  }

  bool Next(Pair& pair) override {
    while (true) {
      while (std::optional<TmxDocument::Unit> unit = doc_.PopUnit()) {
        if (!unit->error.empty()) {
          Bad(unit->line, unit->error);
          continue;
        }
        pair = std::move(unit->pair);
        pair.line = unit->line;
        return true;
      }
      if (fatal_) {
        InputError error = std::move(*fatal_);
        fatal_.reset();
        done_ = true;
        throw error;
      }
      if (done_) return false;
      ReadMore();
    }
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;

  void StartXml(std::uint64_t first_line) {
    xml_ = std::make_unique<XmlReader>(doc_, first_line);
    doc_.Attach(xml_.get());
    fed_ = 0;
    window_.clear();
    window_start_ = 0;
  }

  // Feeds about kChunk bytes of lines (or the rest of the input) to the XML reader.
  void ReadMore() {
    chunk_.clear();
    while (chunk_.size() < kChunk) {
      if (!source_->Next(line_)) {
        done_ = true;
        FeedXml(chunk_, /*final=*/true);
        return;
      }
      std::string message;
      const long repaired = CheckUtf8(line_, options_.repair_utf8, &message);
      if (repaired > 0) CountRepairs(static_cast<std::uint64_t>(repaired));
      if (repaired >= 0) {
        chunk_ += line_;
        chunk_ += '\n';
        continue;
      }
      // Invalid UTF-8 (no repair asked): the row it belongs to is bad.
      const std::uint64_t line = source_->line_number();
      if (!options_.skip_bad) {
        if (FeedXml(chunk_, false)) {
          fatal_.emplace(path(), line,
                         message + " (--skip-bad skips such rows" + format_note_ + ")");
        }
        done_ = true;
        return;
      }
      if (!FeedXml(chunk_, false)) return;
      chunk_.clear();
      std::string ignored;
      CheckUtf8(line_, /*repair=*/true, &ignored);  // so that the XML stays readable
      doc_.MarkBad(message);
      line_ += '\n';
      if (!FeedXml(line_, false)) return;
      if (std::optional<std::string> unclaimed = doc_.TakeUnclaimedBad()) {
        Bad(line, *unclaimed);
      }
    }
    FeedXml(chunk_, false);
  }

  // Feeds data; false (with fatal_ set, done_) after an error. A <tu> opened inside an open
  // <tu> makes the document reader stop: a fresh XML reader resumes at the inner <tu>.
  bool FeedXml(std::string_view data, bool final) {
    std::string rest;
    while (true) {
      const std::uint64_t start = fed_;
      ParseResult<XmlReader::State> fed = xml_->Feed(data, final);
      if (!fed.ok()) {
        SetFatal(fed.error(), final);
        return false;
      }
      fed_ += data.size();
      if (fed.value() == XmlReader::State::kMore) {
        KeepUnitText(data, start);
        return true;
      }
      const std::uint64_t at = doc_.restart_offset();
      if (at < start && (at < window_start_ || at - window_start_ > window_.size())) {
        SetFatal("cannot resume after the unterminated <tu>", final);  // kept text too short
        return false;
      }
      rest = at >= start ? std::string(data.substr(at - start))
                         : window_.substr(at - window_start_) + std::string(data);
      const std::string context = doc_.PrepareRestart();
      StartXml(doc_.restart_line());
      fed_ = context.size();
      if (!xml_->Feed(context, false).ok()) {
        SetFatal("cannot resume after the unterminated <tu>", final);
        return false;
      }
      data = rest;
    }
  }

  // Keeps the text of a <tu> still open at the end of a chunk: the restart may begin in it.
  void KeepUnitText(std::string_view data, std::uint64_t start) {
    if (!doc_.in_unit()) {
      window_.clear();
      return;
    }
    if (doc_.unit_offset() >= start) {
      window_start_ = doc_.unit_offset();
      window_.assign(data.substr(doc_.unit_offset() - start));
    } else if (window_.empty()) {
      window_start_ = start;
      window_.assign(data);
    } else {
      window_.append(data);
    }
  }

  void SetFatal(const std::string& message, bool final) {
    done_ = true;
    if (final && xml_->ended_early()) {
      if (doc_.in_unit()) {
        fatal_.emplace(path(), doc_.unit_line(),
                       "missing </tmx>: the file ends early (truncated?) inside this <tu>");
      } else {
        fatal_.emplace(path(), xml_->line(), "missing </tmx>: the file ends early (truncated?)");
      }
    } else if (!doc_.seen_root()) {
      fatal_.emplace(path(), xml_->line(), "not a TMX file: " + message);
    } else {
      fatal_.emplace(path(), xml_->line(), message);
    }
  }

  TmxDocument doc_;
  std::unique_ptr<XmlReader> xml_;
  std::uint64_t fed_ = 0;  // bytes given to xml_
  std::string window_;     // the open <tu>'s text fed in earlier chunks, from window_start_
  std::uint64_t window_start_ = 0;
  std::string line_, chunk_;
  bool done_ = false;
  std::optional<InputError> fatal_;
};

class TmxWriter : public PairWriter {
 public:
  TmxWriter(const std::string& path, const WriterOptions& options)
      : out_(path, options.inputs), options_(options) {
    out_.Write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<tmx version=\"1.4\">\n"
        "  <header creationtool=\"kobi\" creationtoolversion=\"0.1\" datatype=\"plaintext\" "
        "segtype=\"sentence\" adminlang=\"en\" srclang=\"" +
        EscapeXmlAttribute(options_.en_lang) + "\" o-tmf=\"kobi\"/>\n  <body>\n");
  }
  void Write(const Pair& pair) override {
    std::string s = "    <tu>\n";
    for (std::size_t i = 0; i < pair.extra.size(); ++i) {
      std::string type = i == kScoreSlot    ? "x-kobi-score"
                         : i == kSourceSlot ? "x-kobi-source"
                                            : "x-kobi-extra";
      std::string value = EscapeTmxSegment(pair.extra[i]);
      if (value.find("<ph") != std::string::npos) {
        throw InputError(options_.input_name, pair.line,
                         "extra column holds a control character, which TMX cannot carry");
      }
      s += "      <prop type=\"" + EscapeXmlAttribute(type) + "\">" + value + "</prop>\n";
    }
    s += "      <tuv xml:lang=\"" + EscapeXmlAttribute(options_.en_lang) + "\"><seg>" +
         EscapeTmxSegment(pair.en) + "</seg></tuv>\n";
    s += "      <tuv xml:lang=\"" + EscapeXmlAttribute(options_.ko_lang) + "\"><seg>" +
         EscapeTmxSegment(pair.ko) + "</seg></tuv>\n    </tu>\n";
    out_.Write(s);
  }
  void Close() override {
    if (closed_) return;
    closed_ = true;
    out_.Write("  </body>\n</tmx>\n");
    out_.Close();
  }

 private:
  OutputFile out_;
  WriterOptions options_;
  bool closed_ = false;
};

}  // namespace

std::unique_ptr<PairReader> MakeTmxReader(std::unique_ptr<LineSource> source,
                                          const ReaderOptions& options) {
  return std::make_unique<TmxReader>(std::move(source), options);
}

std::unique_ptr<PairWriter> MakeTmxWriter(const std::string& path, const WriterOptions& options) {
  return std::make_unique<TmxWriter>(path, options);
}

}  // namespace kobi::corpora::internal
