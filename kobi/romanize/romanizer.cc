#include "kobi/romanize/romanizer.h"

#include <vector>

#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/romanize/internal/hangul.h"
#include "kobi/romanize/internal/letters.h"
#include "kobi/romanize/internal/lexicon.h"
#include "kobi/romanize/internal/pronunciation.h"
#include "kobi/romanize/internal/word.h"

namespace kobi::romanize {
namespace internal {

std::string RomanizeWord(const std::vector<Syllable>& word, const RomanizeOptions& options,
                         bool noun) {
  switch (options.system) {
    case System::kTranslit:
      return JoinTranslit(RenderTranslit(word));
    case System::kMcCuneReischauer:
    case System::kMcCuneReischauerAscii: {
      // MR writes a stop before ㅎ as stop + h (속히 sokhi, 북한 Pukhan): noun rule always;
      // and the tense onsets of listed compounds (여권 yŏkwŏn).
      std::vector<bool> tense = FindTenseBoundaries(word);
      return JoinMr(RenderMr(Pronounce(word, {.noun = true}), false, &tense),
                    options.system == System::kMcCuneReischauerAscii);
    }
    case System::kRevised:
    default:
      return JoinRr(RenderRr(Pronounce(word, {.noun = noun})), options.hyphenate_ambiguous);
  }
}

}  // namespace internal

namespace {

using internal::Syllable;

bool IsConjoiningJamo(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) ||
         (cp >= 0xD7B0 && cp <= 0xD7FF);
}

// Text cut into Hangul-syllable runs and everything in between.
struct Segment {
  std::string_view text;
  bool hangul;
};

std::vector<Segment> Segments(std::string_view text) {
  std::vector<Segment> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    bool hangul = internal::IsSyllable(utf8::Decode(text, pos).cp);
    while (pos < text.size()) {
      utf8::Decoded d = utf8::Decode(text, pos);
      if (internal::IsSyllable(d.cp) != hangul) break;
      pos += d.length;
    }
    out.push_back({text.substr(start, pos - start), hangul});
  }
  return out;
}

bool AllSpaces(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t') return false;
  }
  return !s.empty();
}

std::string RomanizeNames(std::string_view text, const RomanizeOptions& options) {
  std::vector<Segment> segments = Segments(text);
  std::string out;
  bool expect_given = false;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Segment& seg = segments[i];
    if (!seg.hangul) {
      out += seg.text;
      if (!AllSpaces(seg.text)) expect_given = false;
      continue;
    }
    std::vector<Syllable> word = internal::ToSyllables(seg.text);
    if (expect_given) {
      out += internal::RomanizeGivenName(word, options);
      expect_given = false;
      continue;
    }
    std::size_t surname = internal::SurnameLength(word);
    if (surname == word.size()) {
      // A surname alone; a following run after spaces is the given name (홍 빛나).
      out += internal::RomanizeSurname(word, options);
      expect_given =
          i + 2 < segments.size() && AllSpaces(segments[i + 1].text) && segments[i + 2].hangul;
      continue;
    }
    std::vector<Syllable> family(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(surname));
    std::vector<Syllable> given(word.begin() + static_cast<std::ptrdiff_t>(surname), word.end());
    out += internal::RomanizeSurname(family, options) + " " +
           internal::RomanizeGivenName(given, options);
  }
  return out;
}

std::string RomanizePlaces(std::string_view text, const RomanizeOptions& options) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    bool space = utf8::IsWhitespace(utf8::Decode(text, pos).cp);
    bool has_hangul = false;
    while (pos < text.size()) {
      utf8::Decoded d = utf8::Decode(text, pos);
      if (utf8::IsWhitespace(d.cp) != space) break;
      has_hangul = has_hangul || internal::IsSyllable(d.cp);
      pos += d.length;
    }
    std::string_view token = text.substr(start, pos - start);
    out += has_hangul ? internal::RomanizePlaceToken(token, options) : std::string(token);
  }
  return out;
}

std::string RomanizePlain(std::string_view text, const RomanizeOptions& options) {
  std::string out;
  out.reserve(text.size());
  for (const Segment& seg : Segments(text)) {
    if (!seg.hangul) {
      out += seg.text;
      continue;
    }
    std::string word = internal::RomanizeWord(internal::ToSyllables(seg.text), options, false);
    out += options.capitalize ? internal::CapitalizeFirst(std::move(word)) : word;
  }
  return out;
}

// Standalone compatibility jamo (ㅋㅋ, ㅠㅠ) get their letters.
std::string RomanizeJamo(std::string text, const RomanizeOptions& options) {
  bool any = false;
  for (std::size_t pos = 0; pos < text.size();) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (d.cp >= 0x3131 && d.cp <= 0x3163) any = true;
    pos += d.length;
  }
  if (!any) return text;
  bool mr = options.system == System::kMcCuneReischauer;
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (d.cp >= 0x3131 && d.cp <= 0x3163) {
      out += internal::CompatibilityJamoLetters(d.cp, mr);
    } else {
      out.append(text, pos, d.length);
    }
    pos += d.length;
  }
  return out;
}

}  // namespace

std::string Romanize(std::string_view text, const RomanizeOptions& options) {
  std::string composed;
  for (std::size_t pos = 0; pos < text.size();) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (IsConjoiningJamo(d.cp)) {
      if (utf8::IsValid(text)) {
        composed = unicode::ToNfc(text);
        text = composed;
      }
      break;
    }
    pos += d.length;
  }
  std::string out = options.name    ? RomanizeNames(text, options)
                    : options.place ? RomanizePlaces(text, options)
                                    : RomanizePlain(text, options);
  return RomanizeJamo(out, options);
}

std::optional<System> ParseSystem(std::string_view name) {
  if (name == "rr" || name == "revised") return System::kRevised;
  if (name == "translit") return System::kTranslit;
  if (name == "mr") return System::kMcCuneReischauer;
  if (name == "mr-ascii") return System::kMcCuneReischauerAscii;
  return std::nullopt;
}

std::string_view SystemName(System system) {
  switch (system) {
    case System::kTranslit:
      return "translit";
    case System::kMcCuneReischauer:
      return "mr";
    case System::kMcCuneReischauerAscii:
      return "mr-ascii";
    case System::kRevised:
    default:
      return "rr";
  }
}

}  // namespace kobi::romanize
