// Locale-independent number formatting and parsing (std::to_chars / std::from_chars), the one
// home for it: a host program that sets a locale (LC_ALL=de_DE.UTF-8 makes printf write
// "0,937" and strtod stop at the '.') never changes kobi's output or what it reads.
//
//   kobi::FormatFixed(0.91234, 3)     // "0.912"      (printf "%.3f" in the C locale)
//   kobi::FormatFixed(1.0, 1)         // "1.0"
//   kobi::FormatGeneral(1.5e20, 6)    // "1.5e+20"    (printf "%.6g" in the C locale)
//   kobi::RoundToDecimals(0.9126, 3)  // 0.913
//   kobi::ParseDouble("3.5")          // 3.5
//   kobi::ParseDouble("3,5")          // std::nullopt
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kobi {

// `value` with exactly `decimals` digits after the point (rounded), '.' as the point.
std::string FormatFixed(double value, int decimals);

// `value` with `precision` significant digits, as printf's %g: fixed or exponent notation,
// trailing zeros removed.
std::string FormatGeneral(double value, int precision);

// `value` rounded to `decimals` places (halves away from zero), for numbers stored in JSON:
// RoundToDecimals(0.91251, 3) == 0.913. decimals in [0, 15].
double RoundToDecimals(double value, int decimals);

// All of `text` read as a decimal number: optional '-', digits with an optional '.' fraction,
// an optional exponent ("1e+20"), or "inf"/"nan". No leading whitespace or '+', nothing after
// the number; nullopt otherwise. A value beyond the range of double reads as +-infinity, one
// too small for it as 0 (as strtod does).
std::optional<double> ParseDouble(std::string_view text);

}  // namespace kobi
