// The cleaning rules, one family per file: rules_length.cc (empty, too_short, too_long,
// length_ratio), rules_script.cc (script, wrong_lang, swapped, copy), rules_web.cc (url,
// markup, boilerplate), rules_numbers.cc (numbers). Each is a pure function of the pair.
#pragma once

#include <cstddef>
#include <string_view>

#include "kobi/corpora/cleaner.h"

namespace kobi::corpora::internal {

// Character statistics of one side, computed once per pair.
struct SideProfile {
  std::size_t hangul = 0, latin = 0, han = 0, kana = 0, other_letters = 0, digits = 0;
  std::size_t chars = 0;  // non-space code points
  std::size_t words = 0;  // whitespace-separated tokens with a letter or digit
  double length = 0;      // weighted length: a Hangul syllable counts 2.1, anything else 1
  double weighted_letters() const {
    return 3.0 * hangul + latin + 2.0 * (han + kana) + other_letters;
  }
  double hangul_share() const {
    double w = weighted_letters();
    return w == 0 ? 0 : 3.0 * hangul / w;
  }
  double latin_share() const {
    double w = weighted_letters();
    return w == 0 ? 0 : latin / w;
  }
};
SideProfile Profile(std::string_view text);

// rules_length.cc
bool IsBlank(std::string_view text);
bool TooShort(const SideProfile& en, const SideProfile& ko, const CleanOptions& options);
bool TooLong(const SideProfile& en, const SideProfile& ko, const CleanOptions& options);
bool BadLengthRatio(const SideProfile& en, const SideProfile& ko, const CleanOptions& options);

// rules_script.cc: the language of one side.
enum class SideLang { kEnglish, kKorean, kOtherLatin, kOtherScript, kNoLetters };
SideLang ClassifySide(std::string_view text, const SideProfile& profile);
// Whether a Latin-script text reads as English rather than another Latin-script language
// (function-word counts and diacritics).
bool LooksEnglish(std::string_view text);
// Near-identical sides (untranslated or copied), after case folding and dropping non-letters.
bool NearCopy(std::string_view en, std::string_view ko);
// Returns kRuleSwapped / kRuleCopy / kRuleWrongLang / kRuleScript, or "" when both sides are
// in the expected language and script.
std::string_view ScriptRule(std::string_view en, const SideProfile& en_profile, std::string_view ko,
                            const SideProfile& ko_profile);

// rules_web.cc
bool UrlProblem(std::string_view en, std::string_view ko);
bool HasMarkup(std::string_view text);
bool IsBoilerplate(std::string_view text);

// rules_numbers.cc: a number written with digits on one side has no equal on the other side
// (values normalised by align::ExtractNumbers: 1조400억 = 1.04 trillion, 3만 = 30,000, months).
bool NumbersDisagree(std::string_view en, std::string_view ko);

}  // namespace kobi::corpora::internal
