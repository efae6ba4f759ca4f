#include "kobi/core/numbers.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace kobi {
namespace {

// For a number std::from_chars found out of range: true when its magnitude is too large (the
// decimal exponent of its first significant digit is positive), false when too small.
bool TooLarge(std::string_view t) {
  if (!t.empty() && t[0] == '-') t.remove_prefix(1);
  std::size_t e = t.find_first_of("eE");
  long exponent = 0;
  if (e != std::string_view::npos) {
    std::string_view x = t.substr(e + 1);
    bool neg = !x.empty() && x[0] == '-';
    if (!x.empty() && (x[0] == '-' || x[0] == '+')) x.remove_prefix(1);
    for (char c : x) {
      if (exponent < 100000) exponent = exponent * 10 + (c - '0');
    }
    if (neg) exponent = -exponent;
    t = t.substr(0, e);
  }
  std::size_t point = t.find('.');
  std::string_view whole = t.substr(0, point);
  std::size_t nz = whole.find_first_not_of('0');
  if (nz != std::string_view::npos) return static_cast<long>(whole.size() - nz) + exponent > 0;
  std::string_view frac = point == std::string_view::npos ? "" : t.substr(point + 1);
  std::size_t lead = frac.find_first_not_of('0');
  if (lead == std::string_view::npos) return false;
  return -static_cast<long>(lead) + exponent > 0;
}

}  // namespace

std::string FormatFixed(double value, int decimals) {
  char buf[400];  // enough for any double in fixed notation with a few decimals
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
  return std::string(buf, r.ptr);
}

std::string FormatGeneral(double value, int precision) {
  char buf[400];
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, precision);
  return std::string(buf, r.ptr);
}

double RoundToDecimals(double value, int decimals) {
  double scale = 1.0;
  for (int i = 0; i < decimals; ++i) scale *= 10.0;  // exact up to 1e15
  return std::round(value * scale) / scale;
}

std::optional<double> ParseDouble(std::string_view text) {
  double value = 0;
  const char* end = text.data() + text.size();
  auto r = std::from_chars(text.data(), end, value, std::chars_format::general);
  if (r.ptr != end || text.empty()) return std::nullopt;
  if (r.ec == std::errc::result_out_of_range) {
    bool neg = text[0] == '-';
    if (TooLarge(text)) {
      double inf = std::numeric_limits<double>::infinity();
      return neg ? -inf : inf;
    }
    return neg ? -0.0 : 0.0;
  }
  if (r.ec != std::errc()) return std::nullopt;
  return value;
}

}  // namespace kobi
