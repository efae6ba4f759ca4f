#include "kobi/core/unicode.h"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/errorcode.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <map>
#include <memory>
#include <mutex>

#include "kobi/core/error.h"
#include "kobi/core/internal/icu_reference.h"

namespace kobi::unicode {
namespace {

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error("ICU NFC normalizer unavailable");
  return *n;
}

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw Error("ICU NFD normalizer unavailable");
  return *n;
}

icu::StringPiece Piece(std::string_view s) {
  return icu::StringPiece(s.data(), static_cast<int32_t>(s.size()));
}

}  // namespace

bool IsNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  bool ok = Nfc().isNormalizedUTF8(Piece(utf8), status);
  return U_SUCCESS(status) && ok;
}

std::string ToNfc(std::string_view utf8) {
  if (IsNfc(utf8)) return std::string(utf8);
  return NormalizeNfc(utf8).text;
}

NormalizedText NormalizeNfc(std::string_view utf8) {
  NormalizedText out;
  UErrorCode status = U_ZERO_ERROR;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&out.text, static_cast<int32_t>(utf8.size()));
  Nfc().normalizeUTF8(0, Piece(utf8), sink, &edits, status);
  if (U_FAILURE(status))
    throw Error(std::string("NFC normalisation failed: ") + u_errorName(status));
  auto it = edits.getFineIterator();
  UErrorCode s2 = U_ZERO_ERROR;
  while (it.next(s2)) {
    out.map.Add(static_cast<std::size_t>(it.destinationIndex()),
                static_cast<std::size_t>(it.sourceIndex()));
  }
  out.map.Add(out.text.size(), utf8.size());
  return out;
}

std::string FoldCase(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(Piece(utf8));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string ToLower(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(Piece(utf8));
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string StripDiacritics(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(Piece(utf8));
  icu::UnicodeString d = Nfd().normalize(u, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    if (u_getCombiningClass(c) == 0 && !(U_GET_GC_MASK(c) & U_GC_M_MASK))
      kept.append(c);
    else if (c >= 0x1160 && c <= 0x11FF)
      kept.append(c);  // keep Hangul jamo (NFD of syllables)
    i += U16_LENGTH(c);
  }
  icu::UnicodeString c = Nfc().normalize(kept, status);
  std::string out;
  c.toUTF8String(out);
  return out;
}

bool IsLetter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }
bool IsDigit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }
bool IsMark(char32_t cp) { return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0; }
bool IsSymbol(char32_t cp) { return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_S_MASK) != 0; }
bool IsUpper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)); }
bool IsLower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)); }

namespace {

std::vector<std::size_t> Boundaries(std::string_view utf8, std::string_view locale, bool sentence) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale loc(std::string(locale).c_str());
  std::unique_ptr<icu::BreakIterator> bi(
      sentence ? icu::BreakIterator::createSentenceInstance(loc, status)
               : icu::BreakIterator::createWordInstance(loc, status));
  if (U_FAILURE(status)) throw Error("ICU break iterator unavailable");
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  bi->setText(ut, status);
  std::vector<std::size_t> out;
  for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) {
    out.push_back(static_cast<std::size_t>(p));
  }
  utext_close(ut);
  return out;
}

}  // namespace

std::vector<std::size_t> IcuSentenceBoundaries(std::string_view utf8, std::string_view locale) {
  return Boundaries(utf8, locale, true);
}

namespace internal {

std::vector<std::size_t> IcuWordBoundaries(std::string_view utf8, std::string_view locale) {
  return Boundaries(utf8, locale, false);
}

std::string Transliterate(std::string_view id, std::string_view utf8) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<icu::Transliterator>> cache;
  std::unique_ptr<icu::Transliterator> local;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto& slot = cache[std::string(id)];
    if (!slot) {
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString uid = icu::UnicodeString::fromUTF8(Piece(id));
      slot.reset(icu::Transliterator::createInstance(uid, UTRANS_FORWARD, status));
      if (U_FAILURE(status) || !slot) {
        cache.erase(std::string(id));
        throw Error("unknown ICU transform '" + std::string(id) + "'");
      }
    }
    local.reset(slot->clone());
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(Piece(utf8));
  local->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace internal

}  // namespace kobi::unicode
