// The static files of `kobi review` pages, embedded at build time from kobi/corpora/review/
// (review/embed.cmake generates the definitions): the style sheet, the script, and the one
// template of the index page and of every document page (`{{TITLE}}`, `{{DATA}}`, `{{KIND}}`
// and `{{ROOT}}` are replaced by the page title, the page's JSON data, "index" or "document",
// and the path from the page to the folder of review.css/review.js: "" or "../").
//
//   std::string css(kobi::corpora::internal::kReviewCss);
#pragma once

#include <string_view>

namespace kobi::corpora::internal {

extern const std::string_view kReviewCss;
extern const std::string_view kReviewJs;
extern const std::string_view kReviewPageHtml;

}  // namespace kobi::corpora::internal
