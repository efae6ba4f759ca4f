// Inline furniture recognisers for the page segmenter (private to kobi::tokenize).
//
// Scraped pages glue furniture onto running text: a wire dateline opens the first paragraph
// ("SEOUL, March 3 (Yonhap) -- North Korea ..."), a credit closes the last one ("... China.
// (Yonhap)"), and share buttons, bylines or copyright lines land between two sentences
// ("... riot. Subscribe to our newsletter The jail ..."). These matchers find such pieces at
// the start or the end of a paragraph or sentence so the segmenter can cut them out as their
// own segments. Lengths are in bytes and never cut a UTF-8 sequence (cuts fall on word
// boundaries); the whitespace between the piece and the rest is not part of the piece.
//
//   MatchWireDateline("WASHINGTON (AP) — The U.S. said ...")   // length of "WASHINGTON (AP) —"
//   MatchFurnitureSuffix("He left. (Yonhap)", Lang::kEn)       // {8, Zone::kCredit}
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "kobi/core/lang.h"
#include "kobi/tokenize/page_segmenter.h"

namespace kobi::tokenize::internal {

struct Cut {
  std::size_t length = 0;  // bytes, from the start (prefix) or from the end (suffix)
  Zone zone = Zone::kBoilerplate;
};

// A wire dateline opening a paragraph: "SEOUL, March 3 (Yonhap) --", "WASHINGTON (AP) —",
// "BEIJING --", "(서울=연합뉴스) 홍길동 기자 =", "【서울=뉴시스】", "홍길동 기자 =".
// Returns its byte length (the text after it is the paragraph's body), or nullopt.
std::optional<std::size_t> MatchWireDateline(std::string_view paragraph);

// Furniture at the start of a sentence (bracketed credits/captions, publication times,
// "By Kim Da-sol", "홍길동 기자", widget words, copyright phrases, stray Hangul names).
// The cut may cover the whole sentence.
std::optional<Cut> MatchFurniturePrefix(std::string_view sentence, Lang page_lang);

// Furniture at the end of a sentence, after its final punctuation: "(Yonhap)", "(END)",
// "(끝)", an e-mail address, "[사진=연합뉴스]", "구독", "Copyright © ...".
std::optional<Cut> MatchFurnitureSuffix(std::string_view sentence, Lang page_lang);

// What a bracket group's inner text marks, if it is furniture: an agency or end mark
// ("Yonhap", "END", "끝") is a credit, a photo credit ("Photo: Yonhap", "사진=연합뉴스") a
// caption ("연합뉴스 자료사진", a file-photo credit, counts as a credit), a copyright notice
// boilerplate. square tells whether the brackets were [] (a bare "[Yonhap]" is a caption).
std::optional<Zone> ClassifyBracketContent(std::string_view inner, bool square);

}  // namespace kobi::tokenize::internal
