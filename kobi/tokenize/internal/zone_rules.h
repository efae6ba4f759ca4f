// Line-level zone recognisers for the page segmenter (private to kobi::tokenize).
//
// ClassifyLine looks at one trimmed line (a paragraph as scraped) on its own and says what
// kind of page furniture it is, if any. It knows the page language (a Hangul line on an
// English page is stray; an English widget line on a Korean page is furniture) but not the
// line's position: page_segmenter.cc combines these kinds with position (before the first
// body paragraph, inside the body, after the last one) to choose the final Zone.
//
// Cues are generic on purpose: length, final punctuation, sentence-likeness, script mix,
// date/time patterns, e-mail addresses, brackets; the word lists in zone_lexicon.h only name
// widget words, time labels, reporter titles, agencies and a few mastheads.
//
//   ClassifyLine("Published : Jan. 9, 2015 - 12:26", Lang::kEn)   // LineKind::kDateline
//   ClassifyLine("이효진 기자", Lang::kEn)                         // LineKind::kByline
//   ClassifyLine("China hopes to move forward.", Lang::kEn)       // LineKind::kUnknown
#pragma once

#include <string_view>

#include "kobi/core/lang.h"

namespace kobi::tokenize::internal {

enum class LineKind {
  kUnknown,     // not furniture by itself: headline, body, or decided by position
  kMasthead,    // outlet name: "The Korea Herald", "조선일보"
  kNavigation,  // breadcrumbs, section and menu lines: "National > Politics", "Home | News"
  kShare,       // share/print/subscribe widgets: "• Link copied", "페이스북 트위터"
  kCopyright,   // "© 2015 Yonhap", "저작권자(c) 연합뉴스, 무단 전재-재배포 금지"
  kRelated,     // related-articles header or a link item: "관련기사", "▶ Seoul to ..."
  kDateline,    // publication time: "Published : Jan. 9, 2015 - 12:26", "입력 2015.01.09"
  kByline,      // "By Kim Da-sol", "홍길동 기자", "Korea Herald staff"
  kReporterEmail,  // a reporter's e-mail line: "yoonmi@heraldcorp.com", "홍길동 기자 a@b.kr"
  kCredit,         // "(Yonhap)", "(END)", "(끝)", "[연합뉴스 자료사진]"
  kCaption,        // photo captions: "[Photo: Yonhap]", "... Yonhap photo", "(사진=연합뉴스)"
  kHangulName,     // a bare Hangul name on an English page: "피터빈트", "KH디지털2"
  kStray,          // short text in the other script: Korean on an English page and vice versa
};

std::string_view LineKindName(LineKind kind);

// What a single trimmed line is on a page whose main language is page_lang (kEn or kKo).
LineKind ClassifyLine(std::string_view line, Lang page_lang);

// The line reads like running text: it ends like a sentence (trailing wire credits ignored)
// and has a few words, or it holds several sentences.
bool IsSentenceLike(std::string_view line, Lang page_lang);

// One sentence closed by a bracketed wire credit: "Kim speaks in Seoul on Friday. (Yonhap)".
// Above or inside a story (not at its end) such a line is a photo caption.
bool IsCreditedSentence(std::string_view line, Lang page_lang);

// The line could be a title: a handful of words with letters, no e-mail or URL, not a label.
bool IsHeadlineCandidate(std::string_view line, Lang page_lang);

}  // namespace kobi::tokenize::internal
