#include "kobi/tokenize/internal/zone_inline.h"

#include <array>
#include <string>
#include <vector>

#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/zone_lexicon.h"
#include "kobi/tokenize/internal/zone_words.h"

namespace kobi::tokenize::internal {
namespace {

struct Words {
  std::string_view text;
  std::vector<Span> spans;
  std::size_t size() const { return spans.size(); }
  std::string_view operator[](std::size_t i) const { return spans[i].In(text); }
  // Bytes from the start of text to the end of word i.
  std::size_t EndOf(std::size_t i) const { return spans[i].end; }
  // Bytes from the start of word i to the end of text.
  std::size_t FromStart(std::size_t i) const { return text.size() - spans[i].begin; }
};

Words SplitInto(std::string_view text) { return Words{text, SplitWords(text)}; }

constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kBrackets = {
    {{"(", ")"},
     {"[", "]"},
     {"<", ">"},
     {"\u3010", "\u3011"},
     {"\u3008", "\u3009"},
     {"\u300A", "\u300B"},
     {"{", "}"},
     {"\uFF3B", "\uFF3D"},
     {"\uFF08", "\uFF09"},
     {"\u300C", "\u300D"}}};

// A bracket group covering words [from, to] (to >= from); inner text without the brackets.
struct Group {
  std::size_t from = 0, to = 0;
  std::string_view inner;
  bool square = false;
};

std::optional<Group> GroupStartingAt(const Words& w, std::size_t from) {
  std::string_view first = w[from];
  for (auto [open, close] : kBrackets) {
    if (!first.starts_with(open)) continue;
    for (std::size_t j = from; j < w.size() && j < from + 10; ++j) {
      std::string_view word = w[j];
      if (word.ends_with(close) && (j > from || word.size() > open.size() + close.size() - 1)) {
        std::size_t b = w.spans[from].begin + open.size();
        std::size_t e = w.spans[j].end - close.size();
        if (e < b) return std::nullopt;
        return Group{from, j, w.text.substr(b, e - b), open == "[" || open == "\uFF3B"};
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Group> GroupEndingAt(const Words& w, std::size_t to) {
  std::string_view last = w[to];
  for (auto [open, close] : kBrackets) {
    if (!last.ends_with(close)) continue;
    for (std::size_t k = 0; k <= to && k < 10; ++k) {
      std::size_t j = to - k;
      if (w[j].starts_with(open) && (j < to || last.size() > open.size() + close.size() - 1)) {
        std::size_t b = w.spans[j].begin + open.size();
        std::size_t e = w.spans[to].end - close.size();
        if (e < b) return std::nullopt;
        return Group{j, to, w.text.substr(b, e - b), open == "[" || open == "\uFF3B"};
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

bool IsKoreanName(std::string_view word) {
  std::string_view w = StripPunct(word);
  return IsHangulOnly(w) && w.size() >= 6 && w.size() <= 15 && !IsReporterRole(w);
}

// Hangul names followed by a reporter title starting at word i: "홍길동 김철수 기자".
// Returns the index one past the title, or i when there is none.
std::size_t ReporterRunAt(const Words& w, std::size_t i) {
  std::size_t j = i;
  while (j < w.size() && j < i + 4 && IsKoreanName(w[j])) ++j;
  if (j == i || j >= w.size() || !IsReporterRole(w[j])) return i;
  return j + 1;
}

bool IsEquals(std::string_view word) { return word == "=" || word == "\uFF1D"; }

bool PrecededBySentenceEnd(const Words& w, std::size_t i) {
  return i == 0 || EndsLikeSentence(w[i - 1]) || EndsWithTerminalPunct(w[i - 1]);
}

// The rest of an English sentence after a cut must not start in lower case.
bool RestStartsOk(const Words& w, std::size_t next, Lang page_lang) {
  if (next >= w.size()) return true;
  if (page_lang == Lang::kKo) return true;
  return !StartsLowercase(w[next]);
}

// "©", "ⓒ", or "Copyright" followed by ©, (c), a year or a name (not "copyright law").
bool IsCopyrightStart(const Words& w, std::size_t i) {
  std::string_view word = w[i];
  if (word.starts_with("\u00a9") || word.starts_with("\u24d2")) return true;
  if (AsciiLower(StripPunct(word)) != "copyright" || i + 1 >= w.size()) return false;
  std::string_view next = w[i + 1];
  return IsSymbolWord(next) || AsciiLower(next) == "(c)" || HasYearOrTime(next) ||
         IsCapitalized(next) || next.starts_with("\u00a9");
}

constexpr std::array<std::string_view, 24> kInlineStarters = {
    "the",  "a",   "an",  "in", "on", "it",  "he",   "she",   "they",  "we",    "i",  "this",
    "that", "but", "and", "at", "as", "for", "when", "after", "while", "there", "if", "his"};

bool StartsInlineSentence(std::string_view word) {
  std::string lower = AsciiLower(StripPunct(word));
  for (std::string_view s : kInlineStarters) {
    if (lower == s) return true;
  }
  return word.starts_with("\"") || word.starts_with("\u201C");
}

// Publication time "Published : Jan. 9, 2015 - 12:26" starting at word i; returns one past
// its last word, or i.
std::size_t DateRunAt(const Words& w, std::size_t i) {
  if (i >= w.size() || !IsDateLabel(w[i])) return i;
  std::size_t j = i + 1;
  std::size_t last = i;
  bool dated = HasYearOrTime(w[i]);
  while (j < w.size()) {
    std::string_view word = w[j];
    std::string lower = AsciiLower(StripPunct(word));
    if (IsDateTimeWord(word) || IsDateLabel(word) || lower == "on" || lower == "at" ||
        word == ":" || word == "|") {
      if (HasYearOrTime(word)) dated = true;
      if (!IsSymbolWord(word) && lower != "on" && lower != "at") last = j;
      ++j;
    } else {
      break;
    }
  }
  return dated ? last + 1 : i;
}

bool IsAgencyGroup(std::string_view inner) {
  if (IsAgencyName(inner)) return true;
  std::vector<Span> words = SplitWords(inner);
  if (words.empty() || words.size() > 4 || inner.size() > 40) return false;
  for (Span s : words) {
    if (!IsCapitalized(s.In(inner)) && !IsAllCaps(s.In(inner))) return false;
  }
  return !HasDigit(inner);
}

}  // namespace

std::optional<Zone> ClassifyBracketContent(std::string_view inner, bool square) {
  std::string_view t = utf8::Trim(inner);
  if (t.empty() || t.size() > 120) return std::nullopt;
  if (HasCopyrightMarker(t) || t.find("저작권") != std::string_view::npos) {
    return Zone::kBoilerplate;
  }
  std::string lower = AsciiLower(t);
  if (t.find("자료사진") != std::string_view::npos ||
      lower.find("file photo") != std::string::npos) {
    return Zone::kCredit;
  }
  if (std::size_t eq = t.find('='); eq != std::string_view::npos) {
    std::string_view after = utf8::Trim(t.substr(eq + 1));
    if (HasPhotoMarker(t.substr(0, eq))) return Zone::kCaption;
    if (IsAgencyName(after) || HasHangul(t)) return Zone::kDateline;
  }
  if (HasPhotoMarker(t) && SplitWords(t).size() <= 8) return Zone::kCaption;
  // "[이데일리 홍길동 기자]": a reporter tag that opens Korean copy like a wire dateline.
  {
    Words iw = SplitInto(t);
    if (iw.size() >= 2 && iw.size() <= 5 && ReporterRunAt(iw, 0) == iw.size()) {
      return Zone::kDateline;
    }
  }
  if (IsAgencyName(t)) return square ? Zone::kCaption : Zone::kCredit;
  return std::nullopt;
}

std::optional<std::size_t> MatchWireDateline(std::string_view paragraph) {
  Words w = SplitInto(paragraph);
  if (w.size() == 0) return std::nullopt;
  std::size_t i = 0;
  bool found = false;
  // Korean: (서울=연합뉴스) / 【서울=뉴시스】 / [헤럴드경제=홍길동 기자]
  if (auto g = GroupStartingAt(w, 0);
      g && ClassifyBracketContent(g->inner, g->square) == Zone::kDateline) {
    i = g->to + 1;
    found = true;
  }
  // Korean: 홍길동 기자 = / 홍길동 특파원=
  std::size_t r = ReporterRunAt(w, i);
  if (r > i) {
    if (r < w.size() && IsEquals(w[r])) return w.EndOf(r);
    if (w[r - 1].ends_with("=")) return w.EndOf(r - 1);
  } else if (i < w.size() && IsKoreanName(w[i]) && i + 1 < w.size()) {
    std::string_view role = w[i + 1];
    if (role.ends_with("=") && IsReporterRole(role.substr(0, role.size() - 1))) {
      return w.EndOf(i + 1);
    }
  }
  if (found) return w.EndOf(i - 1);
  // The bracket glued to the name: "【서울=뉴시스】홍길동 기자 =".
  for (auto [open, close] : kBrackets) {
    if (!paragraph.starts_with(open)) continue;
    std::size_t end = paragraph.find(close);
    if (end == std::string_view::npos || end > 80) break;
    std::string_view inner = paragraph.substr(open.size(), end - open.size());
    if (inner.find('=') == std::string_view::npos ||
        ClassifyBracketContent(inner, open == "[") != Zone::kDateline) {
      break;
    }
    std::size_t after = end + close.size();
    std::string_view rest = paragraph.substr(after);
    if (rest.empty() || utf8::IsWhitespace(utf8::Decode(rest, 0).cp)) break;  // handled above
    if (auto more = MatchWireDateline(rest)) return after + *more;
    return after;
  }
  // English: SEOUL, March 3 (Yonhap) -- / WASHINGTON (AP) — / BEIJING --
  std::size_t j = 0;
  while (j < w.size() && j < 4 && IsAllCaps(w[j]) && !HasDigit(w[j])) ++j;
  if (j == 0) return std::nullopt;
  if (j < w.size() && IsMonthName(w[j]) && j + 1 < w.size() && HasDigit(w[j + 1]) &&
      IsDateTimeWord(w[j + 1])) {
    j += 2;
  }
  bool agency = false;
  if (j < w.size()) {
    if (auto g = GroupStartingAt(w, j); g && IsAgencyGroup(g->inner)) {
      agency = true;
      j = g->to + 1;
    } else if (auto g2 = GroupStartingAt(w, j); !g2) {
      // "(Yonhap)--" with the dash glued on.
      std::string_view word = w[j];
      if (word.starts_with("(") && (word.ends_with(")--") || word.ends_with(")\u2014"))) {
        return w.EndOf(j);
      }
    }
  }
  if (j < w.size() && IsDash(w[j])) return w.EndOf(j);
  if (agency && j < w.size() && !StartsLowercase(w[j])) return w.EndOf(j - 1);
  return std::nullopt;
}

std::optional<Cut> MatchFurniturePrefix(std::string_view sentence, Lang page_lang) {
  Words w = SplitInto(sentence);
  std::size_t n = w.size();
  if (n == 0) return std::nullopt;
  auto cut = [&](std::size_t end_word, Zone zone) { return Cut{w.EndOf(end_word), zone}; };
  // A stray closing quote left over from the previous sentence: `" <저작권자(c) ...>`.
  if (n >= 2 && IsSymbolWord(w[0]) && w[0].size() <= 3) {
    std::size_t rest = w.spans[1].begin;
    if (auto inner = MatchFurniturePrefix(sentence.substr(rest), page_lang)) {
      return Cut{rest + inner->length, inner->zone};
    }
  }
  if (auto len = MatchWireDateline(sentence)) return Cut{*len, Zone::kDateline};
  if (auto g = GroupStartingAt(w, 0)) {
    if (auto zone = ClassifyBracketContent(g->inner, g->square)) return cut(g->to, *zone);
  }
  if (std::size_t e = DateRunAt(w, 0); e > 0) return cut(e - 1, Zone::kDateline);
  std::string first = AsciiLower(w[0]);
  if (first == "by" && n >= 2) {
    if (HasHangul(w[1]) && RestStartsOk(w, 2, page_lang)) return cut(1, Zone::kByline);
    if (n >= 3 && IsCapitalized(w[1]) && IsHyphenatedGivenName(w[2])) {
      std::size_t e = 2;
      if (e + 1 < n && IsEmail(w[e + 1])) ++e;
      if (RestStartsOk(w, e + 1, page_lang)) return cut(e, Zone::kByline);
    }
  }
  if (std::size_t r = ReporterRunAt(w, 0); r > 0) {
    std::size_t e = r;
    while (e < n && IsEmail(w[e])) ++e;
    // A reporter's e-mail line standing alone in the body is a credit.
    return cut(e - 1, e == n && e > r ? Zone::kCredit : Zone::kByline);
  }
  if (IsEmail(w[0])) return cut(0, Zone::kCredit);
  // Related-articles header: "▶ 관련기사", "Related articles".
  for (std::size_t k = std::min<std::size_t>(n, 4); k >= 1; --k) {
    std::string_view head = sentence.substr(0, w.EndOf(k - 1));
    if (IsRelatedHeader(head) && RestStartsOk(w, k, page_lang))
      return cut(k - 1, Zone::kBoilerplate);
  }
  // Widget words: "Print", "Email this article Share", "기사 공유하기", "구독".
  {
    std::size_t j = 0, last_strong = 0, last_content = 0;
    bool strong = false;
    while (j < n) {
      ShareWord s = ShareWordStrength(w[j]);
      if (s == ShareWord::kNone || w[j].ends_with(",")) break;  // "Facebook, Google and ..."
      if (s == ShareWord::kStrong) {
        strong = true;
        last_strong = j;
      }
      if (s != ShareWord::kGlue) last_content = j;
      ++j;
    }
    std::size_t e = std::max(last_strong, last_content);
    if (strong && RestStartsOk(w, e + 1, page_lang)) return cut(e, Zone::kBoilerplate);
  }
  // Copyright notices.
  if (IsCopyrightStart(w, 0)) {
    // "© 2015 The Korea Herald. All rights reserved." runs to its closing formula.
    std::string lower = AsciiLower(sentence.substr(0, std::min<std::size_t>(sentence.size(), 200)));
    for (std::string_view formula : {"all rights reserved", "reproduction prohibited"}) {
      std::size_t at = lower.find(formula);
      if (at == std::string::npos) continue;
      for (std::size_t j = 0; j < n; ++j) {
        if (w.EndOf(j) >= at + formula.size()) return cut(j, Zone::kBoilerplate);
      }
    }
    std::size_t e = 0;
    for (std::size_t j = 1; j < n && j < 12; ++j) {
      std::string_view word = w[j];
      if (page_lang == Lang::kKo && HasHangul(word) && j <= 2 && IsOutletName(word)) {
        e = j;  // "ⓒ 중앙일보"
        continue;
      }
      if (page_lang == Lang::kKo ? HasHangul(word) : StartsInlineSentence(word)) {
        // "Copyright 2017 The Associated Press." keeps its name; "... The jail closed." stops.
        std::size_t k = j;
        while (k < n && k < j + 4 && IsCapitalized(w[k]) && !EndsWithTerminalPunct(w[k])) ++k;
        if (page_lang == Lang::kKo || k >= n || !IsCapitalized(w[k]) ||
            !EndsWithTerminalPunct(w[k])) {
          break;
        }
        e = k;
        break;
      }
      e = j;
      if (EndsWithTerminalPunct(word)) break;
    }
    return cut(e, Zone::kBoilerplate);
  }
  if (w[0].starts_with("무단")) {
    for (std::size_t j = 0; j < n && j < 6; ++j) {
      if (StripPunct(w[j]).ends_with("금지")) return cut(j, Zone::kBoilerplate);
    }
  }
  // Stray Hangul name on an English page: "피터빈트 The ...".
  if (page_lang != Lang::kKo && HasHangul(w[0]) && !HasLatin(w[0])) {
    std::size_t j = 0;
    while (j < n && j < 3 && HasHangul(w[j]) && !StartsLowercase(w[j])) ++j;
    if (j < n && j <= 2 && IsLatinOnly(w[j]) && !StartsLowercase(w[j])) {
      return cut(j - 1, j == 1 ? Zone::kByline : Zone::kBoilerplate);
    }
  }
  return std::nullopt;
}

std::optional<Cut> MatchFurnitureSuffix(std::string_view sentence, Lang page_lang) {
  Words w = SplitInto(sentence);
  std::size_t n = w.size();
  if (n == 0) return std::nullopt;
  auto cut = [&](std::size_t begin_word, Zone zone) -> std::optional<Cut> {
    if (!PrecededBySentenceEnd(w, begin_word)) return std::nullopt;
    return Cut{w.FromStart(begin_word), zone};
  };
  if (auto g = GroupEndingAt(w, n - 1)) {
    if (auto zone = ClassifyBracketContent(g->inner, g->square)) {
      if (auto c = cut(g->from, *zone)) return c;
    }
  }
  if (IsEmail(w[n - 1])) {
    std::size_t b = n - 1;
    while (b > 0 && IsEmail(w[b - 1])) --b;
    // "홍길동 기자 hong@yna.co.kr"
    for (std::size_t k = 2; k <= 5 && k <= b; ++k) {
      if (ReporterRunAt(w, b - k) == b) {
        b -= k;
        break;
      }
    }
    if (auto c = cut(b, Zone::kCredit)) return c;
  }
  for (std::size_t k = 2; k <= 5 && k <= n; ++k) {
    if (ReporterRunAt(w, n - k) == n) {
      if (auto c = cut(n - k, Zone::kCredit)) return c;
    }
  }
  // "By Kim Da-sol", "By KH디지털2" at the end.
  if (n >= 2 && AsciiLower(w[n - 2]) == "by" && HasHangul(w[n - 1])) {
    if (auto c = cut(n - 2, Zone::kByline)) return c;
  }
  if (n >= 3 && AsciiLower(w[n - 3]) == "by" && IsCapitalized(w[n - 2]) &&
      IsHyphenatedGivenName(w[n - 1])) {
    if (auto c = cut(n - 3, Zone::kByline)) return c;
  }
  // A photo credit closing a caption: "... on Friday. Korea Times file", "... Yonhap photo".
  for (std::size_t k = 2; k <= 4 && k <= n; ++k) {
    std::string last = AsciiLower(StripPunct(w[n - 1]));
    if (last != "file" && last != "photo") break;
    bool names = true;
    for (std::size_t i = n - k; i + 1 < n; ++i) names = names && IsCapitalized(w[i]);
    if (names) {
      if (auto c = cut(n - k, Zone::kCaption)) return c;
    }
  }
  // Publication time at the end.
  for (std::size_t k = 1; k <= 8 && k <= n; ++k) {
    if (IsDateLabel(w[n - k]) && DateRunAt(w, n - k) == n) {
      if (auto c = cut(n - k, Zone::kDateline)) return c;
    }
  }
  // Related-articles header at the end: "... 했다. ▶ 관련기사".
  for (std::size_t k = 1; k <= 4 && k <= n; ++k) {
    std::size_t b = w.spans[n - k].begin;
    if (IsRelatedHeader(sentence.substr(b))) {
      if (auto c = cut(n - k, Zone::kBoilerplate)) return c;
    }
  }
  // Widget words at the end.
  {
    std::size_t b = n;
    bool strong = false;
    while (b > 0) {
      ShareWord s = ShareWordStrength(w[b - 1]);
      if (s == ShareWord::kNone || w[b - 1].ends_with(",")) break;
      strong = strong || s == ShareWord::kStrong;
      --b;
    }
    while (b < n && ShareWordStrength(w[b]) == ShareWord::kGlue && !IsSymbolWord(w[b])) ++b;
    if (strong && b < n) {
      if (auto c = cut(b, Zone::kBoilerplate)) return c;
    }
  }
  // Copyright notice at the end.
  for (std::size_t k = 1; k <= 12 && k <= n; ++k) {
    std::string_view word = w[n - k];
    if (IsCopyrightStart(w, n - k) || word.starts_with("무단")) {
      if (word.starts_with("무단") && !sentence.ends_with("금지")) continue;
      if (auto c = cut(n - k, Zone::kBoilerplate)) return c;
    }
  }
  // Stray Hangul on an English page: "... resigned. 피터빈트".
  if (page_lang != Lang::kKo) {
    std::size_t b = n;
    while (b > 0 && n - b < 3 && HasHangul(w[b - 1]) && !StartsLowercase(w[b - 1])) --b;
    if (b < n && b > 0) {
      if (auto c = cut(b, n - b == 1 ? Zone::kByline : Zone::kBoilerplate)) return c;
    }
  }
  return std::nullopt;
}

}  // namespace kobi::tokenize::internal
