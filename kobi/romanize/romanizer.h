// Korean romanization: Revised Romanization (RR, with its pronunciation rules), the RR
// transliteration of §3.8, and McCune-Reischauer (with breves, or ASCII).
//
// Romanize() rewrites every run of precomposed Hangul syllables in `text` and copies all other
// bytes unchanged (Latin, digits, punctuation, Hanja, spacing). Input is UTF-8; decomposed
// (conjoining-jamo) Hangul is composed to NFC first. Output is UTF-8. A run of syllables is
// one word: sound rules (liaison, nasalisation, liquidisation, palatalisation, aspiration,
// ㄴ-insertion from a word list) apply inside a run, never across a space.
//
//   Romanize("종로에서 신라 호텔")                                  == "jongnoeseo silla hotel"
//   Romanize("없었습니다", {.system = System::kTranslit})           == "eobs-eoss-seubnida"
//   Romanize("홍빛나", {.name = true})                              == "Hong Bit-na"
//   Romanize("김정은", {.name = true, .strict_names = true})        == "Gim Jeong-eun"
//   Romanize("제주도 종로 2가", {.place = true})                    == "Jeju-do Jongno 2(i)-ga"
//   Romanize("부산", {.system = System::kMcCuneReischauer})         == "pusan"
//
// Modes (see docs/romanize.md): default RR writes lower case; name/place/capitalize write
// capitalised words. Thread-safe; no global state besides immutable tables.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kobi::romanize {

enum class System { kRevised, kTranslit, kMcCuneReischauer, kMcCuneReischauerAscii };

struct RomanizeOptions {
  System system = System::kRevised;
  // Personal names: surname + given name, no sound change inside the name, popular surname
  // spellings (김 Kim, 이 Lee, 박 Park) unless strict_names; two-syllable surnames (남궁, 제갈).
  bool name = false;
  // Place names: administrative units hyphenated (Jeju-do, Dobong-gu, Jongno 2(i)-ga), ㅎ
  // kept after ㄱ ㄷ ㅂ (Mukho), no hyphen inside other names (Songnisan).
  bool place = false;
  // With name: strict forms of the system instead of popular spellings (Gim, I, Bak).
  bool strict_names = false;
  // RR: hyphen where the reading is ambiguous (중앙 Jung-ang, 반구대 Ban-gudae, 세운 Se-un).
  bool hyphenate_ambiguous = false;
  // With name: hyphen between the syllables of the given name (Hong Bit-na / Hong Bitna).
  bool hyphenate_given_name = true;
  // With place: omit -si, -gun and -eup (청주시 Cheongju).
  bool omit_unit = false;
  // Capitalise every romanized word (name and place modes always do).
  bool capitalize = false;
};

// Romanizes every Hangul run in text; everything else passes through unchanged.
std::string Romanize(std::string_view text, const RomanizeOptions& options = {});

// "rr" (or "revised"), "translit", "mr", "mr-ascii" -> System; nullopt for anything else.
std::optional<System> ParseSystem(std::string_view name);
// The canonical name of a system, for messages, reports and settings written back to a file:
// ParseSystem(SystemName(s)) == s for every System.
std::string_view SystemName(System system);

}  // namespace kobi::romanize
