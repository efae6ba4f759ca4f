// Normalised views for glossary matching; see text_norm.h.
#include "kobi/glossary/internal/text_norm.h"

#include <limits>
#include <unordered_map>

#include "kobi/core/error.h"
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"

namespace kobi::glossary::internal {
namespace {

bool IsDash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 ||
         cp == 0xFF0D || cp == 0x00AD;
}

bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x02BB ||
         cp == 0x0060 || cp == 0x00B4 || cp == 0xFF07;
}

struct Folded {
  std::string text;
  bool word;
};

// Folded form of one non-ASCII code point for the English view (cached per thread).
const Folded& FoldCodePoint(char32_t cp) {
  thread_local std::unordered_map<char32_t, Folded> cache;
  auto it = cache.find(cp);
  if (it != cache.end()) return it->second;
  std::string folded;
  if (IsDash(cp) || IsApostrophe(cp)) {
    folded.clear();
  } else if (utf8::IsHangul(cp) || utf8::IsHan(cp) || utf8::IsKana(cp)) {
    folded = utf8::Encode(cp);
  } else {
    folded = unicode::FoldCase(unicode::StripDiacritics(utf8::Encode(cp)));
  }
  return cache.emplace(cp, Folded{std::move(folded), IsWordChar(cp)}).first->second;
}

void CheckSize(std::string_view text) {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw UsageError("glossary matching: text larger than 4 GiB; split it first");
  }
}

}  // namespace

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp == utf8::kInvalid) return false;
  return utf8::IsHangul(cp) || unicode::IsLetter(cp) || unicode::IsDigit(cp) || unicode::IsMark(cp);
}

NormalizedView NormalizeEnglish(std::string_view text) {
  NormalizedView v;
  NormalizeEnglishInto(text, v);
  return v;
}

NormalizedView NormalizeKorean(std::string_view text) {
  NormalizedView v;
  NormalizeKoreanInto(text, v);
  return v;
}

void NormalizeEnglishInto(std::string_view text, NormalizedView& v) {
  CheckSize(text);
  // Written through raw pointers; the view grows past the text only where a folded code point
  // is longer than its UTF-8 (rare: U+0130 -> "i̇"), and then the buffers are enlarged.
  // (origin has one slot more than text, for the end offset.)
  const std::size_t n = text.size();
  v.starts.clear();
  v.text.resize(n + 16);
  v.origin.resize(n + 17);
  char* out = v.text.data();
  std::uint32_t* origin = v.origin.data();
  std::size_t o = 0;
  // Room for `more` bytes now plus one per input byte still to come (every other path writes
  // at most one byte per input byte).
  auto reserve = [&](std::size_t more, std::size_t remaining) {
    const std::size_t need = o + more + remaining;
    if (need <= v.text.size()) return;
    v.text.resize(2 * need);
    v.origin.resize(2 * need + 1);
    out = v.text.data();
    origin = v.origin.data();
  };
  auto space = [&](std::uint32_t at) {
    if (o == 0 || out[o - 1] == ' ') return;
    out[o] = ' ';
    origin[o++] = at;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  bool prev_word = false;
  std::size_t pos = 0;
  while (pos < n) {
    const unsigned char c = p[pos];
    const auto at = static_cast<std::uint32_t>(pos);
    if (c < 0x80) {
      const bool lower = c >= 'a' && c <= 'z';
      const bool upper = c >= 'A' && c <= 'Z';
      const bool digit = c >= '0' && c <= '9';
      if (lower || upper || digit) {
        if (!prev_word) v.starts.push_back(static_cast<std::uint32_t>(o));
        out[o] = static_cast<char>(upper ? c + 32 : c);
        origin[o++] = at;
        prev_word = true;
      } else {
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
          space(at);
        } else if (c != '-' && c != '\'' && c != '`') {
          out[o] = static_cast<char>(c);
          origin[o++] = at;
        }
        prev_word = false;
      }
      ++pos;
      continue;
    }
    utf8::Decoded d = utf8::Decode(text, pos);
    if (d.cp == utf8::kInvalid) {
      out[o] = static_cast<char>(c);
      origin[o++] = at;
      prev_word = false;
    } else if (utf8::IsWhitespace(d.cp)) {
      space(at);
      prev_word = false;
    } else {
      const Folded& f = FoldCodePoint(d.cp);
      reserve(f.text.size(), n - pos - d.length);
      if (f.word && !prev_word && !f.text.empty()) {
        v.starts.push_back(static_cast<std::uint32_t>(o));
      }
      for (char b : f.text) {
        out[o] = b;
        origin[o++] = at;
      }
      prev_word = f.word;
    }
    pos += d.length;
  }
  v.text.resize(o);
  origin[o] = static_cast<std::uint32_t>(n);
  v.origin.resize(o + 1);
}

void NormalizeKoreanInto(std::string_view text, NormalizedView& v) {
  CheckSize(text);
  std::string nfc_storage;
  OffsetMap nfc_map;
  const bool nfc = unicode::IsNfc(text);
  std::string_view src = text;
  if (!nfc) {
    NormalizedText nt = unicode::NormalizeNfc(text);
    nfc_storage = std::move(nt.text);
    nfc_map = std::move(nt.map);
    src = nfc_storage;
  }
  // The Korean view never grows (bytes are copied, whitespace runs shrink to one space), so
  // it is written through raw pointers into buffers sized once.
  const std::size_t n = src.size();
  v.starts.clear();
  v.text.resize(n);
  v.origin.resize(n + 1);
  char* out = v.text.data();
  std::uint32_t* origin = v.origin.data();
  std::size_t o = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(src.data());
  auto origin_of = [&](std::size_t pos) {
    return static_cast<std::uint32_t>(nfc ? pos : nfc_map.ToOriginal(pos));
  };
  auto start_word = [&](bool word, bool& prev_word) {
    if (word && !prev_word) v.starts.push_back(static_cast<std::uint32_t>(o));
    prev_word = word;
  };
  auto space = [&](std::uint32_t at) {
    if (o == 0 || out[o - 1] == ' ') return;
    out[o] = ' ';
    origin[o++] = at;
  };
  bool prev_word = false;
  std::size_t pos = 0;
  while (pos < n) {
    const unsigned char c = p[pos];
    if (c < 0x80) {
      const bool upper = c >= 'A' && c <= 'Z';
      start_word(upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'), prev_word);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        space(origin_of(pos));
      } else {
        out[o] = static_cast<char>(upper ? c + 32 : c);
        origin[o++] = origin_of(pos);
      }
      ++pos;
      continue;
    }
    // Hangul syllables (U+AC00..U+D7A3: lead byte EA..ED) without the general decoder.
    if (c >= 0xEA && c <= 0xED && pos + 2 < n && (p[pos + 1] & 0xC0) == 0x80 &&
        (p[pos + 2] & 0xC0) == 0x80) {
      const char32_t cp = (static_cast<char32_t>(c & 0x0F) << 12) |
                          (static_cast<char32_t>(p[pos + 1] & 0x3F) << 6) |
                          static_cast<char32_t>(p[pos + 2] & 0x3F);
      if (cp >= 0xAC00 && cp <= 0xD7A3) {
        start_word(true, prev_word);
        const std::uint32_t at = origin_of(pos);
        for (int k = 0; k < 3; ++k) {
          out[o] = static_cast<char>(p[pos + k]);
          origin[o++] = at;
        }
        pos += 3;
        continue;
      }
    }
    utf8::Decoded d = utf8::Decode(src, pos);
    const bool valid = d.cp != utf8::kInvalid;
    start_word(valid && IsWordChar(d.cp), prev_word);
    const std::uint32_t at = origin_of(pos);
    if (valid && utf8::IsWhitespace(d.cp)) {
      space(at);
    } else {
      for (std::size_t k = 0; k < d.length; ++k) {
        out[o] = static_cast<char>(p[pos + k]);
        origin[o++] = at;
      }
    }
    pos += d.length;
  }
  v.text.resize(o);
  origin[o] = static_cast<std::uint32_t>(text.size());
  v.origin.resize(o + 1);
}

namespace {
std::string TrimSpaces(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}
std::string RemoveSpaces(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}
}  // namespace

std::string EnglishForm(std::string_view text) { return TrimSpaces(NormalizeEnglish(text).text); }
std::string KoreanForm(std::string_view text) { return TrimSpaces(NormalizeKorean(text).text); }
std::string LooseEnglishKey(std::string_view text) {
  return RemoveSpaces(NormalizeEnglish(text).text);
}
std::string LooseKoreanKey(std::string_view text) {
  return RemoveSpaces(NormalizeKorean(text).text);
}

}  // namespace kobi::glossary::internal
