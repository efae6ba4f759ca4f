#include "kobi/tokenize/internal/particles.h"

#include <array>

#include "kobi/core/korean.h"
#include "kobi/core/utf8.h"

namespace kobi::tokenize::internal {
namespace {

using korean::After;
using korean::Particle;

// Stem endings that are verb/adjective forms rather than nouns.
bool VerbalStemEnd(char32_t c) {
  switch (c) {
    case U'있':
    case U'없':
    case U'었':
    case U'았':
    case U'였':
    case U'겠':
    case U'했':
    case U'하':
    case U'되':
    case U'같':
    case U'많':
    case U'좋':
    case U'싶':
    case U'않':
    case U'받':
    case U'렸':
    case U'졌':
    case U'봤':
    case U'왔':
    case U'갔':
    case U'지':
    case U'기':
    case U'며':
    case U'고':
    case U'면':
      return true;
    default:
      return false;
  }
}

// Syllables X for which "X의" is a common noun rather than X + genitive 의.
bool IsUiNoun(char32_t c) {
  switch (c) {
    case U'회':
    case U'합':
    case U'동':
    case U'논':
    case U'주':
    case U'정':
    case U'협':
    case U'결':
    case U'건':
    case U'모':
    case U'발':
    case U'심':
    case U'토':
    case U'강':
    case U'민':
    case U'성':
    case U'문':
    case U'이':
    case U'자':
    case U'대':
    case U'호':
    case U'창':
    case U'예':
    case U'적':
    case U'저':
    case U'고':
    case U'사':
    case U'본':
      return true;
    default:
      return false;
  }
}

}  // namespace

std::size_t ParticleStart(std::string_view w) {
  std::size_t best = w.size();
  for (const Particle& p : korean::kParticles) {
    if (p.text.size() >= w.size() || w.substr(w.size() - p.text.size()) != p.text) continue;
    std::size_t start = w.size() - p.text.size();
    if (start >= best) continue;  // a longer particle already matched
    if (utf8::Length(w.substr(0, start)) < 2) continue;
    utf8::Decoded prev = utf8::DecodeBefore(w, start);
    if (!utf8::IsHangulSyllable(prev.cp)) {
      if (p.after != After::kAny && !(prev.cp >= '0' && prev.cp <= '9')) continue;
    } else {
      if (VerbalStemEnd(prev.cp)) continue;
      if (!korean::ParticleFits(p, prev.cp)) continue;
    }
    if (p.text == "의" && IsUiNoun(prev.cp)) continue;  // 회의, 합의, 논의 are nouns
    best = start;
  }
  return best;
}

bool IsParticleWord(std::string_view word) {
  for (const Particle& p : korean::kParticles) {
    if (p.text == word) return true;
  }
  static constexpr std::string_view kQuotative[] = {
      "고",   "며",     "라는", "이라는", "란",   "이란",   "라",   "이라",   "이다",   "이며",
      "이고", "라고는", "하고", "하며",   "에요", "이에요", "예요", "입니다", "이었다", "였다"};
  for (std::string_view q : kQuotative) {
    if (q == word) return true;
  }
  return false;
}

}  // namespace kobi::tokenize::internal
