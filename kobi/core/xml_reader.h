// A streaming XML reader: the one place kobi parses XML (TMX in corpora, TBX in glossary).
// libexpat does the parsing and stays behind this header (linked PRIVATE), as ICU does behind
// unicode.h. The input is fed in chunks of any size, so a multi-GB .tmx.gz is never held in
// memory; the handler sees element starts, ends and character data as they complete.
//
//   struct Titles : kobi::XmlHandler {
//     void OnStart(std::string_view name, std::span<const kobi::XmlAttribute>) override {
//       in_title = name == "title";
//     }
//     void OnEnd(std::string_view) override { in_title = false; }
//     void OnText(std::string_view text) override { if (in_title) title += text; }
//     bool in_title = false;
//     std::string title;
//   };
//   Titles h;
//   kobi::XmlReader reader(h);
//   auto fed = reader.Feed("<a><title>x &amp; y</title></a>", /*final=*/true);
//   std::move(fed).Take("a.xml", reader.line());   // or InputError("a.xml:LINE: ...")
//   // h.title == "x & y"
//
// What is accepted: XML 1.0 read as UTF-8 whatever the declaration says; the five predefined
// entities and character references (&#38; &#x26;; `&#X26;` is not XML and is an error); CDATA
// sections (their text goes to OnText); comments and processing instructions are skipped; a
// DOCTYPE is allowed but never followed: no external entity or DTD is fetched, parameter
// entities are not parsed, and a DOCTYPE that declares entities is refused, so every entity
// reference other than the predefined ones is an error ("unknown entity"). Names are kept as
// written ("xml:lang", "tbx:term"): no namespace processing. Errors are one-line messages
// (kobi/core/parse_result.h) with line() telling where; handlers must not throw (expat is C):
// they call Fail() or Stop() instead.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "kobi/core/parse_result.h"

namespace kobi {

struct XmlAttribute {
  std::string_view name;
  std::string_view value;  // entities decoded, whitespace normalised as XML says
};

// Receives the events of one document. The views are valid during the call only. Text may
// arrive in several pieces for one run of character data.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void OnStart(std::string_view name, std::span<const XmlAttribute> attributes) = 0;
  virtual void OnEnd(std::string_view name) = 0;
  virtual void OnText(std::string_view text) = 0;
};

class XmlReader {
 public:
  // What a successful Feed() leaves: more input wanted, or the handler called Stop().
  enum class State { kMore, kStopped };

  // first_line: the line number of the first byte fed (for a document that is the rest of
  // another, as when a reader restarts after damage).
  explicit XmlReader(XmlHandler& handler, std::uint64_t first_line = 1);
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  // Parses the next chunk (any size, may split a character or a tag); final: no more input
  // follows (an unclosed element is then an error). A failure is the parser's or the
  // handler's message; line() says where. After a failure or a stop, Feed() must not be
  // called again.
  ParseResult<State> Feed(std::string_view chunk, bool final);

  // From a handler: end parsing with this error (Feed returns it).
  void Fail(std::string message);
  // From a handler: end parsing after this event without an error (Feed returns kStopped).
  void Stop();

  // Line of the current event (in a handler), of the error after a failure, or of the end of
  // the input read so far.
  std::uint64_t line() const;
  // After a failure of a final Feed(): whether it is that the input ended inside an element
  // (a truncated document; line() is then its end).
  bool ended_early() const;
  // Byte offset in the whole input fed so far of the current event (in a handler: of its
  // first byte).
  std::uint64_t byte_offset() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kobi
