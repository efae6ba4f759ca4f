#include "kobi/tokenize/internal/korean_endings.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "kobi/core/korean.h"
#include "kobi/core/utf8.h"

namespace kobi::tokenize::internal {
namespace {

constexpr char32_t kNoSyllable = 0;

// Final consonant index of a syllable (0 = none); 20 = ㅆ.
using korean::kTailB;
using korean::kTailN;
using korean::kTailSs;
constexpr int Tail(char32_t syllable) { return korean::HangulTail(syllable); }

// The last `n` code points of w, last first (0 where there are fewer).
std::array<char32_t, 3> LastThree(std::string_view w) {
  std::array<char32_t, 3> out{kNoSyllable, kNoSyllable, kNoSyllable};
  std::size_t end = w.size();
  for (std::size_t k = 0; k < 3 && end > 0; ++k) {
    utf8::Decoded d = utf8::DecodeBefore(w, end);
    if (d.cp == utf8::kInvalid) break;
    out[k] = d.cp;
    end -= d.length;
  }
  return out;
}

bool In(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

// Strong emoticon characters: laughing/crying jamo, emoji, ^ and hearts.
bool IsStrongEmoticon(char32_t c) {
  return (c >= 0x3131 && c <= 0x318E) || c == '^' || c == 0x2661 || c == 0x2665 ||
         (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  // Compare the first byte before calling memcmp: most list entries differ there.
  if (prefix.empty()) return true;
  if (s.size() < prefix.size() || s[prefix.size() - 1] != prefix.back() || s[0] != prefix[0]) {
    return false;
  }
  return s.substr(0, prefix.size()) == prefix;
}

// Nouns ending in 다 (loanwords, place and brand names, native nouns) whose last-but-one
// syllable would otherwise read as a verbal ending (사이다 ~ 이다, 우간다 ~ 간다). Nouns of two
// syllables match only as the whole eojeol (with a particle); longer ones also as its end.
constexpr std::string_view kDaNouns[] = {
    "바다",   "사이다", "판다",   "혼다",     "소다",     "라이다", "레이다",     "아이다",
    "캐나다", "우간다", "르완다", "그라나다", "플로리다", "네바다", "어젠다",     "아젠다",
    "베란다", "요다",   "야마다", "아사다",   "하마다",   "최다",   "프로파간다", "폰다",
    "어린다", "에린다", "브렌다", "아만다",   "미란다"};

// Particles that may follow a noun ending in 다 (사이다를, 바다에서).
constexpr std::string_view kParticles[] = {"가",   "는",   "를",   "도",   "와",   "의",   "에",
                                           "로",   "만",   "나",   "랑",   "에서", "에는", "로는",
                                           "보다", "처럼", "까지", "부터", "라는", "같은"};

// Words after a final-looking ending that continue its clause: a lone particle or quotative
// (…했다 라는, …한다 고), an auxiliary (…했다 싶고, …있다 보니) or a form of 하다 standing
// for a verb of saying (…좋다 했다, …간다 하고).
constexpr std::string_view kContinuationWords[] = {
    "는",     "고",   "며",     "면서",   "던",   "쳐",     "치고",     "라면서", "라던",
    "하고",   "하며", "하면서", "하는",   "한다", "했다",   "했고",     "했으며", "했지만",
    "했던",   "하니", "해서",   "해도",   "하여", "합니다", "했습니다", "하던",   "하겠음",
    "하겠다", "할",   "하곤",   "하고는", "보고", "보며",   "보는",     "봤다"};

// Prefixes of verbs of saying, thinking and judging after an omitted quotative (…한다
// 밝혔다, …없다 응답했으며 is handled by kSayingNouns) and of auxiliaries (싶다, 보니, 못해).
constexpr std::string_view kContinuationPrefixes[] = {
    "밝히",   "밝혔",   "밝힌",   "밝혀",     "말하",   "말했",   "말한", "말해",
    "전하",   "전했",   "전한",   "전해",     "답하",   "답했",   "답한", "물었",
    "묻는",   "덧붙",   "털어놓", "털어놨",   "알렸",   "여겼",   "느꼈", "느끼",
    "적었",   "싶",     "생각들", "생각을",   "생각이", "생각에", "보니", "보면",
    "못해",   "못하",   "하겠",   "않",       "못",     "라는",   "라고", "라며",
    "이라는", "이라고", "이라며", "하더라도", "는",     "보였",   "보인", "보이",
    "보았",   "봤으며", "봤고",   "알려지",   "알려졌", "나섰",   "나서"};

// Sentence-initial adverbs and subjects that make a weaker ending (nominal -ㅁ of notes:
// 반겨줌, 권장함) a sentence end: 그래서, 하지만, 근데, 그럼, 오늘은 …
constexpr std::string_view kKoreanSentenceStarters[] = {
    "그래서", "그리고", "하지만", "그러나",   "근데",   "그런데", "그럼",   "그러면", "그러니",
    "또",     "또한",   "이제",   "일단",     "결국",   "사실",   "아무튼", "어쨌든", "물론",
    "게다가", "그래도", "그러다", "그러더니", "솔직히", "암튼",   "드디어", "저는",   "나는",
    "우리는", "제가",   "내가",   "오늘은",   "오늘도", "다음엔", "이번엔"};

// Sino-Korean nouns of saying/judging that take 하다/되다 (응답했으며, 전망된다, 설명하고).
constexpr std::string_view kSayingNouns[] = {
    "응답", "설명", "강조", "주장", "지적", "언급", "발표", "보도", "전망", "예상",  "분석", "평가",
    "진단", "판단", "우려", "경고", "호소", "토로", "반박", "해명", "촉구", "요구",  "고백", "귀띔",
    "확인", "집계", "추산", "추정", "조사", "파악", "보고", "공지", "공개", "예고",  "결정", "결론",
    "회고", "부연", "시사", "답변", "대답", "증언", "자평", "풀이", "생각", "관측",  "해석", "제안",
    "권고", "약속", "다짐", "선언", "통보", "지시", "당부", "요청", "제기", "인정",  "부인", "시인",
    "주문", "자신", "확신", "장담", "기대", "희망", "걱정", "비판", "비난", "항의",  "반발", "동의",
    "합의", "진술", "자랑", "불만", "각오", "의견", "입장", "견해", "소감", "목소리"};

// What follows such a noun: a form of 하다/되다, or a case particle (…오를 것이다 관측이
// 나왔다, …하겠다 각오를 밝혔다).
constexpr std::string_view kHaForms[] = {"했", "한", "하", "해", "됐", "된", "되", "돼", "합",
                                         "이", "을", "를", "도", "과", "와", "은", "는"};

// Nouns ending in 임 (게임, 모임) that are not the nominal ending -임.
constexpr std::string_view kImNouns[] = {"게임", "타임", "모임", "라임", "크라임", "프라임",
                                         "취임", "사임", "연임", "신임", "일임",   "소임",
                                         "방임", "유임", "재임", "퇴임", "선임",   "후임"};

bool EndsWithAny(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view s : list) {
    if (w.size() >= s.size() && w.substr(w.size() - s.size()) == s) return true;
  }
  return false;
}

// Trailing punctuation that may follow the next word: "밝혔다." "말했다," "생각했다…".
std::string_view StripTrailingPunct(std::string_view w) {
  while (!w.empty()) {
    unsigned char c = static_cast<unsigned char>(w.back());
    if (c == '.' || c == ',' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')') {
      w.remove_suffix(1);
      continue;
    }
    break;
  }
  return w;
}

// Informal, nominal and dialect endings without punctuation: 했음, 것임, 좋아함, 좋네, 해유,
// 힘들구먼, 했군, 하쥬, 했구나.
bool EndsLikeInformalSentence(std::string_view w) {
  auto last = LastThree(w);
  char32_t z = last[0], p = last[1];
  if (!utf8::IsHangulSyllable(z) || !utf8::IsHangulSyllable(p)) return false;
  bool past = Tail(p) == kTailSs;  // 었 았 였 했 겠 있
  switch (z) {
    case U'음':
      return past || In(p, U"없좋같맞많싫먹앉않찮");
    case U'임':
      for (std::string_view n : kImNouns) {
        if (EndsWithAny(w, {n})) return false;
      }
      return true;
    case U'함':
      return Tail(p) == 0 && In(p, U"아야여해");
    case U'네':
      return past || In(p, U"좋같많없싫하되크작");
    case U'유':
      return In(p, U"해래에먼어아봐워와지게데네세셔여파가써져겨");
    case U'먼':
      return p == U'구';
    case U'군':
      return past || In(p, U"하되이좋같많");
    case U'나':
      return p == U'구' && last[2] != kNoSyllable;
    case U'쥬':
      return true;
    case U'용': {  // cute -요: 했어용, 싶네용
      std::string_view yo_form = w.substr(0, w.size() - 3);
      std::string with_yo = std::string(yo_form) + "요";
      return EndsLikeKoreanSentence(with_yo);
    }
    case U'당':  // cute -다: 있답니당, 했당
      return p == U'니' || past;
    case U'야':  // -거야: 그런 거야, 내리는거야
      return p == U'거';
    case U'마':  // -지 마: 친해지지마
      return p == U'지';
    case U'듯':  // -ㄴ/ㄹ 듯 of notes: 가는듯, 할듯, 온듯
      return p == U'는' || ((Tail(p) == kTailN || Tail(p) == korean::kTailRieul) && p != U'현');
    case U'지':
      return past;  // 했지, 알겠지, 났지 (not 하지 않, 먹지 마)
    default:
      return false;
  }
}

}  // namespace

bool IsStrongEmoticonChar(char32_t c) { return IsStrongEmoticon(c); }

bool IsEmoticonChar(char32_t c) {
  return IsStrongEmoticon(c) || c == '~' || c == ';' || c == 0xFF5E;
}

bool IsKoreanFinalSyllable(char32_t cp) {
  switch (cp) {
    case U'다':
    case U'요':
    case U'죠':
    case U'까':
    case U'네':
    case U'오':
    case U'라':
    case U'자':
    case U'니':
    case U'음':
    case U'임':
    case U'함':
    case U'됨':
    case U'군':
    case U'지':
    case U'냐':
    case U'래':
    case U'걸':
    case U'데':
    case U'세':
      return true;
    default:
      return false;
  }
}

bool EndsLikeKoreanSentence(std::string_view w) {
  if (w.size() < 6) return false;  // at least two syllables
  utf8::Decoded last = utf8::DecodeBefore(w, w.size());
  if (last.cp == utf8::kInvalid) return false;
  utf8::Decoded prev = utf8::DecodeBefore(w, w.size() - last.length);
  if (prev.cp == utf8::kInvalid || !utf8::IsHangulSyllable(prev.cp)) return false;
  char32_t p = prev.cp;
  if (last.cp == U'다') {
    if (IsNounEndingInDa(w)) return false;
    if (Tail(p) == kTailSs) return true;  // final ㅆ: past/future 었 았 였 했 났 됐 겠 ...
    if (Tail(p) == kTailN) return true;   // present -ㄴ다: 한다 간다 웃긴다 보인다
    switch (p) {
      case U'었':
      case U'았':
      case U'였':
      case U'했':
      case U'겠':
      case U'있':
      case U'없':
      case U'니':
      case U'한':
      case U'된':
      case U'는':
      case U'진':
      case U'렸':
      case U'웠':
      case U'졌':
      case U'왔':
      case U'갔':
      case U'봤':
      case U'줬':
      case U'섰':
      case U'냈':
      case U'켰':
      case U'쳤':
      case U'같':
      case U'싶':
      case U'이':
      case U'않':
      case U'른':
      case U'린':
      case U'간':
      case U'온':
      case U'본':
      case U'준':
      case U'찼':
      case U'랐':
        return true;
      default:
        return false;
    }
  }
  if (last.cp == U'요') {
    switch (p) {
      case U'어':
      case U'아':
      case U'여':
      case U'해':
      case U'에':
      case U'예':
      case U'네':
      case U'세':
      case U'지':
      case U'래':
      case U'데':
      case U'게':
      case U'까':
      case U'나':
      case U'군':
      case U'걸':
      case U'워':
      case U'와':
      case U'봐':
      case U'줘':
      case U'져':
      case U'려':
      case U'든':
      case U'죠':
      case U'거':
      case U'자':
      case U'써':
      case U'구':
      case U'고':
      case U'서':
      case U'되':
      case U'돼':
        return true;
      default:
        return false;
    }
  }
  if (last.cp == U'죠' || last.cp == U'까') {
    // 습니까, 을까, 죠; "까" alone after a noun ("오까" is rare) — require a verbal syllable.
    // -니까 after anything but 습/ㅂ is the connective "because" (그러니까, 하니까).
    if (last.cp == U'죠') return true;
    if (p == U'니') {
      utf8::Decoded third = utf8::DecodeBefore(w, w.size() - last.length - prev.length);
      return third.cp != utf8::kInvalid && utf8::IsHangulSyllable(third.cp) &&
             (third.cp == U'습' || Tail(third.cp) == kTailB);
    }
    return p == U'을' || p == U'할' || p == U'를' || p == U'일';
  }
  return false;
}

bool IsNounEndingInDa(std::string_view w) {
  for (std::string_view noun : kDaNouns) {
    if (!StartsWith(w, noun) && noun.size() < 9) continue;
    if (w == noun || (noun.size() >= 9 && w.size() > noun.size() &&
                      StartsWith(w.substr(w.size() - noun.size()), noun))) {
      return true;
    }
    if (!StartsWith(w, noun)) continue;
    std::string_view rest = w.substr(noun.size());
    for (std::string_view particle : kParticles) {
      if (rest == particle) return true;
    }
  }
  return false;
}

KoreanEnding ClassifyKoreanEnding(std::string_view w) {
  // Peel trailing emoticon characters: "좋아요ㅎㅎ", "했어요~^^", "ㅋㅋㅋ".
  std::size_t end = w.size();
  bool strong = false, weak = false;
  while (end > 0) {
    utf8::Decoded d = utf8::DecodeBefore(w, end);
    if (d.cp == utf8::kInvalid || !IsEmoticonChar(d.cp)) break;
    (IsStrongEmoticon(d.cp) ? strong : weak) = true;
    end -= d.length;
  }
  std::string_view rest = w.substr(0, end);
  if (strong || weak) {
    // Closing punctuation inside the eojeol before the emoticon: "흙수저입니다.~~".
    std::string_view core = rest;
    bool punct = false;
    while (!core.empty() && (core.back() == '.' || core.back() == '!' || core.back() == '?')) {
      core.remove_suffix(1);
      punct = true;
    }
    if (rest.empty()) return strong ? KoreanEnding::kEmoticon : KoreanEnding::kNone;
    char32_t before = utf8::DecodeBefore(core, core.size()).cp;
    if (core.empty() || !utf8::IsHangulSyllable(before)) {
      return strong && punct ? KoreanEnding::kEmoticon : KoreanEnding::kNone;
    }
    if (strong || punct) return KoreanEnding::kEmoticon;
    // Only "~" or ";": the text before must itself end like a sentence (했어요~, not 친구들~);
    // before "~" a plain informal ending also counts (뽑아버려~, 가자~).
    char32_t z = LastThree(core)[0];
    bool final = EndsLikeKoreanSentence(core) || EndsLikeInformalSentence(core) ||
                 (core.size() >= 6 && In(z, U"어아려해야자게래와워봐줘돼네니냐까라"));
    return final ? KoreanEnding::kEmoticon : KoreanEnding::kNone;
  }
  if (EndsLikeKoreanSentence(w) || EndsLikeInformalSentence(w)) return KoreanEnding::kFinal;
  return KoreanEnding::kNone;
}

bool EndsWithKoreanConnective(std::string_view w) {
  auto last = LastThree(w);
  char32_t z = last[0], p = last[1];
  if (!utf8::IsHangulSyllable(z) || !utf8::IsHangulSyllable(p)) return false;
  if (z == U'데') return Tail(p) == kTailN;  // -는데, -ㄴ데: 싶은데, 하는데
  if (z == U'까')
    return p == U'니' && last[2] != U'습' &&
           !(utf8::IsHangulSyllable(last[2]) && Tail(last[2]) == kTailB);
  if (z == U'지') return p == U'는' || Tail(p) == kTailN;  // -는지, -ㄴ지
  return false;
}

bool IsKoreanSentenceStarter(std::string_view next) {
  next = StripTrailingPunct(next);
  while (!next.empty() && next.back() == ',') next.remove_suffix(1);
  for (std::string_view s : kKoreanSentenceStarters) {
    if (next == s) return true;
  }
  return false;
}

bool EndsLikeNominalNote(std::string_view w) {
  auto last = LastThree(w);
  char32_t z = last[0], p = last[1];
  if (!utf8::IsHangulSyllable(z) || !utf8::IsHangulSyllable(p)) return false;
  return Tail(z) == korean::kTailM;  // 줌 짐 김 함 됨 감
}

namespace {

// First code points of all continuation entries, sorted: a cheap rejection test.
const std::vector<char32_t>& ContinuationFirsts() {
  static const std::vector<char32_t> firsts = [] {
    std::vector<char32_t> v;
    auto add = [&v](std::string_view w) { v.push_back(utf8::Decode(w, 0).cp); };
    for (std::string_view w : kContinuationWords) add(w);
    for (std::string_view w : kContinuationPrefixes) add(w);
    for (std::string_view w : kSayingNouns) add(w);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  }();
  return firsts;
}

}  // namespace

bool ContinuesKoreanSentence(std::string_view next) {
  next = StripTrailingPunct(next);
  if (next.empty()) return false;
  // A one-word 하다 verb right after the ending (…잘 싸웠다 칭찬했다, …없다 일축하며): a new
  // sentence rarely opens with a bare 하다 verb.
  if (next.size() >= 9 && EndsWithAny(next, {"했다", "했고", "했으며", "했지만", "하며", "하면서",
                                             "했다고", "했습니다"})) {
    return true;
  }
  const std::vector<char32_t>& firsts = ContinuationFirsts();
  if (!std::binary_search(firsts.begin(), firsts.end(), utf8::Decode(next, 0).cp)) return false;
  for (std::string_view word : kContinuationWords) {
    if (next.size() == word.size() && StartsWith(next, word)) return true;
  }
  for (std::string_view prefix : kContinuationPrefixes) {
    if (StartsWith(next, prefix)) return true;
  }
  for (std::string_view noun : kSayingNouns) {
    if (!StartsWith(next, noun)) continue;
    std::string_view rest = next.substr(noun.size());
    for (std::string_view ha : kHaForms) {
      if (StartsWith(rest, ha)) return true;
    }
  }
  return false;
}

}  // namespace kobi::tokenize::internal
