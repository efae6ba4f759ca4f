// TMX 1.4b: a streaming reader (one <tu> at a time, through the small scanner in
// internal/xml_scan.h) and a writer producing well-formed, escaped XML.
#include <optional>
#include <algorithm>
#include <utility>

#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/markup.h"
#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/internal/format_impl.h"
#include "kobi/corpora/internal/xml_scan.h"

namespace kobi::corpora::internal {
namespace {

constexpr std::string_view kCharPh = kTmxCharPhType;  // written by EscapeTmxSegment

// "en", "en-US", "EN_gb", "eng" -> "en"; "ko-KR", "kor" -> "ko"; others as lowercase primary.
std::string PrimaryLang(std::string_view code) {
  std::string l;
  for (char c : code) {
    if (c == '-' || c == '_') break;
    l += AsciiToLower(c);
  }
  if (l == "eng") return "en";
  if (l == "kor") return "ko";
  return l;
}

bool IsCodeElement(std::string_view name) {
  return name == "bpt" || name == "ept" || name == "it" || name == "ph" || name == "ut";
}

}  // namespace

namespace {

// The parser proper: fills pair, returns an error message or "".
std::string ParseUnitInto(std::string_view tu, Pair& pair) {
  XmlScanner scanner(tu);
  std::vector<std::string> stack;
  bool has_en = false, has_ko = false;
  std::string lang;        // of the current tuv
  std::string* target = nullptr;  // text being collected (seg or prop)
  std::string seg_text, prop_text;
  int code_depth = 0;
  bool in_char_ph = false;
  std::string char_ph_text;
  bool kobi_prop = false;
  std::string prop_name;  // "score", "source" or "" (unnamed)
  std::optional<std::string> score, source;
  std::vector<std::string> unnamed;
  pair.extra.clear();
  auto close = [&](const std::string& name) -> std::string {
        if (name == "seg") {
      target = nullptr;
      if (lang == "en" || lang == "ko") {
        bool& seen = lang == "en" ? has_en : has_ko;
        if (seen) return "<tu> has two <tuv> for " + lang;
        seen = true;
        (lang == "en" ? pair.en : pair.ko) = std::move(seg_text);
      }
    } else if (name == "prop") {
      if (kobi_prop) {
        if (prop_name == "score" && !score) {
          score = std::move(prop_text);
        } else if (prop_name == "source" && !source) {
          source = std::move(prop_text);
        } else {
          unnamed.push_back(std::move(prop_text));
        }
      }
      target = nullptr;
      kobi_prop = false;
    } else if (name == "ph" && in_char_ph) {
      in_char_ph = false;
      unsigned long cp = std::strtoul(char_ph_text.c_str(), nullptr, 16);
      if (char_ph_text.empty() || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return "bad <ph type=\"x-kobi-char\"> value";
      }
      utf8::Append(seg_text, static_cast<char32_t>(cp));
    } else if (IsCodeElement(name)) {
      --code_depth;
    }
    return "";
  };
  while (true) {
    XmlToken t = scanner.Next();
    switch (t.kind) {
      case XmlToken::kError: return t.text;
      case XmlToken::kEof:
        if (!stack.empty()) return "unclosed <" + stack.back() + ">";
        if (!has_en) return "<tu> has no English (xml:lang=\"en\") <tuv>";
        if (!has_ko) return "<tu> has no Korean (xml:lang=\"ko\") <tuv>";
        pair.extra = ArrangeMetadata(score ? &*score : nullptr, source ? &*source : nullptr,
                                     std::move(unnamed));
        return "";
      case XmlToken::kText:
        if (in_char_ph) char_ph_text += t.text;
        else if (target && code_depth == 0) *target += t.text;
        else if (!target && t.text.find_first_not_of(" \t\r\n") != std::string::npos &&
                 !stack.empty() && (stack.back() == "tu" || stack.back() == "tuv")) {
          return "text outside <seg> in <" + stack.back() + ">";
        }
        break;
      case XmlToken::kEmpty:
      case XmlToken::kStart: {
        const std::string& name = t.name;
        const std::string parent = stack.empty() ? "" : stack.back();
        if (stack.empty() && name != "tu") return "expected <tu>, found <" + name + ">";
        if (name == "tuv") {
          if (parent != "tu") return "<tuv> outside <tu>";
          const std::string* l = t.Attr("xml:lang");
          if (!l) l = t.Attr("lang");
          if (!l) return "<tuv> without xml:lang";
          lang = PrimaryLang(*l);
        } else if (name == "seg") {
          if (parent != "tuv") return "<seg> outside <tuv>";
          seg_text.clear();
          target = &seg_text;
        } else if (name == "prop" && (parent == "tu" || parent == "tuv")) {
          const std::string* type = t.Attr("type");
          // x-kobi-score / x-kobi-source / x-kobi-*; x-score is what kobi align wrote before.
          kobi_prop = parent == "tu" && type && (type->starts_with("x-kobi-") || *type == "x-score");
          prop_name = !kobi_prop                  ? ""
                      : *type == "x-kobi-source" ? "source"
                      : (*type == "x-kobi-score" || *type == "x-score") ? "score"
                                                                        : "";
          prop_text.clear();
          target = kobi_prop ? &prop_text : nullptr;
        } else if (IsCodeElement(name)) {
          if (parent.empty() || target != &seg_text) return "<" + name + "> outside <seg>";
          const std::string* type = t.Attr("type");
          if (name == "ph" && type && *type == kCharPh) {
            in_char_ph = true;
            char_ph_text.clear();
          } else {
            ++code_depth;
          }
        }
        if (t.kind == XmlToken::kStart) {
          stack.push_back(name);
        } else {
          std::string error = close(name);
          if (!error.empty()) return error;
        }
        break;
      }
      case XmlToken::kEnd: {
        if (stack.empty() || stack.back() != t.name) {
          return "mismatched </" + t.name + ">" +
                 (stack.empty() ? std::string() : " (open: <" + stack.back() + ">)");
        }
        stack.pop_back();
        std::string error = close(t.name);
        if (!error.empty()) return error;
        break;
      }
    }
  }
}

}  // namespace

ParseResult<Pair> ParseTmxUnit(std::string_view tu) {
  Pair pair;
  std::string error = ParseUnitInto(tu, pair);
  if (!error.empty()) return ParseFailure{std::move(error)};
  return pair;
}

namespace {

class TmxReader : public LineBasedReader {
 public:
  using LineBasedReader::LineBasedReader;

  bool Next(Pair& pair) override {
    while (true) {
      if (Extract(pair)) return true;
      if (!source_->Next(line_)) break;
      if (buf_.empty()) buf_line_ = source_->line_number();
      buf_ += line_;
      buf_ += '\n';
    }
    // End of input: whatever is left in buf_ was never classified (it may be short).
    if (!in_tu_ && buf_.starts_with("<!--")) {
      throw InputError(path(), buf_line_,
                       "unterminated comment <!-- (everything after it would be lost)");
    }
    seen_end_ = seen_end_ || buf_.find("</tmx>") != std::string::npos;
    if (in_tu_) {
      in_tu_ = false;
      buf_.clear();
      Bad(tu_line_, "unterminated <tu>");
    }
    if (!seen_tmx_) {
      seen_tmx_ = true;  // report once
      throw InputError(path(), 0, "not a TMX file (no <tmx> element)");
    }
    if (!seen_end_) {
      seen_end_ = true;  // report once
      throw InputError(path(), buf_line_, "missing </tmx>: the file ends early (truncated?)");
    }
    return false;
  }

 private:
  // Drops buf_[0, n), keeping the line count of buf_[0].
  void Consume(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      if (buf_[i] == '\n') ++buf_line_;
    }
    buf_.erase(0, n);
    scan_ = 0;
  }

  bool Extract(Pair& pair) {
    while (true) {
      if (!in_tu_) {
        std::size_t lt = buf_.find('<', scan_);
        if (lt == std::string::npos) {
          Consume(buf_.size());
          return false;
        }
        Consume(lt);
        std::string_view rest(buf_);
        if (rest.size() < 10) return false;  // need more to classify (lines end in '\n')
        if (rest.starts_with("<!--")) {
          std::size_t end = buf_.find("-->", std::max<std::size_t>(4, comment_from_));
          if (end == std::string::npos) {
            comment_from_ = buf_.size() - 2;  // resume here: the search stays linear
            return false;
          }
          comment_from_ = 0;
          Consume(end + 3);
          continue;
        }
        if (rest.starts_with("<tmx") && (rest[4] == ' ' || rest[4] == '>' || rest[4] == '\n')) {
          seen_tmx_ = true;
        }
        if (rest.starts_with("</tmx")) seen_end_ = true;
        if (IsTuOpen(rest, 0)) {
          if (!seen_tmx_) {
            throw InputError(path(), buf_line_, "<tu> before the <tmx> root element");
          }
          in_tu_ = true;
          tu_line_ = buf_line_;
          scan_ = 3;
          if (rest.starts_with("<tu/>") || rest.starts_with("<tu />")) {
            in_tu_ = false;
            Consume(rest.find('>') + 1);
            Bad(tu_line_, "empty <tu/>");
          }
          continue;
        }
        scan_ = 1;
        continue;
      }
      std::size_t end = buf_.find("</tu>", scan_);
      std::size_t next_tu = FindTuOpen(scan_, end);
      if (next_tu != std::string::npos) {  // a <tu> never closed: it ends where the next begins
        in_tu_ = false;
        Consume(next_tu);
        Bad(tu_line_, "unterminated <tu> (the next <tu> starts at line " + std::to_string(buf_line_) + ")");
        continue;
      }
      if (end == std::string::npos) {
        scan_ = buf_.size() >= 5 ? buf_.size() - 5 : 0;
        return false;
      }
      in_tu_ = false;
      std::string block = buf_.substr(0, end + 5);
      Consume(end + 5);
      if (!ValidUtf8(block, tu_line_)) continue;
      ParseResult<Pair> parsed = ParseTmxUnit(block);
      if (!parsed.ok()) {
        Bad(tu_line_, parsed.error());
        continue;
      }
      pair = std::move(parsed).value();
      pair.line = tu_line_;
      return true;
    }
  }

  static bool IsTuOpen(std::string_view s, std::size_t i) {
    if (s.compare(i, 3, "<tu") != 0 || i + 3 >= s.size()) return false;
    char c = s[i + 3];
    return c == ' ' || c == '>' || c == '\n' || c == '\t' || c == '/';
  }
  // First "<tu" opening in buf_[from, to) (to = npos: to the end), or npos.
  std::size_t FindTuOpen(std::size_t from, std::size_t to) const {
    for (std::size_t i = buf_.find("<tu", from); i != std::string::npos && i < to;
         i = buf_.find("<tu", i + 1)) {
      if (IsTuOpen(buf_, i)) return i;
    }
    return std::string::npos;
  }

  std::string line_;
  std::string buf_;
  std::size_t scan_ = 0;
  std::size_t comment_from_ = 0;
  bool seen_end_ = false;
  std::uint64_t buf_line_ = 1;
  std::uint64_t tu_line_ = 0;
  bool in_tu_ = false;
  bool seen_tmx_ = false;
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
