#include "kobi/core/numbers.h"

#include <charconv>

namespace kobi {

std::string FormatFixed(double value, int decimals) {
  char buf[400];  // enough for any double in fixed notation with a few decimals
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
  return std::string(buf, r.ptr);
}

std::string FormatGeneral(double value, int precision) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, precision);
  return std::string(buf, r.ptr);
}

}  // namespace kobi
