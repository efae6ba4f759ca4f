// Page segmentation in three passes:
//   1. cut the page into trimmed lines and classify each line on its own (zone_rules.h);
//   2. use position to settle the lines no rule claimed: the headline is the first title-like
//      line near the top, the body runs from the first to the last sentence-like line, and
//      what is left in the header, the footer or a related-articles block is boilerplate;
//   3. cut wire datelines, trailing credits and glued furniture out of body paragraphs
//      (zone_inline.h) and split what remains into sentences.
#include "kobi/tokenize/page_segmenter.h"

#include <array>

#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/zone_inline.h"
#include "kobi/tokenize/internal/zone_rules.h"
#include "kobi/tokenize/internal/zone_words.h"
#include "kobi/tokenize/sentence_splitter.h"

namespace kobi::tokenize {
namespace {

using internal::LineKind;

constexpr std::array<std::string_view, 7> kZoneNames = {"headline", "byline",  "dateline",   "body",
                                                        "credit",   "caption", "boilerplate"};

constexpr std::size_t kLongLineWords = 14;

struct Line {
  Span span;                  // trimmed, into the page
  bool blank_before = false;  // a blank line (or the start of the page) precedes it
  LineKind kind = LineKind::kUnknown;
  bool sentence_like = false;
};

Span TrimSpan(std::string_view page, Span span) {
  std::string_view t = utf8::Trim(span.In(page));
  if (t.empty()) return {span.end, span.end};
  std::size_t begin = static_cast<std::size_t>(t.data() - page.data());
  return {begin, begin + t.size()};
}

std::vector<Line> SplitLines(std::string_view page) {
  std::vector<Line> lines;
  bool blank = true;
  std::size_t pos = 0;
  while (pos <= page.size()) {
    std::size_t nl = page.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? page.size() : nl;
    Span span = TrimSpan(page, {pos, end});
    if (span.empty()) {
      blank = true;
    } else {
      lines.push_back({span, blank, LineKind::kUnknown, false});
      blank = false;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

Zone ZoneOfKind(LineKind kind, bool before_body) {
  switch (kind) {
    case LineKind::kDateline:
      return Zone::kDateline;
    case LineKind::kByline:
    case LineKind::kHangulName:
      return Zone::kByline;
    case LineKind::kReporterEmail:
      return before_body ? Zone::kByline : Zone::kCredit;
    case LineKind::kCredit:
      return Zone::kCredit;
    case LineKind::kCaption:
      return Zone::kCaption;
    default:
      return Zone::kBoilerplate;
  }
}

class Segmenter {
 public:
  Segmenter(std::string_view page, Lang lang) : page_(page), lang_(lang) {}

  std::vector<Segment> Run();

 private:
  void Emit(Span span, Zone zone);
  void Paragraph(Span span);
  void Sentence(Span span);
  // Whole-sentence furniture inside a body paragraph (no position-dependent kinds).
  Zone SentenceZone(std::string_view text) const;

  std::string_view page_;
  Lang lang_;
  std::vector<Segment> out_;
};

void Segmenter::Emit(Span span, Zone zone) {
  span = TrimSpan(page_, span);
  if (span.empty()) return;
  Segment s;
  s.zone = zone;
  s.span = span;
  s.text = std::string(span.In(page_));
  s.lang = GuessLang(s.text);
  out_.push_back(std::move(s));
}

Zone Segmenter::SentenceZone(std::string_view text) const {
  // Furniture is short: a long sentence with a proper end is body (and skips the rules).
  if (text.size() > 120 && internal::EndsWithTerminalPunct(text) &&
      internal::SplitWords(text).size() > 16) {
    return Zone::kBody;
  }
  switch (internal::ClassifyLine(text, lang_)) {
    case LineKind::kShare:
    case LineKind::kCopyright:
    case LineKind::kRelated:
    case LineKind::kStray:
      return Zone::kBoilerplate;
    case LineKind::kNavigation:
      return internal::HasLetter(text) ? Zone::kBody : Zone::kBoilerplate;
    case LineKind::kDateline:
      return Zone::kDateline;
    case LineKind::kByline:
    case LineKind::kHangulName:
      return Zone::kByline;
    case LineKind::kReporterEmail:
    case LineKind::kCredit:
      return Zone::kCredit;
    case LineKind::kCaption:
      return Zone::kCaption;
    default:
      return Zone::kBody;
  }
}

void Segmenter::Sentence(Span span) {
  span = TrimSpan(page_, span);
  // Furniture glued between two sentences that the splitter kept together
  // ("... said. jiwon@example.com The ...", "... 밝혔다. (서울=뉴시스) 정부는 ...").
  std::string_view text = span.In(page_);
  std::vector<Span> words = internal::SplitWords(text);
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (!internal::EndsWithTerminalPunct(words[i - 1].In(text))) continue;
    if (internal::MatchFurniturePrefix(text.substr(words[i].begin), lang_)) {
      Sentence({span.begin, span.begin + words[i].begin});
      Sentence({span.begin + words[i].begin, span.end});
      return;
    }
  }
  // Furniture glued to the front.
  for (int guard = 0; guard < 8 && !span.empty(); ++guard) {
    auto cut = internal::MatchFurniturePrefix(span.In(page_), lang_);
    if (!cut || cut->length == 0) break;
    Emit({span.begin, span.begin + cut->length}, cut->zone);
    span = TrimSpan(page_, {span.begin + cut->length, span.end});
  }
  // Furniture glued to the back, emitted after the sentence.
  std::vector<std::pair<Span, Zone>> tail;
  for (int guard = 0; guard < 8 && !span.empty(); ++guard) {
    auto cut = internal::MatchFurnitureSuffix(span.In(page_), lang_);
    if (!cut || cut->length == 0) break;
    tail.push_back({{span.end - cut->length, span.end}, cut->zone});
    span = TrimSpan(page_, {span.begin, span.end - cut->length});
  }
  if (!span.empty()) Emit(span, SentenceZone(span.In(page_)));
  for (auto it = tail.rbegin(); it != tail.rend(); ++it) Emit(it->first, it->second);
}

void Segmenter::Paragraph(Span span) {
  std::string_view text = span.In(page_);
  if (auto len = internal::MatchWireDateline(text)) {
    Emit({span.begin, span.begin + *len}, Zone::kDateline);
    span = TrimSpan(page_, {span.begin + *len, span.end});
    text = span.In(page_);
  }
  std::vector<Span> sentences = SplitSentences(text, lang_);
  std::size_t covered = 0;
  for (Span s : sentences) {
    if (s.begin > covered) Sentence({span.begin + covered, span.begin + s.begin});
    Sentence({span.begin + s.begin, span.begin + s.end});
    covered = s.end;
  }
  if (covered < text.size()) Sentence({span.begin + covered, span.end});
}

// Joins English lines wrapped inside one paragraph: the next line follows without a blank
// line and starts in lower case, and this one has several words but no sentence end.
std::vector<Line> JoinWrapped(std::string_view page, std::vector<Line> lines) {
  std::vector<Line> out;
  for (const Line& l : lines) {
    if (!out.empty() && !l.blank_before) {
      std::string_view prev = out.back().span.In(page);
      std::string_view cur = l.span.In(page);
      if (!internal::EndsLikeSentence(prev) && internal::SplitWords(prev).size() >= 5 &&
          internal::StartsLowercase(cur)) {
        out.back().span.end = l.span.end;
        continue;
      }
    }
    out.push_back(l);
  }
  return out;
}

std::vector<Segment> Segmenter::Run() {
  std::vector<Line> lines = SplitLines(page_);
  if (lang_ == Lang::kEn) lines = JoinWrapped(page_, std::move(lines));
  const int n = static_cast<int>(lines.size());
  for (Line& l : lines) {
    std::string_view t = l.span.In(page_);
    l.kind = internal::ClassifyLine(t, lang_);
    // Running text: sentence-like, opened by a wire dateline, or simply long (scraped
    // paragraphs sometimes lose their final punctuation).
    l.sentence_like =
        l.kind == LineKind::kUnknown &&
        (internal::IsSentenceLike(t, lang_) || internal::MatchWireDateline(t).has_value() ||
         internal::SplitWords(t).size() >= kLongLineWords);
  }
  auto marker_follows = [&](int i) {
    for (int k = i + 1; k < n && k <= i + 3; ++k) {
      LineKind kind = lines[k].kind;
      if (kind == LineKind::kByline || kind == LineKind::kDateline ||
          kind == LineKind::kReporterEmail || kind == LineKind::kHangulName) {
        return true;
      }
    }
    return false;
  };
  // The headline: the first title-like unclaimed line before the body starts.
  int headline = -1;
  for (int i = 0; i < n; ++i) {
    if (lines[i].kind != LineKind::kUnknown) continue;
    std::string_view t = lines[i].span.In(page_);
    bool period = internal::LastSignificant(t) == U'.';
    if (internal::IsHeadlineCandidate(t, lang_) &&
        (!lines[i].sentence_like || !period || marker_follows(i))) {
      headline = i;
      break;
    }
    if (lines[i].sentence_like) break;
  }
  // The body: from the first to the last sentence-like unclaimed line after the headline.
  int first_body = -1, last_body = -1;
  for (int i = headline + 1; i < n; ++i) {
    if (!lines[i].sentence_like) continue;
    if (first_body < 0) first_body = i;
    last_body = i;
  }
  if (first_body < 0) {  // no running text at all: keep every unclaimed line as body
    for (int i = headline + 1; i < n; ++i) {
      if (lines[i].kind != LineKind::kUnknown) continue;
      if (first_body < 0) first_body = i;
      last_body = i;
    }
  }
  // Photo captions credited like wire copy: "... on Friday. (Yonhap)" above the story, or
  // inside it with at least two body paragraphs still to come.
  int later_body = 0;
  for (int k = n - 1; k >= 0; --k) {
    Line& l = lines[k];
    if (l.kind == LineKind::kUnknown && k != headline &&
        (first_body < 0 || k < first_body || later_body >= 2) &&
        internal::IsCreditedSentence(l.span.In(page_), lang_)) {
      l.kind = LineKind::kCaption;
      l.sentence_like = false;
    }
    if (l.sentence_like && k >= first_body) ++later_body;
  }
  bool in_related = false;
  int i = 0;
  while (i < n) {
    const Line& l = lines[i];
    bool before_body = first_body < 0 || i < first_body;
    if (l.kind == LineKind::kRelated) in_related = true;
    if (l.sentence_like) in_related = false;
    if (l.kind != LineKind::kUnknown) {
      Emit(l.span, ZoneOfKind(l.kind, before_body));
      ++i;
      continue;
    }
    if (i == headline) {
      Emit(l.span, Zone::kHeadline);
      ++i;
      continue;
    }
    if (before_body || i > last_body || in_related) {
      // A second title line right under the headline is a subheadline.
      bool sub = headline >= 0 && i == headline + 1 && before_body && !l.sentence_like &&
                 internal::IsHeadlineCandidate(l.span.In(page_), lang_);
      Emit(l.span, sub ? Zone::kHeadline : Zone::kBoilerplate);
      ++i;
      continue;
    }
    Paragraph(l.span);
    ++i;
  }
  return std::move(out_);
}

}  // namespace

std::string_view ZoneName(Zone zone) { return kZoneNames[static_cast<std::size_t>(zone)]; }

std::optional<Zone> ParseZone(std::string_view name) {
  for (std::size_t i = 0; i < kZoneNames.size(); ++i) {
    if (kZoneNames[i] == name) return static_cast<Zone>(i);
  }
  return std::nullopt;
}

Lang DetectPageLang(std::string_view page) {
  utf8::ScriptCounts c = utf8::CountScripts(page);
  return c.hangul > 0 && c.hangul * 2 >= c.latin ? Lang::kKo : Lang::kEn;
}

std::vector<Segment> SegmentPage(std::string_view page, const SegmentOptions& options) {
  Lang lang = options.page_lang.value_or(Lang::kOther);
  if (lang != Lang::kEn && lang != Lang::kKo) lang = DetectPageLang(page);
  return Segmenter(page, lang).Run();
}

}  // namespace kobi::tokenize
