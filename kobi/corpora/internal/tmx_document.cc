// TMX events -> pairs; see tmx_document.h.
#include "kobi/corpora/internal/tmx_document.h"

#include <charconv>
#include <utility>

#include "kobi/core/markup.h"
#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/internal/format_impl.h"

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

const std::string_view* Attr(std::span<const XmlAttribute> attributes, std::string_view key) {
  for (const XmlAttribute& a : attributes) {
    if (a.name == key) return &a.value;
  }
  return nullptr;
}

}  // namespace

void TmxDocument::OnStart(std::string_view name, std::span<const XmlAttribute> attributes) {
  if (stack_.empty()) {
    if (mode_ == Mode::kUnit) {
      if (name != "tu") return xml_->Fail("expected <tu>, found <" + std::string(name) + ">");
    } else if (name == "tu") {
      return xml_->Fail("<tu> before the <tmx> root element");
    } else if (name != "tmx") {
      return xml_->Fail("the root element is <" + std::string(name) + ">, not <tmx>");
    }
    seen_root_ = true;
  }
  if (name == "tu") {
    if (in_unit()) {
      if (mode_ == Mode::kUnit) return xml_->Fail("<tu> inside <tu>");
      // The open <tu> was never closed: it is a bad row, and reading resumes at this one.
      restart_line_ = xml_->line();
      restart_offset_ = xml_->byte_offset();
      restart_context_.assign(stack_.begin(),
                              stack_.begin() + static_cast<std::ptrdiff_t>(unit_depth_ - 1));
      units_.push_back(Unit{
          {},
          "unterminated <tu> (the next <tu> starts at line " + std::to_string(restart_line_) + ")",
          unit_line_});
      unit_depth_ = 0;
      return xml_->Stop();
    }
    stack_.emplace_back(name);
    BeginUnit(xml_->line(), xml_->byte_offset());
    return;
  }
  stack_.emplace_back(name);
  if (in_unit() && unit_error_.empty()) {
    UnitStart(name, attributes, stack_.size() >= 2 ? stack_[stack_.size() - 2] : "");
  }
}

void TmxDocument::OnEnd(std::string_view name) {
  if (stack_.empty()) return;
  const bool closes_unit = in_unit() && stack_.size() == unit_depth_;
  stack_.pop_back();
  if (stack_.empty()) root_closed_ = true;
  if (closes_unit) {
    EndUnit();
  } else if (in_unit() && unit_error_.empty()) {
    UnitEnd(name);
  }
}

void TmxDocument::OnText(std::string_view text) {
  if (!in_unit() || !unit_error_.empty()) return;
  if (in_char_ph_) {
    char_ph_text_ += text;
  } else if (target_) {
    if (code_depth_ == 0) *target_ += text;
  } else if (text.find_first_not_of(" \t\r\n") != std::string_view::npos &&
             (stack_.back() == "tu" || stack_.back() == "tuv")) {
    UnitError("text outside <seg> in <" + stack_.back() + ">");
  }
}

std::optional<TmxDocument::Unit> TmxDocument::PopUnit() {
  if (units_.empty()) return std::nullopt;
  Unit u = std::move(units_.front());
  units_.pop_front();
  return u;
}

void TmxDocument::MarkBad(std::string message) {
  if (in_unit()) {
    UnitError(std::move(message));
  } else if (!pending_bad_) {
    pending_bad_ = std::move(message);
  }
}

std::optional<std::string> TmxDocument::TakeUnclaimedBad() {
  std::optional<std::string> m = std::move(pending_bad_);
  pending_bad_.reset();
  return m;
}

std::string TmxDocument::PrepareRestart() {
  std::string markup;
  for (const std::string& name : restart_context_) markup += "<" + name + ">";
  stack_.clear();
  unit_depth_ = 0;
  return markup;
}

void TmxDocument::BeginUnit(std::uint64_t line, std::uint64_t offset) {
  unit_depth_ = stack_.size();
  unit_line_ = line;
  unit_offset_ = offset;
  unit_error_.clear();
  if (pending_bad_) {
    unit_error_ = std::move(*pending_bad_);
    pending_bad_.reset();
  }
  pair_ = Pair();
  has_en_ = has_ko_ = false;
  lang_.clear();
  target_ = nullptr;
  code_depth_ = 0;
  in_char_ph_ = false;
  kobi_prop_ = false;
  score_.reset();
  source_.reset();
  unnamed_.clear();
}

void TmxDocument::UnitError(std::string message) {
  if (unit_error_.empty()) unit_error_ = std::move(message);
}

void TmxDocument::EndUnit() {
  unit_depth_ = 0;
  if (unit_error_.empty() && !has_en_) unit_error_ = "<tu> has no English (xml:lang=\"en\") <tuv>";
  if (unit_error_.empty() && !has_ko_) unit_error_ = "<tu> has no Korean (xml:lang=\"ko\") <tuv>";
  Unit u;
  u.line = unit_line_;
  if (unit_error_.empty()) {
    pair_.extra = ArrangeMetadata(score_ ? &*score_ : nullptr, source_ ? &*source_ : nullptr,
                                  std::move(unnamed_));
    u.pair = std::move(pair_);
  } else {
    u.error = std::move(unit_error_);
  }
  units_.push_back(std::move(u));
}

void TmxDocument::UnitStart(std::string_view name, std::span<const XmlAttribute> attributes,
                            std::string_view parent) {
  if (name == "tuv") {
    if (parent != "tu") return UnitError("<tuv> outside <tu>");
    const std::string_view* l = Attr(attributes, "xml:lang");
    if (!l) l = Attr(attributes, "lang");
    if (!l) return UnitError("<tuv> without xml:lang");
    lang_ = PrimaryLang(*l);
  } else if (name == "seg") {
    if (parent != "tuv") return UnitError("<seg> outside <tuv>");
    seg_text_.clear();
    target_ = &seg_text_;
  } else if (name == "prop" && (parent == "tu" || parent == "tuv")) {
    const std::string_view* type = Attr(attributes, "type");
    // x-kobi-score / x-kobi-source / x-kobi-*; x-score is what kobi align wrote before.
    kobi_prop_ = parent == "tu" && type && (type->starts_with("x-kobi-") || *type == "x-score");
    prop_name_ = !kobi_prop_                                       ? ""
                 : *type == "x-kobi-source"                        ? "source"
                 : (*type == "x-kobi-score" || *type == "x-score") ? "score"
                                                                   : "";
    prop_text_.clear();
    target_ = kobi_prop_ ? &prop_text_ : nullptr;
  } else if (IsCodeElement(name)) {
    if (target_ != &seg_text_) {
      std::string message("<");
      return UnitError(message.append(name).append("> outside <seg>"));
    }
    const std::string_view* type = Attr(attributes, "type");
    if (name == "ph" && type && *type == kCharPh) {
      in_char_ph_ = true;
      char_ph_text_.clear();
    } else {
      ++code_depth_;
    }
  }
}

void TmxDocument::UnitEnd(std::string_view name) {
  if (name == "seg") {
    target_ = nullptr;
    if (lang_ == "en" || lang_ == "ko") {
      bool& seen = lang_ == "en" ? has_en_ : has_ko_;
      if (seen) return UnitError("<tu> has two <tuv> for " + lang_);
      seen = true;
      (lang_ == "en" ? pair_.en : pair_.ko) = std::move(seg_text_);
    }
  } else if (name == "prop") {
    if (kobi_prop_) {
      if (prop_name_ == "score" && !score_) {
        score_ = std::move(prop_text_);
      } else if (prop_name_ == "source" && !source_) {
        source_ = std::move(prop_text_);
      } else {
        unnamed_.push_back(std::move(prop_text_));
      }
    }
    target_ = nullptr;
    kobi_prop_ = false;
  } else if (name == "ph" && in_char_ph_) {
    in_char_ph_ = false;
    std::uint32_t cp = 0;
    const char* end = char_ph_text_.data() + char_ph_text_.size();
    auto [ptr, ec] = std::from_chars(char_ph_text_.data(), end, cp, 16);
    if (char_ph_text_.empty() || ec != std::errc() || ptr != end || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return UnitError("bad <ph type=\"x-kobi-char\"> value");
    }
    utf8::Append(seg_text_, static_cast<char32_t>(cp));
  } else if (IsCodeElement(name)) {
    --code_depth_;
  }
}

}  // namespace kobi::corpora::internal
