// Locale-independent number formatting (std::to_chars), the one home for it: a host program
// that sets a locale never changes kobi's output.
//
//   kobi::FormatFixed(0.91234, 3)   // "0.912"
//   kobi::FormatFixed(1.0, 1)       // "1.0"
#pragma once

#include <string>

namespace kobi {

// `value` with exactly `decimals` digits after the point (rounded), '.' as the point.
std::string FormatFixed(double value, int decimals);

// `value` with `precision` significant digits, as printf's %g in the C locale
// (FormatGeneral(0.25, 6) == "0.25", FormatGeneral(1e-7, 6) == "1e-07").
std::string FormatGeneral(double value, int precision);

}  // namespace kobi
