// Small word lists behind the page segmenter's zone rules (private to kobi::tokenize).
//
// The lists are deliberately short and generic: vocabulary of share/print/subscribe widgets,
// publication-time labels, Korean reporter titles, related-article headers, copyright and
// photo markers, and a handful of outlet names and outlet-name endings. Structural cues
// (position, length, punctuation, script) do most of the work in zone_rules.cc; these lists
// only name the furniture words. All lookups take one word or one short phrase and compare
// ASCII case-insensitively, ignoring surrounding punctuation.
//
//   ShareWordStrength("Subscribe")   // ShareWord::kStrong
//   IsDateLabel("입력")               // true
#pragma once

#include <string_view>

namespace kobi::tokenize::internal {

// How strongly a word signals a share/print/subscribe widget.
enum class ShareWord {
  kNone,    // not widget vocabulary
  kGlue,    // function words and symbols that occur inside widget text: to, our, this, •, |
  kWeak,    // widget words that are also ordinary words: link, article, 기사, 댓글, like
  kStrong,  // words that, next to other widget words, are furniture: print, share, 구독
};
ShareWord ShareWordStrength(std::string_view word);

// Publication/update time labels: Published, Updated, Posted, 입력, 수정, 송고, 승인, ...
bool IsDateLabel(std::string_view word);

// Korean journalist titles that follow a name: 기자, 특파원, 논설위원, ...
bool IsReporterRole(std::string_view word);

// News agencies used in credits and wire datelines (Yonhap, AP, AFP, 연합뉴스, 뉴시스, ...)
// and the end marks wire copy closes with (END, 끝). Punctuation around words is ignored.
bool IsAgencyName(std::string_view phrase);

// A masthead: a known outlet name ("The Korea Herald", "조선일보") or a short capitalised
// phrase ending in a newspaper word ("... Daily", "... Times", "...일보", "...신문").
bool IsOutletName(std::string_view line);

// Header of a related-articles / most-read block: "Related articles", "관련기사", "More news".
bool IsRelatedHeader(std::string_view line);

// The text contains a copyright marker: ©, Copyright, All rights reserved, 저작권, 무단 전재.
bool HasCopyrightMarker(std::string_view text);

// The text contains a photo-credit marker: Photo, 사진, Courtesy, 자료사진, 제공.
bool HasPhotoMarker(std::string_view text);

}  // namespace kobi::tokenize::internal
