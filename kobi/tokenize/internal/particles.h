// Korean particle (josa) detection for `--split-particles`.
//
// ParticleStart returns the byte offset in `eojeol` where a trailing particle begins, or
// eojeol.size() when none is found. Heuristic, dictionary-free: longest listed particle whose
// allomorph agrees with the preceding syllable (은/을/과/이/으로 after a final consonant,
// 는/를/와/가/로 after a vowel), leaving a stem of at least two code points that does not end
// like a verb or adjective (했, 있, 많, ...). "김정은은" -> 9 ("김정은" + "은").
#pragma once

#include <cstddef>
#include <string_view>

namespace kobi::tokenize::internal {

std::size_t ParticleStart(std::string_view eojeol);

// True when `word` as a whole is a particle or quotative ending that attaches to the preceding
// word or closing quote ("은", "에서", "고", "라며", "이라는").
bool IsParticleWord(std::string_view word);

}  // namespace kobi::tokenize::internal
