// Length rules: empty, too_short, too_long, length_ratio; and the per-side profile.
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/corpora/internal/rules.h"

namespace kobi::corpora::internal {

SideProfile Profile(std::string_view text) {
  SideProfile p;
  std::size_t pos = 0;
  bool in_word = false, word_has_alnum = false;
  auto end_word = [&] {
    if (in_word && word_has_alnum) ++p.words;
    in_word = false;
    word_has_alnum = false;
  };
  while (pos < text.size()) {
    utf8::Decoded d = utf8::Decode(text, pos);
    pos += d.length;
    char32_t cp = d.cp;
    if (cp == utf8::kInvalid) cp = utf8::kReplacement;
    if (utf8::IsWhitespace(cp)) {
      end_word();
      continue;
    }
    in_word = true;
    ++p.chars;
    bool alnum = true;
    if (utf8::IsHangul(cp))
      ++p.hangul;
    else if (utf8::IsLatinLetter(cp))
      ++p.latin;
    else if (utf8::IsHan(cp))
      ++p.han;
    else if (utf8::IsKana(cp))
      ++p.kana;
    else if (utf8::IsAsciiDigit(cp))
      ++p.digits;
    else if (cp >= 0x80 && unicode::IsLetter(cp))
      ++p.other_letters;
    else
      alnum = false;
    if (alnum) word_has_alnum = true;
    p.length += utf8::IsHangulSyllable(cp) ? 2.1 : 1.0;
  }
  end_word();
  return p;
}

bool IsBlank(std::string_view text) { return utf8::Trim(text).empty(); }

bool TooShort(const SideProfile& en, const SideProfile& ko, const CleanOptions& options) {
  return en.words < options.min_en_words || ko.chars < options.min_ko_chars;
}

bool TooLong(const SideProfile& en, const SideProfile& ko, const CleanOptions& options) {
  return en.chars > options.max_chars || ko.chars > options.max_chars ||
         en.words > options.max_en_words;
}

bool BadLengthRatio(const SideProfile& en, const SideProfile& ko, const CleanOptions& options) {
  // Weighted lengths (a Hangul syllable ~ 2.1 English characters, measured on NTREX and
  // FLORES dev: median ratio 1.02-1.08) may differ by max_length_ratio, plus a slack that
  // lets short pairs vary more.
  double r = options.max_length_ratio;
  double slack = static_cast<double>(options.length_slack);
  return en.length > r * ko.length + slack || ko.length > r * en.length + slack;
}

}  // namespace kobi::corpora::internal
