// Per-page keys for document alignment; see doc_keys.h.
#include "kobi/align/internal/doc_keys.h"

#include <algorithm>

#include "kobi/core/strings.h"
#include "kobi/tokenize/page_segmenter.h"

namespace kobi::align::internal {
namespace {

// Path, host and query tokens that name a language rather than a document.
bool IsLanguageMarker(std::string_view t) {
  static constexpr std::string_view kMarkers[] = {
      "en",    "ko",    "kr",   "eng", "kor",      "english", "korean", "en-us",
      "en-gb", "ko-kr", "lang", "hl",  "language", "locale",  "www",    "http",
      "https", "index", "html", "htm", "php",      "asp",     "aspx",   "jsp"};
  return std::find(std::begin(kMarkers), std::end(kMarkers), t) != std::end(kMarkers);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Sentence-level categories that become page categories.
constexpr std::array<std::pair<Category, DocCategory>, 5> kFromSentence = {
    {{kNumber, kDocNumber},
     {kLatin, kDocLatin},
     {kName, kDocName},
     {kGlossary, kDocGlossary},
     {kLexicon, kDocLexicon}}};

}  // namespace

std::vector<std::string> UrlKeys(std::string_view url) {
  std::vector<std::string> keys;
  if (url.empty()) return keys;
  std::string lower;
  lower.reserve(url.size());
  for (char c : url) lower.push_back(AsciiToLower(c));
  // Drop the scheme and a fragment.
  if (auto p = lower.find("://"); p != std::string::npos) lower.erase(0, p + 3);
  if (auto p = lower.find('#'); p != std::string::npos) lower.erase(p);
  std::string joined;
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t j = i;
    while (j < lower.size() && std::string_view("/?&=._").find(lower[j]) == std::string::npos) {
      ++j;
    }
    std::string_view token(lower.data() + i, j - i);
    // "news-en" / "story_ko": a language suffix after '-' counts as a marker too.
    if (auto dash = token.rfind('-');
        dash != std::string_view::npos && IsLanguageMarker(token.substr(dash + 1))) {
      token = token.substr(0, dash);
    }
    if (!token.empty() && !IsLanguageMarker(token)) {
      if (!joined.empty()) joined.push_back('/');
      joined.append(token);
    }
    i = j + 1;
  }
  if (!joined.empty()) keys.push_back("u:" + joined);
  for (std::size_t k = 0; k < lower.size();) {
    if (!IsDigit(lower[k])) {
      ++k;
      continue;
    }
    std::size_t e = k;
    while (e < lower.size() && IsDigit(lower[e])) ++e;
    if (e - k >= 4) keys.push_back("id:" + lower.substr(k, e - k));
    k = e;
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

PageKeys ExtractPageKeys(std::string_view text, std::string_view url, const SideInfo& side) {
  PageKeys page;
  tokenize::SegmentOptions so;
  so.page_lang = side.lang;
  for (const auto& seg : tokenize::SegmentPage(text, so)) {
    if (seg.zone != tokenize::Zone::kBody && seg.zone != tokenize::Zone::kHeadline) continue;
    SentenceFeatures f = ExtractFeatures(seg.text, side);
    page.chars += f.chars;
    page.words.insert(page.words.end(), f.words.begin(), f.words.end());
    ++page.sentences;
    for (auto [from, to] : kFromSentence) {
      const KeySet& ks = f.keys[from];
      page.items[to].insert(page.items[to].end(), ks.items.begin(), ks.items.end());
      page.targets[to].insert(page.targets[to].end(), ks.targets.begin(), ks.targets.end());
    }
  }
  for (const std::string& key : UrlKeys(url)) {
    page.items[kDocUrl].push_back(HashKey(key, 100 + kDocUrl));
  }
  page.targets[kDocUrl] = page.items[kDocUrl];
  Normalize(page.words);
  for (int c = 0; c < kDocCategoryCount; ++c) {
    Normalize(page.items[c]);
    Normalize(page.targets[c]);
  }
  return page;
}

}  // namespace kobi::align::internal
