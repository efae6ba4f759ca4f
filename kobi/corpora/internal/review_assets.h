// The static files of `kobi review` pages, embedded at build time from kobi/corpora/review/
// (review/embed.cmake generates the definitions): the style sheet, the script, and the
// templates of the index page and of a document page (`{{TITLE}}` and `{{DATA}}` are replaced
// by the page title and the page's JSON data).
//
//   std::string css(kobi::corpora::internal::kReviewCss);
#pragma once

#include <string_view>

namespace kobi::corpora::internal {

extern const std::string_view kReviewCss;
extern const std::string_view kReviewJs;
extern const std::string_view kReviewIndexHtml;
extern const std::string_view kReviewDocumentHtml;

}  // namespace kobi::corpora::internal
