// Web rules: url, markup, boilerplate.
#include <array>
#include <string>

#include "kobi/core/strings.h"
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/internal/rules.h"

namespace kobi::corpora::internal {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsUrlChar(char c) {
  return IsAsciiAlnum(c) ||
         std::string_view("-._~:/?#[]@!$&'*+,;=%").find(c) != std::string_view::npos;
}

constexpr std::array<std::string_view, 14> kTlds = {".com",  ".net", ".org", ".kr",   ".gov",
                                                    ".edu",  ".io",  ".co",  ".info", ".biz",
                                                    ".html", ".htm", ".php", ".asp"};

struct Urls {
  std::size_t count = 0;
  std::size_t bytes = 0;
};

// URLs (scheme://…, www.…, bare domains with a common TLD) and e-mail addresses.
Urls FindUrls(std::string_view text) {
  Urls out;
  std::string lower = AsciiLower(text);
  std::size_t pos = 0;
  while (pos < lower.size()) {
    if (!IsUrlChar(lower[pos]) || (pos > 0 && IsUrlChar(lower[pos - 1]))) {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < lower.size() && IsUrlChar(lower[end])) ++end;
    // Trailing sentence punctuation is not part of the URL.
    while (end > pos &&
           std::string_view(".,;:!?)'").find(lower[end - 1]) != std::string_view::npos) {
      --end;
    }
    std::string_view token(lower.data() + pos, end - pos);
    bool url = token.find("://") != std::string_view::npos || token.starts_with("www.");
    std::size_t at = token.find('@');
    if (!url && at != std::string_view::npos && at > 0 &&
        token.find('.', at) != std::string_view::npos) {
      url = true;  // e-mail
    }
    if (!url) {
      for (std::string_view tld : kTlds) {
        std::size_t t = token.find(tld);
        if (t != std::string_view::npos && t > 0 &&
            (t + tld.size() == token.size() || token[t + tld.size()] == '/' ||
             token[t + tld.size()] == '.')) {
          url = true;
          break;
        }
      }
    }
    if (url) {
      ++out.count;
      out.bytes += token.size();
    }
    pos = end + 1;
  }
  return out;
}

std::size_t NonSpaceBytes(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (c != ' ' && c != '\t');
  return n;
}

// Phrases that mark site furniture wherever they occur.
constexpr std::string_view kBoilerplateEn[] = {"all rights reserved",
                                               "copyright ©",
                                               "click here",
                                               "read more",
                                               "subscribe to",
                                               "subscribe now",
                                               "sign up for our",
                                               "sign in to",
                                               "log in to",
                                               "privacy policy",
                                               "terms of use",
                                               "terms of service",
                                               "accept cookies",
                                               "uses cookies",
                                               "use of cookies",
                                               "share this article",
                                               "share on facebook",
                                               "share on twitter",
                                               "follow us on",
                                               "related articles",
                                               "related stories",
                                               "unauthorized reproduction",
                                               "redistribution prohibited",
                                               "download the app",
                                               "back to top",
                                               "skip to content",
                                               "most viewed",
                                               "most read",
                                               "previous article",
                                               "next article",
                                               "leave a comment",
                                               "posted by",
                                               "photo credit",
                                               "enable javascript",
                                               "reproduction prohibited",
                                               "view more",
                                               "see more",
                                               "all content copyright",
                                               "sitemap",
                                               "photo: ",
                                               "(photo",
                                               "photo credit",
                                               "getty images",
                                               "file photo",
                                               "(yonhap photo)"};

constexpr std::string_view kBoilerplateKo[] = {"무단 전재",
                                               "무단전재",
                                               "재배포 금지",
                                               "재배포금지",
                                               "저작권자(c)",
                                               "저작권자 ©",
                                               "저작권자ⓒ",
                                               "저작권자 ⓒ",
                                               "ⓒ",
                                               "©",
                                               "구독하기",
                                               "구독 신청",
                                               "회원가입",
                                               "개인정보처리방침",
                                               "개인정보 처리방침",
                                               "이용약관",
                                               "기사 공유",
                                               "공유하기",
                                               "댓글 쓰기",
                                               "댓글쓰기",
                                               "관련기사",
                                               "관련 기사",
                                               "많이 본 기사",
                                               "광고문의",
                                               "[광고]",
                                               "클릭하세요",
                                               "바로가기",
                                               "맨 위로",
                                               "앱 다운로드",
                                               "이전 기사",
                                               "다음 기사",
                                               "기사 더보기",
                                               "더보기",
                                               "제보하기",
                                               "카카오톡 제보",
                                               "쿠키 정책",
                                               "전체메뉴",
                                               "이메일 무단수집",
                                               "기사제보",
                                               "기사 제보",
                                               "사진=",
                                               "[사진",
                                               "<사진",
                                               "(사진",
                                               "사진 제공",
                                               "자료사진",
                                               "영상=",
                                               "그래픽="};

// Words that are boilerplate when they are (nearly) the whole text: menu items and labels.
constexpr std::string_view kMenuWords[] = {
    "home",     "menu",      "search",     "login",         "log in",      "sign in",  "sign up",
    "register", "subscribe", "newsletter", "advertisement", "advertising", "share",    "print",
    "email",    "e-mail",    "comments",   "comment",       "next",        "previous", "more",
    "top",      "close",     "홈",         "메뉴",          "검색",        "로그인",   "회원가입",
    "구독",     "뉴스레터",  "광고",       "공유",          "인쇄",        "이메일",   "댓글",
    "다음",     "이전",      "닫기",       "맨위로",        "전체보기"};

}  // namespace

bool UrlProblem(std::string_view en, std::string_view ko) {
  Urls e = FindUrls(en), k = FindUrls(ko);
  if (e.count == 0 && k.count == 0) return false;
  if (e.count != k.count) return true;  // a link on one side only
  // A side that is mostly links is navigation, not a sentence.
  return e.bytes * 10 >= NonSpaceBytes(en) * 3 || k.bytes * 10 >= NonSpaceBytes(ko) * 3;
}

bool HasMarkup(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    char c = text[i];
    if (c == '<') {
      // <tag ...>, </tag>, <br/>, <!-- -->
      std::size_t j = i + 1;
      if (text[j] == '/' || text[j] == '!') ++j;
      std::size_t name_start = j;
      while (j < text.size() && (IsAsciiAlnum(text[j]) || text[j] == '-')) ++j;
      if (j > name_start || text.substr(i, 4) == "<!--") {
        std::size_t close = text.find('>', j);
        if (close != std::string_view::npos && close - i < 400 &&
            (j == text.size() || text[j] == '>' || text[j] == ' ' || text[j] == '/')) {
          return true;
        }
      }
    } else if (c == '&') {
      // &amp; &nbsp; &#39; &#x27;
      std::size_t j = i + 1;
      if (j < text.size() && text[j] == '#') ++j;
      std::size_t start = j;
      while (j < text.size() && IsAsciiAlnum(text[j])) ++j;
      if (j > start && j - start <= 8 && j < text.size() && text[j] == ';') return true;
    } else if ((c == '[' && text[i + 1] == '[') || (c == '{' && text[i + 1] == '{') ||
               (c == '}' && text[i + 1] == '}') || (c == ']' && text[i + 1] == ']')) {
      return true;  // wiki markup and template placeholders
    }
  }
  return false;
}

bool IsBoilerplate(std::string_view text) {
  std::string lower = AsciiLower(text);
  for (std::string_view phrase : kBoilerplateEn) {
    if (lower.find(phrase) != std::string::npos) return true;
  }
  for (std::string_view phrase : kBoilerplateKo) {
    if (text.find(phrase) != std::string_view::npos) return true;
  }
  std::string_view trimmed = utf8::Trim(text);
  while (!trimmed.empty() &&
         std::string_view(".:!|>-").find(trimmed.back()) != std::string_view::npos) {
    trimmed.remove_suffix(1);
  }
  std::string trimmed_lower = AsciiLower(trimmed);
  for (std::string_view word : kMenuWords) {
    if (trimmed_lower == word) return true;
  }
  // Navigation: "Home | News | Sports", "Home > World > Asia", "홈 › 정치".
  std::size_t bars = 0, crumbs = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '|') ++bars;
    if (text[i] == '>' && i > 0 && text[i - 1] == ' ') ++crumbs;
  }
  if (text.find("›") != std::string_view::npos || text.find("»") != std::string_view::npos) {
    ++crumbs;
  }
  return bars >= 2 || crumbs >= 2;
}

}  // namespace kobi::corpora::internal
