#include "kobi/core/legacy_encoding.h"

#include <boost/locale/encoding.hpp>

#include "kobi/core/error.h"
#include "kobi/core/strings.h"

namespace kobi {

bool IsUtf8EncodingName(std::string_view name) {
  std::string n = AsciiLower(name);
  return n == "utf-8" || n == "utf8";
}

bool IsSupportedEncoding(std::string_view name) {
  std::string n = AsciiLower(name);
  return IsUtf8EncodingName(n) || n == "cp949" || n == "euc-kr" || n == "euckr" || n == "uhc";
}

std::string CanonicalEncodingName(std::string_view name) {
  std::string n = AsciiLower(name);
  if (IsUtf8EncodingName(n)) return "utf-8";
  if (n == "cp949" || n == "uhc") return "cp949";
  if (n == "euc-kr" || n == "euckr") return "euc-kr";
  throw UsageError("unknown encoding '" + std::string(name) + "' (use utf-8, cp949 or euc-kr)");
}

std::string ToUtf8FromLegacy(std::string_view bytes, std::string_view encoding) {
  std::string n = AsciiLower(encoding);
  if (IsUtf8EncodingName(n)) return std::string(bytes);
  const char* charset = nullptr;
  if (n == "cp949" || n == "uhc")
    charset = "CP949";
  else if (n == "euc-kr" || n == "euckr")
    charset = "EUC-KR";
  else
    throw UsageError("unknown encoding '" + std::string(encoding) +
                     "' (use utf-8, cp949 or euc-kr)");
  if (charset == std::string_view("EUC-KR")) {
    // EUC-KR is ASCII plus KS X 1001 pairs of bytes A1..FE; the converter would pass 80..A0 and
    // FF through as U+0080.. (CP949 rejects them), so check here: the same bytes, the same answer.
    for (unsigned char c : bytes) {
      if (c >= 0x80 && (c < 0xA1 || c == 0xFF)) throw Error("bytes not valid in EUC-KR");
    }
  }
  try {
    return boost::locale::conv::to_utf<char>(bytes.data(), bytes.data() + bytes.size(), charset,
                                             boost::locale::conv::stop);
  } catch (const boost::locale::conv::conversion_error&) {
    throw Error(std::string("bytes not valid in ") + charset);
  } catch (const boost::locale::conv::invalid_charset_error&) {
    throw Error(std::string("charset ") + charset + " not available in Boost.Locale");
  }
}

}  // namespace kobi
