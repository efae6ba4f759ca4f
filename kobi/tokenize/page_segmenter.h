// Page segmentation: a scraped news page into labelled zones, body text one sentence a segment.
//
// Input is one page as scraped: paragraphs separated by blank lines, or one paragraph a line,
// in UTF-8 (the caller validates). Output is every piece of text on the page, in document
// order, each labelled with a Zone: the headline, bylines, publication datelines, body
// sentences, credits ("(Yonhap)", "(END)", a reporter's e-mail), photo captions, and
// boilerplate (mastheads, share/print widgets, copyright lines, related-article blocks,
// stray text in the other script). Inline wire datelines ("SEOUL, March 3 (Yonhap) --",
// "(서울=연합뉴스) 홍길동 기자 =") and trailing credits are cut out of the paragraph they open
// or close and never belong to a body sentence.
//
// Offsets: Segment::span is a byte range [begin, end) into `page`; spans are in increasing
// order, never overlap, start and end on UTF-8 boundaries, and are trimmed of Unicode
// whitespace. Segment::text is exactly span.In(page) (original characters, no
// normalisation). Text that is only whitespace produces no segment.
//
// Body sentences come from kobi::tokenize::SplitSentences (kobi/tokenize/sentence_splitter.h) in
// the page's language. The language of the page is detected from its letters (Hangul versus
// Latin) unless SegmentOptions::page_lang says otherwise; each Segment's lang is the guess
// for its own text (kobi/core/lang.h GuessLang).
//
//   std::string page = kobi::ReadAll("article.txt");
//   for (const auto& s : kobi::tokenize::SegmentPage(page)) {
//     if (s.zone == kobi::tokenize::Zone::kBody) std::cout << s.text << '\n';
//   }
//
// Thread-safety: SegmentPage is a pure function; call it from any number of threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/core/lang.h"
#include "kobi/core/span.h"

namespace kobi::tokenize {

enum class Zone { kHeadline, kByline, kDateline, kBody, kCredit, kCaption, kBoilerplate };

// "headline", "byline", "dateline", "body", "credit", "caption", "boilerplate".
std::string_view ZoneName(Zone zone);
// Inverse of ZoneName; nullopt for an unknown name.
std::optional<Zone> ParseZone(std::string_view name);

struct Segment {
  Zone zone = Zone::kBody;
  kobi::Lang lang = kobi::Lang::kOther;
  kobi::Span span;   // byte offsets into the page
  std::string text;  // span.In(page)
};

struct SegmentOptions {
  std::optional<kobi::Lang> page_lang;  // nullopt = detect from the page's letters
};

// The page's main language as SegmentPage detects it: kKo when Hangul letters outweigh
// Latin ones (Hangul syllables count double, as one syllable carries about two Latin
// letters of content), otherwise kEn.
kobi::Lang DetectPageLang(std::string_view page);

// Segments in document order; body text one Segment per sentence.
std::vector<Segment> SegmentPage(std::string_view page, const SegmentOptions& options = {});

}  // namespace kobi::tokenize
