#include "kobi/tokenize/normalizer.h"

#include "kobi/core/utf8.h"

namespace kobi::tokenize {
namespace {

// The replacement for cp under the options, or 0 when cp stays.
char32_t Map(char32_t cp, const NormalizeOptions& o) {
  if (o.fold_width) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
    if (cp == 0x3000) return ' ';
  }
  if (o.unify_quotes) {
    switch (cp) {
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x301D:
      case 0x301E:
      case 0x301F:
        return '"';
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
        return '\'';
      default:
        break;
    }
  }
  return 0;
}

bool MayChange(std::string_view s, const NormalizeOptions& o) {
  if (!o.fold_width && !o.unify_quotes) return false;
  // All mapped characters are 3-byte sequences starting with E2, E3 or EF.
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u == 0xE2 || u == 0xE3 || u == 0xEF) return true;
  }
  return false;
}

}  // namespace

NormalizedText Normalize(std::string_view text, const NormalizeOptions& options) {
  NormalizedText nfc;
  if (options.nfc && !unicode::IsNfc(text)) {
    nfc = unicode::NormalizeNfc(text);
  } else {
    nfc.text = std::string(text);
    nfc.map = OffsetMap::Identity(text.size());
  }
  if (!MayChange(nfc.text, options)) return nfc;
  NormalizedText out;
  out.text.reserve(nfc.text.size());
  std::size_t pos = 0;
  while (pos < nfc.text.size()) {
    utf8::Decoded d = utf8::Decode(nfc.text, pos);
    char32_t r = d.cp == utf8::kInvalid ? 0 : Map(d.cp, options);
    out.map.Add(out.text.size(), nfc.map.ToOriginal(pos));
    if (r != 0) {
      utf8::Append(out.text, r);
    } else {
      out.text.append(nfc.text, pos, d.length);
    }
    pos += d.length;
  }
  out.map.Add(out.text.size(), text.size());
  return out;
}

std::string NormalizeString(std::string_view text, const NormalizeOptions& options) {
  std::string s = options.nfc && !unicode::IsNfc(text) ? unicode::ToNfc(text) : std::string(text);
  if (!MayChange(s, options)) return s;
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    utf8::Decoded d = utf8::Decode(s, pos);
    char32_t r = d.cp == utf8::kInvalid ? 0 : Map(d.cp, options);
    if (r != 0)
      utf8::Append(out, r);
    else
      out.append(s, pos, d.length);
    pos += d.length;
  }
  return out;
}

}  // namespace kobi::tokenize
