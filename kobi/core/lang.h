// Language labels and a script-based language guess for English–Korean text.
//
//   kobi::Lang l = kobi::GuessLang("By KH디지털2");   // kMixed
//   kobi::LangName(l)                                  // "mixed"
//
// The guess counts letters by script: Hangul share >= 0.8 of letters is ko, Latin share >= 0.8
// is en, a text with both above 0.2 is mixed, anything else (no letters, Han, Kana) is other.
#pragma once

#include <optional>
#include <string_view>

namespace kobi {

enum class Lang { kEn, kKo, kMixed, kOther };

std::string_view LangName(Lang lang);
// Parses "en"/"ko"/"mixed"/"other"; nullopt otherwise.
std::optional<Lang> ParseLang(std::string_view name);

Lang GuessLang(std::string_view utf8);

}  // namespace kobi
