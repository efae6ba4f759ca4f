#include "kobi/core/legacy_encoding.h"

#include <boost/locale/encoding.hpp>

#include <algorithm>
#include <cctype>

#include "kobi/core/error.h"

namespace kobi {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

bool IsUtf8EncodingName(std::string_view name) {
  std::string n = Lower(name);
  return n == "utf-8" || n == "utf8";
}

bool IsSupportedEncoding(std::string_view name) {
  std::string n = Lower(name);
  return IsUtf8EncodingName(n) || n == "cp949" || n == "euc-kr" || n == "euckr" || n == "uhc";
}

std::string ToUtf8FromLegacy(std::string_view bytes, std::string_view encoding) {
  std::string n = Lower(encoding);
  if (IsUtf8EncodingName(n)) return std::string(bytes);
  const char* charset = nullptr;
  if (n == "cp949" || n == "uhc") charset = "CP949";
  else if (n == "euc-kr" || n == "euckr") charset = "EUC-KR";
  else throw UsageError("unknown encoding '" + std::string(encoding) +
                        "' (use utf-8, cp949 or euc-kr)");
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
