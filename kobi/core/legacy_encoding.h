// Conversion of legacy Korean encodings (CP949 / EUC-KR) to UTF-8 through Boost.Locale.
//
//   std::string utf8 = kobi::ToUtf8FromLegacy(bytes, "cp949");
//
// Throws UsageError for an unknown encoding name; bytes that cannot be converted throw
// Error (the caller adds file and line).
#pragma once

#include <string>
#include <string_view>

namespace kobi {

// True for names kobi accepts: utf-8, utf8, cp949, euc-kr, euckr (case-insensitive).
bool IsSupportedEncoding(std::string_view name);
bool IsUtf8EncodingName(std::string_view name);
// The one name of a supported encoding: "utf-8", "cp949" (also for uhc) or "euc-kr"; throws
// UsageError for an unknown name.
std::string CanonicalEncodingName(std::string_view name);

std::string ToUtf8FromLegacy(std::string_view bytes, std::string_view encoding);

}  // namespace kobi
