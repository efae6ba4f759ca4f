#include "kobi/tokenize/internal/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

#include "kobi/core/strings.h"
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

const auto kTitles = Sorted(std::to_array<std::string_view>(
    {"Mr",  "Mrs",  "Ms",   "Dr",   "Drs",  "Prof", "Sen",   "Sens",  "Rep",  "Reps", "Gov",
     "Gen", "Gens", "Lt",   "Col",  "Sgt",  "Capt", "Cmdr",  "Comdr", "Adm",  "Maj",  "Brig",
     "Cpl", "Pvt",  "Pfc",  "Mt",   "St",   "Ste",  "Rev",   "Hon",   "Pres", "Amb",  "Messrs",
     "Mme", "Mlle", "Msgr", "Supt", "Insp", "Det",  "Atty",  "Gov't", "MR",   "MRS",  "MS",
     "DR",  "Fr",   "Sr",   "Jr",   "Asst", "Ft",   "Mssrs", "Ald"}));

const auto kNumberPrefixes = Sorted(
    std::to_array<std::string_view>({"No", "Nos", "no", "nos", "Art", "art", "pp", "p", "Vol",
                                     "vol", "ch", "Ch", "fig", "Fig", "Nr", "op", "Op", "para"}));

const auto kMonths = Sorted(std::to_array<std::string_view>(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}));

// Lower-case spellings; the first letter of the word is lower-cased before lookup.
const auto kGeneral = Sorted(std::to_array<std::string_view>(
    {"co",   "inc",  "corp", "ltd",  "bros", "jr", "sr",  "etc", "vs",   "v",    "approx",
     "dept", "univ", "assn", "ave",  "blvd", "rd", "st",  "est", "govt", "misc", "cf",
     "al",   "ca",   "mfg",  "intl", "natl", "ph", "esq", "tel", "ext",  "min",  "max",
     "hr",   "hrs",  "mins", "sec",  "pt",   "sq", "ft",  "lb",  "lbs",  "oz",   "yr"}));

const auto kStarters = Sorted(std::to_array<std::string_view>(
    {"A",      "After", "Also",  "Although", "An",    "And",   "As",        "At",       "Because",
     "Before", "Being", "But",   "By",       "Did",   "Do",    "Does",      "During",   "Each",
     "Even",   "For",   "From",  "He",       "Her",   "Here",  "His",       "How",      "However",
     "I",      "If",    "In",    "It",       "Its",   "Many",  "Meanwhile", "Millions", "More",
     "Most",   "Mr",    "Mrs",   "Ms",       "Dr",    "My",    "No",        "Not",      "Now",
     "On",     "One",   "Our",   "She",      "So",    "Some",  "Such",      "That",     "The",
     "Their",  "There", "These", "They",     "This",  "Those", "Thus",      "To",       "Under",
     "Until",  "We",    "What",  "When",     "Where", "While", "Who",       "Why",      "With",
     "Yet",    "You"}));

const auto kTimes = Sorted(std::to_array<std::string_view>({"a.m", "p.m", "A.M", "P.M"}));

const auto kCalendar = Sorted(std::to_array<std::string_view>(
    {"Monday", "Tuesday",   "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday", "Mon",
     "Tue",    "Tues",      "Wed",       "Thu",      "Thur",     "Thurs",    "Fri",    "Sat",
     "Sun",    "January",   "February",  "March",    "April",    "May",      "June",   "July",
     "August", "September", "October",   "November", "December", "Jan",      "Feb",    "Mar",
     "Apr",    "Jun",       "Jul",       "Aug",      "Sep",      "Sept",     "Oct",    "Nov",
     "Dec",    "ET",        "EST",       "EDT",      "CT",       "CST",      "CDT",    "MT",
     "MST",    "PT",        "PST",       "PDT",      "GMT",      "UTC",      "BST",    "CET",
     "KST",    "JST"}));

// Company, product and title names with "!" (as their owners spell them).
const auto kExclamationNames =
    Sorted(std::to_array<std::string_view>({"Yahoo", "Jeopardy", "Joomla", "Wham"}));

const auto kMoses1 = Sorted(std::to_array<std::string_view>(
    {"Adj",   "Adm",  "Adv",  "Asst", "Bart", "Bldg", "Brig", "Bros", "Capt", "Cmdr",   "Col",
     "Comdr", "Con",  "Corp", "Cpl",  "DR",   "Dr",   "Drs",  "Ens",  "Gen",  "Gov",    "Hon",
     "Hr",    "Hosp", "Insp", "Lt",   "MM",   "MR",   "MRS",  "MS",   "Maj",  "Messrs", "Mlle",
     "Mme",   "Mr",   "Mrs",  "Ms",   "Msgr", "Op",   "Ord",  "Pfc",  "Ph",   "Prof",   "Pvt",
     "Rep",   "Reps", "Res",  "Rev",  "Rt",   "Sen",  "Sens", "Sfc",  "Sgt",  "Sr",     "St",
     "Supt",  "Surg", "v",    "vs",   "i.e",  "rev",  "e.g",  "Rs",   "Jan",  "Feb",    "Mar",
     "Apr",   "Jun",  "Jul",  "Aug",  "Sep",  "Oct",  "Nov",  "Dec"}));
const auto kMoses2 = Sorted(std::to_array<std::string_view>({"No", "Nos", "Art", "pp"}));

}  // namespace

bool IsTitle(std::string_view word) { return Contains(kTitles, word); }
bool IsNumberPrefix(std::string_view word) { return Contains(kNumberPrefixes, word); }
bool IsMonthAbbreviation(std::string_view word) { return Contains(kMonths, word); }

bool IsGeneralAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return false;
  char buf[8];
  for (std::size_t i = 0; i < word.size(); ++i) {
    buf[i] = AsciiToLower(word[i]);
  }
  return Contains(kGeneral, std::string_view(buf, word.size()));
}

bool IsSentenceStarter(std::string_view word) { return Contains(kStarters, word); }
bool IsTimeAbbreviation(std::string_view word) { return Contains(kTimes, word); }
bool IsCalendarWord(std::string_view word) { return Contains(kCalendar, word); }
bool IsExclamationName(std::string_view word) { return Contains(kExclamationNames, word); }

int MosesNonbreakingPrefix(std::string_view word) {
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return 1;
  if (Contains(kMoses1, word)) return 1;
  if (Contains(kMoses2, word)) return 2;
  return 0;
}

}  // namespace kobi::tokenize::internal
