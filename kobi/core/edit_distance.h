// Levenshtein distance over bytes, for comparing romanization keys and other ASCII strings.
//
//   kobi::EditDistance("kimjongun", "kimjongil")   // 2
//
// Unit costs for insertion, deletion and substitution; O(|a|·|b|) time, O(|b|) memory. Bytes,
// not code points: use it on ASCII (keys, romanizations).
#pragma once

#include <cstddef>
#include <string_view>

namespace kobi {

std::size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace kobi
