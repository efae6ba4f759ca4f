// What a TMX document means to kobi: the XML events of kobi/core/xml_reader.h turned into
// pairs, one per <tu>, as each </tu> is read. Used by the TMX reader (a whole document, fed in
// chunks) and by ParseTmxUnit (one <tu> element on its own).
//
//   TmxDocument doc(TmxDocument::Mode::kDocument);
//   kobi::XmlReader xml(doc);
//   doc.Attach(&xml);
//   (void)xml.Feed("<tmx><body><tu>…</tu>", false);
//   while (auto unit = doc.PopUnit()) { /* unit->error.empty() ? unit->pair : bad row */ }
//
// A <tu> that breaks kobi's rules (no English or Korean <tuv>, two for one language, text
// outside <seg>, a bad x-kobi-char placeholder) comes out as a unit with an error and its
// line: the reader reports or skips it. What would lose pairs stops the XML reader with an
// error (a <tu> before or outside <tmx>, a root other than <tmx>). A <tu> opened inside another
// (the first was never closed) stops the reader without an error: restart_line() and
// restart_offset() say where the inner <tu> begins so the caller can resume there.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/xml_reader.h"
#include "kobi/corpora/pair.h"

namespace kobi::corpora::internal {

class TmxDocument : public XmlHandler {
 public:
  // kDocument: the root must be <tmx>; kUnit: the root must be <tu> (ParseTmxUnit).
  enum class Mode { kDocument, kUnit };
  struct Unit {
    Pair pair;          // valid when error is empty
    std::string error;  // why the <tu> is a bad row
    std::uint64_t line = 0;
  };

  explicit TmxDocument(Mode mode) : mode_(mode) {}
  // The XML reader this handler reports to (Fail/Stop, line numbers, offsets).
  void Attach(XmlReader* xml) { xml_ = xml; }

  void OnStart(std::string_view name, std::span<const XmlAttribute> attributes) override;
  void OnEnd(std::string_view name) override;
  void OnText(std::string_view text) override;

  // The next complete unit, in document order.
  std::optional<Unit> PopUnit();
  bool has_units() const { return !units_.empty(); }

  // The current <tu> (or, when none is open, the next one to start) is a bad row.
  void MarkBad(std::string message);
  // A MarkBad() that found no <tu> to go to; taken (cleared) by the call.
  std::optional<std::string> TakeUnclaimedBad();

  bool seen_root() const { return seen_root_; }
  bool root_closed() const { return root_closed_; }
  bool in_unit() const { return unit_depth_ > 0; }
  std::uint64_t unit_line() const { return unit_line_; }
  std::uint64_t unit_offset() const { return unit_offset_; }

  // After a stop for a <tu> inside a <tu>: where the inner one starts, and the markup to feed
  // a fresh XML reader first so that it resumes in the same context ("<tmx><body>").
  std::uint64_t restart_line() const { return restart_line_; }
  std::uint64_t restart_offset() const { return restart_offset_; }
  // Clears the element stack for a fresh reader and returns that context markup.
  std::string PrepareRestart();

 private:
  void BeginUnit(std::uint64_t line, std::uint64_t offset);
  void EndUnit();
  void UnitError(std::string message);
  void UnitStart(std::string_view name, std::span<const XmlAttribute> attributes,
                 std::string_view parent);
  void UnitEnd(std::string_view name);

  Mode mode_;
  XmlReader* xml_ = nullptr;
  std::vector<std::string> stack_;
  std::deque<Unit> units_;
  bool seen_root_ = false;
  bool root_closed_ = false;
  std::optional<std::string> pending_bad_;
  std::uint64_t restart_line_ = 0, restart_offset_ = 0;
  std::vector<std::string> restart_context_;

  // The open <tu>.
  std::size_t unit_depth_ = 0;  // stack size with the <tu> on it; 0 outside
  std::uint64_t unit_line_ = 0, unit_offset_ = 0;
  std::string unit_error_;
  Pair pair_;
  bool has_en_ = false, has_ko_ = false;
  std::string lang_;               // of the current <tuv>
  std::string* target_ = nullptr;  // text being collected (<seg> or a kobi <prop>)
  std::string seg_text_, prop_text_;
  int code_depth_ = 0;  // inside <bpt>/<ept>/<it>/<ph>/<ut> (their text is markup, dropped)
  bool in_char_ph_ = false;
  std::string char_ph_text_;
  bool kobi_prop_ = false;
  std::string prop_name_;  // "score", "source" or "" (unnamed)
  std::optional<std::string> score_, source_;
  std::vector<std::string> unnamed_;
};

}  // namespace kobi::corpora::internal
