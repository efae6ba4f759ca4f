// Personal names (RR 제3장 제4항): surname and given name written apart, no sound change
// between the syllables of the given name (한복남 Han Boknam, 홍빛나 Hong Bitna), the given
// name optionally hyphenated (Han Bok-nam). Surnames take their popular English spelling from
// kobi/romanize/data/surnames.tsv unless strict forms are asked for.
#include "kobi/romanize/internal/letters.h"
#include "kobi/romanize/internal/lexicon.h"
#include "kobi/romanize/internal/pronunciation.h"
#include "kobi/romanize/internal/word.h"

namespace kobi::romanize::internal {
namespace {

// One syllable on its own in the system (no neighbours).
std::string Isolated(const Syllable& syllable, System system) {
  std::vector<Syllable> one{syllable};
  switch (system) {
    case System::kTranslit:
      return JoinTranslit(RenderTranslit(one));
    case System::kMcCuneReischauer:
    case System::kMcCuneReischauerAscii:
      return JoinMr(RenderMr(NeutralizeEach(one)), system == System::kMcCuneReischauerAscii);
    case System::kRevised:
    default:
      return JoinRr(RenderRr(NeutralizeEach(one)), false);
  }
}

}  // namespace

bool IsTwoSyllableSurname(const std::vector<Syllable>& word) {
  if (word.size() < 2) return false;
  std::vector<Syllable> first_two(word.begin(), word.begin() + 2);
  return GetLexicon().two_syllable_surnames.count(FromSyllables(first_two)) > 0;
}

std::size_t SurnameLength(const std::vector<Syllable>& word) {
  if (IsTwoSyllableSurname(word) && (word.size() >= 3 || word.size() == 2)) return 2;
  return word.empty() ? 0 : 1;
}

std::string RomanizeSurname(const std::vector<Syllable>& surname, const RomanizeOptions& options) {
  if (surname.empty()) return "";
  bool mr = options.system == System::kMcCuneReischauer ||
            options.system == System::kMcCuneReischauerAscii;
  if (!options.strict_names && options.system != System::kTranslit) {
    auto it = GetLexicon().popular_surnames.find(FromSyllables(surname));
    if (it != GetLexicon().popular_surnames.end()) return it->second;
  }
  // Strict: the system's spelling of the syllables, no sound change. MR writes 이 as Yi
  // (ALA-LC, Yi Sŭng-man); RR writes I.
  if (mr && surname.size() == 1 && (Compose(surname[0]) == U'이' || Compose(surname[0]) == U'리')) {
    return "Yi";
  }
  std::string out;
  if (mr) {
    // MR (ALA-LC) applies the initial-sound law to surnames (라 Na, 류 Yu, 림 Im) and voices
    // the second syllable of a two-syllable surname (남궁 Namgung, 황보 Hwangbo).
    std::vector<Syllable> s = NeutralizeEach(surname);
    if (s[0].lead == kR) s[0].lead = IsIotizedOrI(s[0].vowel) || s[0].vowel == kYe ? kNone : kN;
    out = JoinMr(RenderMr(s), options.system == System::kMcCuneReischauerAscii);
  } else {
    for (const Syllable& s : surname) out += Isolated(s, options.system);
  }
  return CapitalizeFirst(out);
}

std::string RomanizeGivenName(const std::vector<Syllable>& given, const RomanizeOptions& options) {
  if (given.empty()) return "";
  const char* sep = options.hyphenate_given_name ? "-" : "";
  std::string out;
  switch (options.system) {
    case System::kMcCuneReischauer:
    case System::kMcCuneReischauerAscii: {
      // MR (ALA-LC) writes the given name as pronounced, split by syllable: voicing and
      // assimilation cross the hyphen (Kŏ-jŏng, Tae-jung, 덕룡 Tŏng-nyong, 석원 Sŏg-wŏn).
      std::vector<Syllable> pronounced = Pronounce(given, {.noun = true});
      std::vector<Piece> pieces = RenderMr(pronounced, false);
      // Hyphens stay at the spelled syllable boundary: a consonant carried over by liaison is
      // written before the hyphen (석원 Sŏg-wŏn, 필영 P'ir-yŏng).
      for (std::size_t i = 1; i < pieces.size(); ++i) {
        if (given[i].lead == kNone && pronounced[i].lead != kNone) {
          pieces[i - 1].coda += pieces[i].onset;
          pieces[i].onset.clear();
        }
      }
      if (options.hyphenate_given_name) {
        for (std::size_t i = 0; i < pieces.size(); ++i) {
          if (i > 0) out += sep;
          out += pieces[i].Text();
        }
        if (options.system == System::kMcCuneReischauerAscii) out = MrToAscii(out);
      } else {
        out = JoinMr(pieces, options.system == System::kMcCuneReischauerAscii);
      }
      break;
    }
    default:
      if (options.system == System::kTranslit && !options.hyphenate_given_name) {
        out = JoinTranslit(RenderTranslit(given));
        break;
      }
      for (std::size_t i = 0; i < given.size(); ++i) {
        if (i > 0) out += sep;
        out += Isolated(given[i], options.system);
      }
      break;
  }
  return CapitalizeFirst(out);
}

}  // namespace kobi::romanize::internal
