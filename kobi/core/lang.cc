#include "kobi/core/lang.h"

#include "kobi/core/utf8.h"

namespace kobi {

std::string_view LangName(Lang lang) {
  switch (lang) {
    case Lang::kEn:
      return "en";
    case Lang::kKo:
      return "ko";
    case Lang::kMixed:
      return "mixed";
    case Lang::kOther:
      return "other";
  }
  return "other";
}

std::optional<Lang> ParseLang(std::string_view name) {
  if (name == "en") return Lang::kEn;
  if (name == "ko") return Lang::kKo;
  if (name == "mixed") return Lang::kMixed;
  if (name == "other") return Lang::kOther;
  return std::nullopt;
}

Lang GuessLang(std::string_view utf8) {
  utf8::ScriptCounts c = utf8::CountScripts(utf8);
  std::size_t letters = c.hangul + c.latin + c.han + c.kana;
  if (letters == 0) return Lang::kOther;
  double ko = static_cast<double>(c.hangul) / static_cast<double>(letters);
  double en = static_cast<double>(c.latin) / static_cast<double>(letters);
  if (ko >= 0.8) return Lang::kKo;
  if (en >= 0.8) return Lang::kEn;
  if (ko >= 0.2 && en >= 0.2) return Lang::kMixed;
  if (ko > 0.5) return Lang::kKo;  // Korean with Hanja glosses
  return Lang::kOther;
}

}  // namespace kobi
