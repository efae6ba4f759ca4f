#include "kobi/tokenize/internal/zone_lexicon.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "kobi/core/strings.h"
#include "kobi/tokenize/internal/zone_words.h"

namespace kobi::tokenize::internal {
namespace {

template <std::size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Lower-cased, punctuation-stripped words joined by one space ("▶ Related  articles:" ->
// "related articles"). A leading "the" is dropped when drop_the is set.
std::string Normalize(std::string_view text, bool drop_the) {
  std::string out;
  for (Span w : SplitWords(text)) {
    std::string_view word = StripPunct(w.In(text));
    if (word.empty()) continue;
    std::string lower = AsciiLower(word);
    if (drop_the && out.empty() && lower == "the") continue;
    if (!out.empty()) out += ' ';
    out += lower;
  }
  return out;
}

// --- widget vocabulary -------------------------------------------------------------------
constexpr std::array<std::string_view, 37> kShareStrong = {
    "print",       "share",    "shares",   "email",     "e-mail",    "subscribe",    "newsletter",
    "copied",      "tweet",    "facebook", "twitter",   "kakaotalk", "kakao",        "linkedin",
    "whatsapp",    "telegram", "reddit",   "pinterest", "sns",       "구독",         "구독하기",
    "공유하기",    "기사공유", "페이스북", "트위터",    "카카오톡",  "카카오스토리", "인쇄",
    "인쇄하기",    "프린트",   "스크랩",   "글자크기",  "url복사",   "링크복사",     "이메일",
    "newsletters", "send"};
constexpr std::array<std::string_view, 38> kShareWeak = {
    "link",    "article",  "story",  "page", "font",   "size",     "text",   "url",
    "comment", "comments", "like",   "copy", "save",   "bookmark", "larger", "smaller",
    "reset",   "more",     "up",     "기사", "복사",   "보내기",   "메일",   "닫기",
    "목록",    "추천",     "좋아요", "댓글", "크게",   "작게",     "가",     "밴드",
    "band",    "공유",     "저장",   "기자", "friend", "friends"};
constexpr std::array<std::string_view, 14> kShareGlue = {
    "to", "our", "this", "the", "a", "on", "and", "via", "us", "by", "for", "or", "with", "&"};

constexpr std::array<std::string_view, 27> kDateLabels = {
    "published", "updated",  "posted", "modified", "created",  "edited",   "last",
    "uploaded",  "입력",     "수정",   "승인",     "기사입력", "최종수정", "송고",
    "송고시간",  "등록",     "게재",   "발행",     "업데이트", "작성",     "기사승인",
    "입력시간",  "수정시간", "등록일", "입력일",   "기사수정", "최종"};

constexpr std::array<std::string_view, 18> kReporterRoles = {
    "기자",     "특파원",     "선임기자", "수습기자",    "인턴기자", "객원기자",
    "전문기자", "대기자",     "논설위원", "편집위원",    "논설주간", "통신원",
    "앵커",     "기상캐스터", "사진기자", "기자·특파원", "선임",     "취재기자"};

// Wire agencies, plus the end marks that wire copy closes with: (END), (끝).
constexpr std::array<std::string_view, 23> kAgencies = {
    "yonhap", "ap",     "afp",   "reuters", "xinhua",     "kyodo",      "upi",       "bloomberg",
    "efe",    "dpa",    "ani",   "kcna",    "afp-yonhap", "yonhap-afp", "ap-yonhap", "연합뉴스",
    "연합",   "뉴시스", "뉴스1", "newsis",  "news1",      "end",        "끝"};

// Known mastheads (normalized: lower case, no leading "the", no punctuation).
constexpr std::array<std::string_view, 40> kOutlets = {"korea herald",
                                                       "korea times",
                                                       "korea joongang daily",
                                                       "joongang daily",
                                                       "yonhap",
                                                       "yonhap news",
                                                       "yonhap news agency",
                                                       "chosun ilbo",
                                                       "dong-a ilbo",
                                                       "donga ilbo",
                                                       "hankyoreh",
                                                       "kyunghyang shinmun",
                                                       "korea economic daily",
                                                       "maeil business",
                                                       "business korea",
                                                       "arirang",
                                                       "kbs world",
                                                       "nk news",
                                                       "herald corporation",
                                                       "heraldcorp",
                                                       "연합뉴스",
                                                       "조선일보",
                                                       "중앙일보",
                                                       "동아일보",
                                                       "한겨레",
                                                       "경향신문",
                                                       "한국일보",
                                                       "헤럴드경제",
                                                       "코리아헤럴드",
                                                       "국민일보",
                                                       "서울신문",
                                                       "세계일보",
                                                       "문화일보",
                                                       "매일경제",
                                                       "한국경제",
                                                       "뉴시스",
                                                       "뉴스1",
                                                       "머니투데이",
                                                       "이데일리",
                                                       "코리아타임스"};

// Last word of an English outlet name.
constexpr std::array<std::string_view, 17> kOutletEndings = {
    "herald",       "times",     "daily",     "ilbo",      "post",   "journal",
    "tribune",      "gazette",   "agency",    "press",     "news",   "network",
    "broadcasting", "newspaper", "chronicle", "telegraph", "shinmun"};
// Ending of a Korean outlet name.
constexpr std::array<std::string_view, 13> kKoOutletEndings = {
    "일보",   "신문", "뉴스",   "통신", "방송",   "타임스", "타임즈",
    "헤럴드", "경제", "데일리", "저널", "투데이", "미디어"};

constexpr std::array<std::string_view, 51> kRelatedHeaders = {"related",
                                                              "related articles",
                                                              "related article",
                                                              "related stories",
                                                              "related news",
                                                              "related links",
                                                              "related content",
                                                              "more stories",
                                                              "more news",
                                                              "more from",
                                                              "read more",
                                                              "see also",
                                                              "most popular",
                                                              "most viewed",
                                                              "most read",
                                                              "most shared",
                                                              "top stories",
                                                              "latest news",
                                                              "trending",
                                                              "trending now",
                                                              "recommended",
                                                              "recommended articles",
                                                              "you may also like",
                                                              "also read",
                                                              "editor's picks",
                                                              "관련기사",
                                                              "관련 기사",
                                                              "관련뉴스",
                                                              "관련 뉴스",
                                                              "많이 본 뉴스",
                                                              "많이 본 기사",
                                                              "주요뉴스",
                                                              "주요 뉴스",
                                                              "최신뉴스",
                                                              "추천기사",
                                                              "추천 기사",
                                                              "인기기사",
                                                              "핫뉴스",
                                                              "이 시각 주요뉴스",
                                                              "오늘의 주요뉴스",
                                                              "함께 보면 좋은 기사",
                                                              "관련기사 더보기",
                                                              "이 기사와 함께 많이 본 뉴스",
                                                              "많이 본 기사 더보기",
                                                              "top news",
                                                              "in case you missed it",
                                                              "trending stories",
                                                              "hot issues",
                                                              "more on this",
                                                              "related topics",
                                                              "관련 기사 보기"};

// Strong markers only: a bare "copyright" or "저작권자" also occurs in news text.
constexpr std::array<std::string_view, 20> kCopyrightMarkers = {"\u00a9",
                                                                "\u24d2",
                                                                "copyright (c)",
                                                                "all rights reserved",
                                                                "(c) 19",
                                                                "(c) 20",
                                                                "(c)2",
                                                                "(c)1",
                                                                "저작권자(",
                                                                "저작권자 (",
                                                                "<저작권자",
                                                                "무단 전재",
                                                                "무단전재",
                                                                "재배포 금지",
                                                                "재배포금지",
                                                                "무단 복제",
                                                                "무단복제",
                                                                "rewritten or redistributed",
                                                                "may not be reproduced",
                                                                "reproduction is prohibited"};

constexpr std::array<std::string_view, 9> kPhotoMarkers = {
    "photo", "사진", "courtesy", "pictured", "image", "그래픽", "제공", "captured", "screenshot"};

bool ContainsAny(const std::string& lower, std::string_view original, const auto& markers) {
  for (std::string_view m : markers) {
    if (lower.find(m) != std::string::npos || original.find(m) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

ShareWord ShareWordStrength(std::string_view word) {
  if (IsSymbolWord(word)) return ShareWord::kGlue;
  std::string lower = AsciiLower(StripPunct(word));
  if (In(kShareStrong, lower)) return ShareWord::kStrong;
  if (In(kShareWeak, lower)) return ShareWord::kWeak;
  if (In(kShareGlue, lower)) return ShareWord::kGlue;
  // Korean widget words with a particle: 페이스북으로, 카카오톡에, 트위터로.
  for (std::string_view particle : {"으로", "로", "에", "에서", "를", "을"}) {
    if (lower.size() > particle.size() + 3 && lower.ends_with(particle) && HasHangul(lower)) {
      std::string stem = lower.substr(0, lower.size() - particle.size());
      if (In(kShareStrong, stem)) return ShareWord::kStrong;
      if (In(kShareWeak, stem)) return ShareWord::kWeak;
    }
  }
  return ShareWord::kNone;
}

bool IsDateLabel(std::string_view word) { return In(kDateLabels, AsciiLower(StripPunct(word))); }

bool IsReporterRole(std::string_view word) { return In(kReporterRoles, StripPunct(word)); }

bool IsAgencyName(std::string_view phrase) {
  return In(kAgencies, Normalize(phrase, /*drop_the=*/false));
}

bool IsOutletName(std::string_view line) {
  std::string norm = Normalize(line, /*drop_the=*/true);
  if (norm.empty()) return false;
  if (In(kOutlets, norm)) return true;
  std::vector<Span> words = SplitWords(line);
  if (words.empty() || words.size() > 5 || EndsWithTerminalPunct(line)) return false;
  std::string_view last = StripPunct(words.back().In(line));
  if (IsLatinOnly(line) && !HasHangul(line)) {
    if (words.size() < 2) return false;
    for (Span w : words) {
      std::string_view word = w.In(line);
      if (!IsCapitalized(word) && !IsAllCaps(word)) return false;
    }
    return In(kOutletEndings, AsciiLower(last));
  }
  if (IsHangulOnly(line) && words.size() <= 2) {
    for (std::string_view ending : kKoOutletEndings) {
      if (last.size() > ending.size() && last.ends_with(ending) && last.size() <= 24) {
        return true;
      }
    }
  }
  return false;
}

bool IsRelatedHeader(std::string_view line) {
  if (line.size() > 80) return false;
  // Cheap gate: the first word (after bullets) must open some header.
  {
    std::string_view rest = StripPunct(line);  // skips leading bullets and brackets
    std::size_t space = rest.find(' ');
    std::string first = AsciiLower(StripPunct(rest.substr(0, space)));
    if (first.empty()) return false;
    std::size_t colon = first.find(':');
    if (colon != std::string::npos) first.resize(colon);
    bool opens = false;
    for (std::string_view h : kRelatedHeaders) {
      std::string_view head = h.substr(0, h.find(' '));
      if (head == first ||
          (first.starts_with(head) && first.size() > head.size() && first[head.size()] == ':')) {
        opens = true;
        break;
      }
    }
    if (!opens) return false;
  }
  std::string norm = Normalize(line, /*drop_the=*/false);
  if (In(kRelatedHeaders, norm)) return true;
  // "Related: ...", "관련기사: ..." and "More from Business" style headers.
  if (std::size_t colon = line.find(':'); colon != std::string_view::npos && line.size() < 60) {
    if (In(kRelatedHeaders, Normalize(line.substr(0, colon), /*drop_the=*/false))) return true;
  }
  return norm.starts_with("more from ") && SplitWords(line).size() <= 5;
}

bool HasCopyrightMarker(std::string_view text) {
  return ContainsAny(AsciiLower(text), text, kCopyrightMarkers);
}

bool HasPhotoMarker(std::string_view text) {
  return ContainsAny(AsciiLower(text), text, kPhotoMarkers);
}

}  // namespace kobi::tokenize::internal
