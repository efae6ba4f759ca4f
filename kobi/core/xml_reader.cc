// The XML reader over libexpat; see xml_reader.h.
#include "kobi/core/xml_reader.h"

#include <expat.h>

#include <optional>
#include <utility>
#include <vector>

#include "kobi/core/utf8.h"

namespace kobi {

struct XmlReader::Impl {
  XML_Parser parser = nullptr;
  XmlHandler* handler = nullptr;
  std::uint64_t line_base = 0;
  std::optional<std::string> failure;  // set by Fail() or a refused construct
  bool stopped = false;                // Stop() or Fail() called
  bool ended_early = false;            // the final Feed() found elements still open
  std::vector<std::pair<std::string, std::uint64_t>> open;  // element names and their lines
  std::vector<XmlAttribute> attributes;

  std::uint64_t Line() const { return line_base + XML_GetCurrentLineNumber(parser); }

  void Halt(std::optional<std::string> message) {
    if (stopped) return;
    stopped = true;
    failure = std::move(message);
    XML_StopParser(parser, XML_FALSE);
  }

  // Up to `max` bytes of input from the current position, cut at a line end and at a
  // character boundary: the "near ..." of an error message.
  std::string Near(std::size_t max = 24) const {
    int offset = 0, size = 0;
    const char* buf = XML_GetInputContext(parser, &offset, &size);
    if (!buf || offset < 0 || offset >= size) return "";
    std::string_view rest(buf + offset, static_cast<std::size_t>(size - offset));
    rest = rest.substr(0, std::min(rest.size(), rest.find('\n')));
    if (rest.size() > max) rest = rest.substr(0, max);
    while (!rest.empty() && !utf8::IsValid(rest)) rest.remove_suffix(1);
    return std::string(rest);
  }

  std::string Describe(XML_Error code) const {
    const std::string near = Near();
    const std::string at = near.empty() ? "" : " near \"" + near + "\"";
    switch (code) {
      case XML_ERROR_UNDEFINED_ENTITY:
        return "unknown entity" + at +
               " (XML has only &lt; &gt; &amp; &quot; &apos; and character references)";
      case XML_ERROR_BAD_CHAR_REF:
        return "bad character reference" + at;
      case XML_ERROR_TAG_MISMATCH: {
        std::string end = Near(120);
        end = end.substr(0, end.find('>') + 1);
        if (!end.starts_with("</")) end = "</" + end;  // expat points past the "</"

        return "mismatched end tag " + end +
               (open.empty() ? std::string()
                             : ": it does not close <" + open.back().first + "> (opened at line " +
                                   std::to_string(open.back().second) + ")");
      }
      case XML_ERROR_UNCLOSED_TOKEN:
      case XML_ERROR_PARTIAL_CHAR:
        if (near.starts_with("<!--")) return "unterminated comment <!--";
        if (near.starts_with("<![CDATA[")) return "unterminated CDATA section";
        return "unterminated markup" + at + " at the end of the input (truncated?)";
      case XML_ERROR_UNCLOSED_CDATA_SECTION:
        return "unterminated CDATA section <![CDATA[ (the input ends in it)";
      case XML_ERROR_NO_ELEMENTS:
        if (!open.empty()) {
          return "missing </" + open.back().first + "> (opened at line " +
                 std::to_string(open.back().second) + "): the input ends early (truncated?)";
        }
        return "no element found";
      case XML_ERROR_JUNK_AFTER_DOC_ELEMENT:
        return "content after the root element" + at;
      default:
        return std::string(XML_ErrorString(code)) + at;
    }
  }

  static void OnStart(void* data, const XML_Char* name, const XML_Char** attrs) {
    auto* self = static_cast<Impl*>(data);
    if (self->stopped) return;
    self->attributes.clear();
    for (const XML_Char** a = attrs; a[0] && a[1]; a += 2) {
      self->attributes.push_back(XmlAttribute{a[0], a[1]});
    }
    self->open.emplace_back(name, self->Line());
    self->handler->OnStart(name, self->attributes);
  }
  static void OnEnd(void* data, const XML_Char* name) {
    auto* self = static_cast<Impl*>(data);
    if (self->stopped) return;
    if (!self->open.empty()) self->open.pop_back();
    self->handler->OnEnd(name);
  }
  static void OnText(void* data, const XML_Char* text, int len) {
    auto* self = static_cast<Impl*>(data);
    if (self->stopped) return;
    self->handler->OnText(std::string_view(text, static_cast<std::size_t>(len)));
  }
  static void OnEntityDecl(void* data, const XML_Char* name, int /*is_parameter*/,
                           const XML_Char* /*value*/, int /*length*/, const XML_Char* /*base*/,
                           const XML_Char* /*system_id*/, const XML_Char* /*public_id*/,
                           const XML_Char* /*notation*/) {
    auto* self = static_cast<Impl*>(data);
    self->Halt("the DOCTYPE declares the entity \"" + std::string(name) +
               "\"; kobi reads no entity declarations");
  }
  static void OnSkippedEntity(void* data, const XML_Char* name, int /*is_parameter*/) {
    auto* self = static_cast<Impl*>(data);
    self->Halt("unknown entity &" + std::string(name) +
               "; (the DTD is not read; XML has only &lt; &gt; &amp; &quot; &apos; and "
               "character references)");
  }
};

XmlReader::XmlReader(XmlHandler& handler, std::uint64_t first_line) : impl_(new Impl) {
  // The encoding given here overrides the document's declaration: kobi reads UTF-8.
  impl_->parser = XML_ParserCreate("UTF-8");
  if (!impl_->parser) throw std::bad_alloc();
  impl_->handler = &handler;
  impl_->line_base = first_line - 1;
  XML_SetUserData(impl_->parser, impl_.get());
  XML_SetElementHandler(impl_->parser, &Impl::OnStart, &Impl::OnEnd);
  XML_SetCharacterDataHandler(impl_->parser, &Impl::OnText);
  // No external DTD or parameter entities; entity declarations refused; an entity reference
  // expat would skip (because of an unread external subset) is an error, not a silent drop.
  XML_SetParamEntityParsing(impl_->parser, XML_PARAM_ENTITY_PARSING_NEVER);
  XML_SetEntityDeclHandler(impl_->parser, &Impl::OnEntityDecl);
  XML_SetSkippedEntityHandler(impl_->parser, &Impl::OnSkippedEntity);
}

XmlReader::~XmlReader() {
  if (impl_->parser) XML_ParserFree(impl_->parser);
}

ParseResult<XmlReader::State> XmlReader::Feed(std::string_view chunk, bool final) {
  Impl& s = *impl_;
  if (s.failure) return ParseFailure{*s.failure};
  if (s.stopped) return State::kStopped;
  // expat takes an int length: feed huge chunks in pieces.
  constexpr std::size_t kMaxPiece = std::size_t{1} << 30;
  do {
    const std::size_t n = std::min(chunk.size(), kMaxPiece);
    const bool last = final && n == chunk.size();
    if (XML_Parse(s.parser, chunk.data(), static_cast<int>(n), last ? XML_TRUE : XML_FALSE) ==
        XML_STATUS_ERROR) {
      const XML_Error code = XML_GetErrorCode(s.parser);
      if (code == XML_ERROR_ABORTED && s.stopped) {
        if (s.failure) return ParseFailure{*s.failure};
        return State::kStopped;
      }
      s.ended_early = code == XML_ERROR_NO_ELEMENTS && !s.open.empty();
      s.failure = s.Describe(code);
      s.stopped = true;
      return ParseFailure{*s.failure};
    }
    chunk.remove_prefix(n);
  } while (!chunk.empty());
  return State::kMore;
}

void XmlReader::Fail(std::string message) { impl_->Halt(std::move(message)); }

void XmlReader::Stop() { impl_->Halt(std::nullopt); }

std::uint64_t XmlReader::line() const { return impl_->Line(); }

bool XmlReader::ended_early() const { return impl_->ended_early; }

std::uint64_t XmlReader::byte_offset() const {
  const XML_Index i = XML_GetCurrentByteIndex(impl_->parser);
  return i < 0 ? 0 : static_cast<std::uint64_t>(i);
}

}  // namespace kobi
