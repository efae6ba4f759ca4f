#include "kobi/tokenize/internal/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

#include "kobi/core/utf8.h"

namespace kobi::tokenize::internal {
namespace {

// Sorted once at start-up; lists are small, binary search keeps lookups allocation-free.
template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

template <std::size_t N>
std::array<std::string_view, N> Sorted(std::array<std::string_view, N> a) {
  std::sort(a.begin(), a.end());
  return a;
}

const auto kTitles = Sorted(std::to_array<std::string_view>({
    "Mr", "Mrs", "Ms", "Dr", "Drs", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Gens",
    "Lt", "Col", "Sgt", "Capt", "Cmdr", "Comdr", "Adm", "Maj", "Brig", "Cpl", "Pvt", "Pfc",
    "Mt", "St", "Ste", "Rev", "Hon", "Pres", "Amb", "Messrs", "Mme", "Mlle", "Msgr", "Supt",
    "Insp", "Det", "Atty", "Gov't", "MR", "MRS", "MS", "DR", "Fr", "Sr", "Jr", "Asst",
    "Ft", "Mssrs", "Ald"}));

const auto kNumberPrefixes = Sorted(std::to_array<std::string_view>({
    "No", "Nos", "no", "nos", "Art", "art", "pp", "p", "Vol", "vol", "ch", "Ch", "fig", "Fig",
    "Nr", "op", "Op", "para"}));

const auto kMonths = Sorted(std::to_array<std::string_view>({
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}));

// Lower-case spellings; the first letter of the word is lower-cased before lookup.
const auto kGeneral = Sorted(std::to_array<std::string_view>({
    "co", "inc", "corp", "ltd", "bros", "jr", "sr", "etc", "vs", "v", "approx", "dept", "univ",
    "assn", "ave", "blvd", "rd", "st", "est", "govt", "misc", "cf", "al", "ca", "mfg", "intl",
    "natl", "ph", "esq", "tel", "ext", "min", "max", "hr", "hrs", "mins", "sec", "pt", "sq",
    "ft", "lb", "lbs", "oz", "yr"}));

const auto kStarters = Sorted(std::to_array<std::string_view>({
    "A", "After", "Also", "Although", "An", "And", "As", "At", "Because", "Before", "Being",
    "But", "By", "Did", "Do", "Does", "During", "Each", "Even", "For", "From", "He", "Her",
    "Here", "His", "How", "However", "I", "If", "In", "It", "Its", "Many", "Meanwhile",
    "Millions", "More", "Most", "Mr", "Mrs", "Ms", "Dr", "My", "No", "Not", "Now", "On",
    "One", "Our", "She", "So", "Some", "Such", "That", "The", "Their", "There", "These",
    "They", "This", "Those", "Thus", "To", "Under", "Until", "We", "What", "When", "Where",
    "While", "Who", "Why", "With", "Yet", "You"}));

const auto kMoses1 = Sorted(std::to_array<std::string_view>({
    "Adj", "Adm", "Adv", "Asst", "Bart", "Bldg", "Brig", "Bros", "Capt", "Cmdr", "Col", "Comdr",
    "Con", "Corp", "Cpl", "DR", "Dr", "Drs", "Ens", "Gen", "Gov", "Hon", "Hr", "Hosp", "Insp",
    "Lt", "MM", "MR", "MRS", "MS", "Maj", "Messrs", "Mlle", "Mme", "Mr", "Mrs", "Ms", "Msgr",
    "Op", "Ord", "Pfc", "Ph", "Prof", "Pvt", "Rep", "Reps", "Res", "Rev", "Rt", "Sen", "Sens",
    "Sfc", "Sgt", "Sr", "St", "Supt", "Surg", "v", "vs", "i.e", "rev", "e.g", "Rs", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}));
const auto kMoses2 = Sorted(std::to_array<std::string_view>({"No", "Nos", "Art", "pp"}));

}  // namespace

bool IsTitle(std::string_view word) { return Contains(kTitles, word); }
bool IsNumberPrefix(std::string_view word) { return Contains(kNumberPrefixes, word); }
bool IsMonthAbbreviation(std::string_view word) { return Contains(kMonths, word); }

bool IsGeneralAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return false;
  char buf[8];
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return Contains(kGeneral, std::string_view(buf, word.size()));
}

bool IsSentenceStarter(std::string_view word) { return Contains(kStarters, word); }

int MosesNonbreakingPrefix(std::string_view word) {
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return 1;
  if (Contains(kMoses1, word)) return 1;
  if (Contains(kMoses2, word)) return 2;
  return 0;
}

bool IsKoreanFinalSyllable(char32_t cp) {
  switch (cp) {
    case U'다': case U'요': case U'죠': case U'까': case U'네': case U'오': case U'라':
    case U'자': case U'니': case U'음': case U'임': case U'함': case U'됨': case U'군':
    case U'지': case U'냐': case U'래': case U'걸': case U'데': case U'세':
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
    if ((p - 0xAC00) % 28 == 20) return true;  // final ㅆ: past/future 었 았 였 했 났 됐 겠 ...
    switch (p) {
      case U'었': case U'았': case U'였': case U'했': case U'겠': case U'있': case U'없':
      case U'니': case U'한': case U'된': case U'는': case U'진': case U'렸': case U'웠':
      case U'졌': case U'왔': case U'갔': case U'봤': case U'줬': case U'섰': case U'냈':
      case U'켰': case U'쳤': case U'같': case U'싶': case U'이': case U'않': case U'른':
      case U'린': case U'간': case U'온': case U'본': case U'준': case U'찼': case U'랐':
        return true;
      default:
        return false;
    }
  }
  if (last.cp == U'요') {
    switch (p) {
      case U'어': case U'아': case U'여': case U'해': case U'에': case U'예': case U'네':
      case U'세': case U'지': case U'래': case U'데': case U'게': case U'까': case U'나':
      case U'군': case U'걸': case U'워': case U'와': case U'봐': case U'줘': case U'져':
      case U'려': case U'든': case U'죠': case U'거': case U'자': case U'써':
        return true;
      default:
        return false;
    }
  }
  if (last.cp == U'죠' || last.cp == U'까') {
    // 습니까, 을까, 죠; "까" alone after a noun ("오까" is rare) — require a verbal syllable.
    return last.cp == U'죠' || p == U'니' || p == U'을' || p == U'할' || p == U'를' || p == U'일';
  }
  return false;
}

}  // namespace kobi::tokenize::internal
