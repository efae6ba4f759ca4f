#include "kobi/tokenize/internal/zone_rules.h"

#include <array>
#include <string>
#include <vector>

#include "kobi/core/strings.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/internal/zone_inline.h"
#include "kobi/tokenize/internal/zone_lexicon.h"
#include "kobi/tokenize/internal/zone_words.h"
#include "kobi/tokenize/sentence_splitter.h"

namespace kobi::tokenize::internal {
namespace {

struct LineWords {
  std::string_view line;
  std::vector<Span> spans;
  std::size_t size() const { return spans.size(); }
  std::string_view operator[](std::size_t i) const { return spans[i].In(line); }
};

// Sentence ends inside the text, by the sentence splitter (so "N. Korea" and "U.N." do not
// count); only run when the text has terminal punctuation before its end.
int InnerSentenceEnds(std::string_view line, Lang page_lang) {
  bool candidate = false;
  for (Span w : SplitWords(line)) {
    if (w.end < line.size() && EndsWithTerminalPunct(w.In(line))) candidate = true;
  }
  if (!candidate) return 0;
  return static_cast<int>(
             SplitSentences(line, page_lang == Lang::kKo ? Lang::kKo : Lang::kEn).size()) -
         1;
}

// After cutting furniture off both ends, a sentence of several words is left:
// "무단전재 및 재배포 금지 모자 컬렉션을 ... 없습니다." is running text with a notice glued on.
bool HasRunningText(std::string_view line, Lang page_lang) {
  for (int k = 0; k < 4; ++k) {
    auto cut = MatchFurniturePrefix(line, page_lang);
    if (!cut || cut->length >= line.size()) break;
    line = utf8::Trim(line.substr(cut->length));
  }
  for (int k = 0; k < 4; ++k) {
    auto cut = MatchFurnitureSuffix(line, page_lang);
    if (!cut || cut->length >= line.size()) break;
    line = utf8::Trim(line.substr(0, line.size() - cut->length));
  }
  return SplitWords(line).size() >= 5 && EndsLikeSentence(line) && !HasCopyrightMarker(line);
}

bool IsShareLine(const LineWords& w) {
  bool strong = false;
  int weak = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    ShareWord s = ShareWordStrength(w[i]);
    if (s == ShareWord::kNone) return false;
    if (s == ShareWord::kStrong) strong = true;
    if (s == ShareWord::kWeak) ++weak;
  }
  return strong || weak >= 2;
}

// "Published : Jan. 9, 2015 - 12:26", "입력 2015.01.09 12:26 | 수정 ...", "2015-01-09 12:26",
// "Posted on Jan 9, 2015", "송고시간2015-01-09 12:26".
bool IsDateLine(const LineWords& w) {
  bool dated = false, labelled = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::string_view word = w[i];
    std::string lower = AsciiLower(StripPunct(word));
    if (IsDateLabel(word)) {
      labelled = true;
      continue;
    }
    // A label glued to its date: "송고시간2015-01-09", "Updated:2015-01-09".
    std::string_view core = StripPunct(word);
    std::size_t digit = core.find_first_of("0123456789");
    if (digit != std::string_view::npos && digit > 0 && IsDateLabel(core.substr(0, digit))) {
      labelled = true;
      dated = dated || HasYearOrTime(core);
      continue;
    }
    if (IsDateTimeWord(word)) {
      dated = dated || HasYearOrTime(word);
      continue;
    }
    if (lower == "on" || lower == "at" || lower.empty()) continue;
    return false;
  }
  return dated && (labelled || w.size() <= 8);
}

// "All News 10:35 March 03, 2016", "Thursday, March 3, 2016": date words with at most two
// other (capitalised) words.
bool IsMostlyDate(const LineWords& w) {
  std::size_t date = 0, other = 0;
  bool dated = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (IsDateTimeWord(w[i]) && !IsSymbolWord(w[i])) {
      ++date;
      dated = dated || HasYearOrTime(w[i]);
    } else if (!IsSymbolWord(w[i])) {
      if (!IsCapitalized(w[i])) return false;
      ++other;
    }
  }
  return dated && date >= 3 && other <= 2;
}

bool IsEnglishByline(const LineWords& w, std::string_view line) {
  std::size_t n = w.size();
  std::string first = AsciiLower(w[0]);
  if (first == "by" && n >= 2 && n <= 10 && (IsCapitalized(w[1]) || HasHangul(w[1]))) {
    return !EndsWithTerminalPunct(line) || IsEmail(w[n - 1]) || n <= 4;
  }
  // "Kim Da-sol", "Kim Da-sol, Staff reporter", "Korea Herald staff".
  if (n >= 2 && n <= 6 && !EndsWithTerminalPunct(line)) {
    if (IsCapitalized(w[0]) && IsHyphenatedGivenName(w[1])) {
      return n == 2 || StripPunct(w[1]) != w[1] || IsEmail(w[2]);
    }
    static constexpr std::array<std::string_view, 7> kRoles = {
        "staff", "reporter", "correspondent", "writer", "columnist", "contributor", "editor"};
    std::string last = AsciiLower(StripPunct(w[n - 1]));
    for (std::string_view role : kRoles) {
      if (last == role && IsCapitalized(w[0])) return true;
    }
  }
  return false;
}

// "홍길동 기자", "홍길동·김철수 기자 hong@yna.co.kr", "글·사진 홍길동 기자". Sets email.
bool IsKoreanReporterLine(const LineWords& w, bool& email) {
  std::size_t i = 0;
  if (i < w.size() && (w[i] == "글·사진" || w[i] == "사진" || w[i] == "글")) ++i;
  std::size_t names = 0;
  while (i < w.size() && IsHangulOnly(StripPunct(w[i])) && !IsReporterRole(w[i]) &&
         StripPunct(w[i]).size() <= 15) {
    ++i;
    ++names;
  }
  if (names == 0 || names > 4 || i >= w.size() || !IsReporterRole(w[i])) return false;
  ++i;
  email = false;
  for (; i < w.size(); ++i) {
    // "홍길동 기자 hong@hani.co.kr", "홍길동 기자 입력 2016.03.03 10:35".
    if (IsEmail(w[i])) {
      email = true;
    } else if (!IsSymbolWord(w[i]) && !IsReporterRole(w[i]) && !IsDateLabel(w[i]) &&
               !IsDateTimeWord(w[i])) {
      return false;
    }
  }
  return true;
}

bool IsEmailLine(const LineWords& w) {
  bool email = false;
  std::size_t other = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (IsEmail(w[i])) {
      email = true;
    } else if (!IsSymbolWord(w[i])) {
      ++other;
    }
  }
  return email && other <= 4;
}

bool IsWholeBracket(const LineWords& w, std::string_view line, std::string_view& inner,
                    bool& square) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kPairs = {
      {{"(", ")"},
       {"[", "]"},
       {"<", ">"},
       {"\u3010", "\u3011"},
       {"\uFF3B", "\uFF3D"},
       {"\u3008", "\u3009"}}};
  for (auto [open, close] : kPairs) {
    if (line.size() > open.size() + close.size() && line.starts_with(open) &&
        line.ends_with(close) && line.find(close) == line.size() - close.size()) {
      inner = line.substr(open.size(), line.size() - open.size() - close.size());
      square = open != "(" && open != "<";
      return true;
    }
  }
  (void)w;
  return false;
}

bool HasCaptionCue(const LineWords& w, std::string_view line);

bool IsCaptionLine(const LineWords& w, std::string_view line, Lang page_lang) {
  std::size_t n = w.size();
  if (n > 60 || !HasCaptionCue(w, line) || InnerSentenceEnds(line, page_lang) >= 2) return false;
  // "[Photo: Yonhap] The National Congress ..." is a credit glued to running text.
  if (n > 4) {
    if (auto cut = MatchFurniturePrefix(line, page_lang);
        cut && cut->length < line.size() && HasRunningText(line, page_lang)) {
      return false;
    }
  }
  return true;
}

bool HasCaptionCue(const LineWords& w, std::string_view line) {
  std::size_t n = w.size();
  std::string lower = AsciiLower(line);
  static constexpr std::array<std::string_view, 9> kStarts = {
      "this photo",   "this file photo",    "in this photo",
      "this image",   "this undated photo", "photo shows",
      "this picture", "in this file photo", "this handout photo"};
  for (std::string_view s : kStarts) {
    if (lower.starts_with(s)) return true;
  }
  if (line.starts_with("\u25B2") || line.starts_with("사진은 ")) return true;  // ▲
  if ((lower.starts_with("photo:") || lower.starts_with("photo by ") ||
       lower.starts_with("photo courtesy") || lower.starts_with("image:")) &&
      n <= 12) {
    return true;
  }
  // "... 모습. 사진=연합뉴스", "... 모습. /사진제공=서울시".
  if (std::size_t at = line.rfind("사진"); at != std::string_view::npos && line.size() - at <= 40 &&
                                           line.find('=', at) != std::string_view::npos) {
    return true;
  }
  // "... in Tokyo, Thursday. Korea Times file", "... on Friday. Courtesy of Seoul city".
  {
    std::size_t k = n;
    while (k > 0 && !EndsWithTerminalPunct(w[k - 1])) --k;
    if (k > 0 && k < n && n - k <= 5) {
      bool credit_word = false, names = true;
      for (std::size_t i = k; i < n; ++i) {
        std::string lw = AsciiLower(StripPunct(w[i]));
        if (lw == "file" || lw == "photo" || lw == "photos" || lw == "courtesy") {
          credit_word = true;
        } else if (!IsCapitalized(w[i]) && lw != "of" && lw != "by") {
          names = false;
        }
      }
      if (credit_word && names) return true;
    }
  }
  if (lower.ends_with("yonhap photo") || lower.ends_with("file photo") ||
      lower.ends_with("/yonhap") || lower.ends_with("/ yonhap") || line.ends_with("/연합뉴스") ||
      line.ends_with("/ 연합뉴스")) {
    return true;
  }
  if (lower.find("(photo:") != std::string::npos || lower.find("[photo:") != std::string::npos ||
      line.find("(사진=") != std::string_view::npos ||
      line.find("[사진=") != std::string_view::npos) {
    return true;
  }
  // A description closed by a photo credit: "... Saturday. [Yonhap]", "... 모습. [연합뉴스
  // 자료사진]".
  std::string_view last = w[n - 1];
  if (last.ends_with("]") || last.ends_with(")")) {
    std::size_t open = line.rfind(last.ends_with("]") ? '[' : '(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view inner = line.substr(open + 1, line.size() - open - 2);
      auto zone = ClassifyBracketContent(inner, last.ends_with("]"));
      if (zone == Zone::kCaption || (zone && HasPhotoMarker(line.substr(0, open)))) return true;
      if (zone == Zone::kCredit && HasPhotoMarker(inner)) return true;
      // "... on Tuesday. [MINISTRY OF DEFENSE]": a source in capitals closing one sentence.
      if (!zone && last.ends_with("]") && n >= 5 && EndsWithTerminalPunct(line.substr(0, open))) {
        std::vector<Span> iw = SplitWords(inner);
        bool caps = !iw.empty() && iw.size() <= 5 && !HasDigit(inner);
        for (Span s : iw) caps = caps && IsAllCaps(s.In(inner));
        if (caps) return true;
      }
    }
  }
  return false;
}

bool IsNavigationLine(const LineWords& w, std::string_view line) {
  if (w.size() > 12 || EndsWithTerminalPunct(line)) return false;
  int separators = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::string_view word = w[i];
    if (word == ">" || word == "|" || word == "\u00B7" || word == "/" || word == "\u203A" ||
        word == "\u00BB" || word == ">>") {
      ++separators;
    }
  }
  return separators >= 1 && separators * 4 >= static_cast<int>(w.size()) - 1;
}

}  // namespace

std::string_view LineKindName(LineKind kind) {
  switch (kind) {
    case LineKind::kUnknown:
      return "unknown";
    case LineKind::kMasthead:
      return "masthead";
    case LineKind::kNavigation:
      return "navigation";
    case LineKind::kShare:
      return "share";
    case LineKind::kCopyright:
      return "copyright";
    case LineKind::kRelated:
      return "related";
    case LineKind::kDateline:
      return "dateline";
    case LineKind::kByline:
      return "byline";
    case LineKind::kReporterEmail:
      return "reporter-email";
    case LineKind::kCredit:
      return "credit";
    case LineKind::kCaption:
      return "caption";
    case LineKind::kHangulName:
      return "hangul-name";
    case LineKind::kStray:
      return "stray";
  }
  return "unknown";
}

LineKind ClassifyLine(std::string_view line, Lang page_lang) {
  line = utf8::Trim(line);
  LineWords w{line, SplitWords(line)};
  std::size_t n = w.size();
  if (n == 0) return LineKind::kUnknown;
  if (!HasLetter(line) && !HasDigit(line)) return LineKind::kNavigation;  // "•", "---", "|"
  if (n > 40) return LineKind::kUnknown;                                  // running text
  if (InnerSentenceEnds(line, page_lang) >= 3) return LineKind::kUnknown;
  bool sentence_like = IsSentenceLike(line, page_lang);

  if (IsShareLine(w)) return LineKind::kShare;
  if (HasCopyrightMarker(line) && (n <= 20 || !sentence_like) && !HasRunningText(line, page_lang)) {
    return LineKind::kCopyright;
  }
  if (AsciiLower(w[0]) == "copyright" && n <= 15 && n >= 2 &&
      (IsCapitalized(w[1]) || HasYearOrTime(w[1]) || IsSymbolWord(w[1]))) {
    return LineKind::kCopyright;
  }
  if (IsRelatedHeader(line)) return LineKind::kRelated;
  if (IsDateLine(w) || IsMostlyDate(w)) return LineKind::kDateline;

  std::string_view inner;
  bool square = false;
  if (n <= 12 && IsWholeBracket(w, line, inner, square)) {
    if (auto zone = ClassifyBracketContent(inner, square)) {
      if (*zone == Zone::kCredit) return LineKind::kCredit;
      if (*zone == Zone::kCaption) return LineKind::kCaption;
      if (*zone == Zone::kBoilerplate) return LineKind::kCopyright;
      if (*zone == Zone::kDateline) return LineKind::kByline;  // [헤럴드경제=홍길동 기자]
    }
  }
  if (n <= 3 && IsAgencyName(line)) {  // "/연합뉴스", "— Yonhap"; a bare "연합뉴스" is a masthead
    return IsOutletName(line) && StripPunct(line) == line ? LineKind::kMasthead : LineKind::kCredit;
  }
  bool email = false;
  if (IsKoreanReporterLine(w, email)) return email ? LineKind::kReporterEmail : LineKind::kByline;
  if (IsEnglishByline(w, line)) return LineKind::kByline;
  if (IsEmailLine(w)) return LineKind::kReporterEmail;
  if (IsCaptionLine(w, line, page_lang)) return LineKind::kCaption;
  if (!sentence_like && IsOutletName(line)) return LineKind::kMasthead;

  // Link items of a related block: "▶ Seoul to raise ...", "☞ 기사 원문 보기".
  if ((line.starts_with("\u25B6") || line.starts_with("\u261E") || line.starts_with("\u25BA") ||
       line.starts_with("\u2192")) &&
      !sentence_like && line.size() < 200) {
    return LineKind::kRelated;
  }
  if (IsNavigationLine(w, line)) return LineKind::kNavigation;

  // Text in the other script.
  utf8::ScriptCounts c = utf8::CountScripts(line);
  if (page_lang == Lang::kEn && c.hangul > 0 && c.hangul * 2 >= c.latin) {
    if (n <= 2 && !sentence_like && line.size() <= 30) return LineKind::kHangulName;
    if (n <= 8 && !sentence_like) return LineKind::kStray;
  }
  if (page_lang == Lang::kKo && c.hangul == 0 && c.latin > 0) {
    if (n <= 6 || !sentence_like) return LineKind::kStray;
  }
  return LineKind::kUnknown;
}

bool IsSentenceLike(std::string_view line, Lang page_lang) {
  line = utf8::Trim(line);
  // Ignore a glued trailing credit: "... China. (Yonhap)".
  for (int k = 0; k < 3; ++k) {
    auto cut = MatchFurnitureSuffix(line, page_lang);
    if (!cut || cut->length >= line.size()) break;
    line = utf8::Trim(line.substr(0, line.size() - cut->length));
  }
  std::size_t n = SplitWords(line).size();
  if (n >= 8 && InnerSentenceEnds(line, page_lang) >= 1) return true;
  if (!EndsLikeSentence(line)) return false;
  if (EndsWithTerminalPunct(line)) return n >= (page_lang == Lang::kKo ? 2u : 4u);
  return n >= 4;  // Korean final ending without punctuation
}

bool IsCreditedSentence(std::string_view line, Lang page_lang) {
  line = utf8::Trim(line);
  if (!line.ends_with(")") && !line.ends_with("]")) return false;
  auto cut = MatchFurnitureSuffix(line, page_lang);
  if (!cut || cut->zone != Zone::kCredit || cut->length >= line.size()) return false;
  std::string end_mark = AsciiLower(StripPunct(line.substr(line.size() - cut->length)));
  if (end_mark == "end" || end_mark == "끝") return false;  // the end of a story, not a photo
  std::string_view rest = utf8::Trim(line.substr(0, line.size() - cut->length));
  return !IsEmail(rest.substr(rest.rfind(' ') + 1)) && SplitWords(rest).size() >= 4 &&
         InnerSentenceEnds(rest, page_lang) == 0;
}

bool IsHeadlineCandidate(std::string_view line, Lang page_lang) {
  line = utf8::Trim(line);
  std::vector<Span> words = SplitWords(line);
  std::size_t n = words.size();
  if (n < 3 || n > 35 || line.size() < 10) return false;
  if (!HasLetter(line) || line.ends_with(":")) return false;
  for (Span s : words) {
    if (IsEmail(s.In(line)) || IsUrl(s.In(line))) return false;
  }
  return true;
}

}  // namespace kobi::tokenize::internal
