// Normalised views for glossary matching; see text_norm.h.
#include "glossary/internal/text_norm.h"

#include <limits>
#include <unordered_map>

#include "core/error.h"
#include "core/unicode.h"
#include "core/utf8.h"

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

void AppendSpace(NormalizedView& v, std::uint32_t at) {
  if (v.text.empty() || v.text.back() == ' ') return;
  v.text.push_back(' ');
  v.origin.push_back(at);
}

}  // namespace

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp == utf8::kInvalid) return false;
  return utf8::IsHangul(cp) || unicode::IsLetter(cp) || unicode::IsDigit(cp) ||
         unicode::IsMark(cp);
}

bool ContainsHangul(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (d.cp != utf8::kInvalid && utf8::IsHangul(d.cp)) return true;
    pos += d.length;
  }
  return false;
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

namespace {
void Reset(NormalizedView& v, std::size_t size) {
  v.text.clear();
  v.origin.clear();
  v.starts.clear();
  v.text.reserve(size);
  v.origin.reserve(size + 1);
}
}  // namespace

void NormalizeEnglishInto(std::string_view text, NormalizedView& v) {
  CheckSize(text);
  Reset(v, text.size());
  std::size_t pos = 0;
  const std::size_t n = text.size();
  bool prev_word = false;
  while (pos < n) {
    const auto c = static_cast<unsigned char>(text[pos]);
    const auto at = static_cast<std::uint32_t>(pos);
    if (c < 0x80) {
      const bool lower = c >= 'a' && c <= 'z';
      const bool upper = c >= 'A' && c <= 'Z';
      const bool digit = c >= '0' && c <= '9';
      if (lower || upper || digit) {
        if (!prev_word) v.starts.push_back(static_cast<std::uint32_t>(v.text.size()));
        v.text.push_back(static_cast<char>(upper ? c + 32 : c));
        v.origin.push_back(at);
        prev_word = true;
      } else {
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
          AppendSpace(v, at);
        } else if (c != '-' && c != '\'' && c != '`') {
          v.text.push_back(static_cast<char>(c));
          v.origin.push_back(at);
        }
        prev_word = false;
      }
      ++pos;
      continue;
    }
    utf8::Decoded d = utf8::Decode(text, pos);
    if (d.cp == utf8::kInvalid) {
      v.text.push_back(text[pos]);
      v.origin.push_back(at);
      prev_word = false;
    } else if (utf8::IsWhitespace(d.cp)) {
      AppendSpace(v, at);
      prev_word = false;
    } else {
      const Folded& f = FoldCodePoint(d.cp);
      if (f.word && !prev_word && !f.text.empty()) {
        v.starts.push_back(static_cast<std::uint32_t>(v.text.size()));
      }
      for (char b : f.text) {
        v.text.push_back(b);
        v.origin.push_back(at);
      }
      prev_word = f.word;
    }
    pos += d.length;
  }
  v.origin.push_back(static_cast<std::uint32_t>(n));
}

void NormalizeKoreanInto(std::string_view text, NormalizedView& v) {
  CheckSize(text);
  std::string nfc_storage;
  OffsetMap nfc_map;
  bool nfc = unicode::IsNfc(text);
  std::string_view src = text;
  if (!nfc) {
    NormalizedText nt = unicode::NormalizeNfc(text);
    nfc_storage = std::move(nt.text);
    nfc_map = std::move(nt.map);
    src = nfc_storage;
  }
  Reset(v, src.size());
  std::size_t pos = 0;
  bool prev_word = false;
  while (pos < src.size()) {
    const auto c = static_cast<unsigned char>(src[pos]);
    const auto at = static_cast<std::uint32_t>(nfc ? pos : nfc_map.ToOriginal(pos));
    if (c < 0x80) {
      const bool upper = c >= 'A' && c <= 'Z';
      const bool word = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word && !prev_word) v.starts.push_back(static_cast<std::uint32_t>(v.text.size()));
      prev_word = word;
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        AppendSpace(v, at);
      } else {
        v.text.push_back(static_cast<char>(upper ? c + 32 : c));
        v.origin.push_back(at);
      }
      ++pos;
      continue;
    }
    utf8::Decoded d = utf8::Decode(src, pos);
    const bool word = d.cp != utf8::kInvalid &&
                      (utf8::IsHangulSyllable(d.cp) || IsWordChar(d.cp));
    if (word && !prev_word) v.starts.push_back(static_cast<std::uint32_t>(v.text.size()));
    prev_word = word;
    if (d.cp != utf8::kInvalid && utf8::IsWhitespace(d.cp)) {
      AppendSpace(v, at);
    } else {
      for (std::size_t i = 0; i < d.length; ++i) {
        v.text.push_back(src[pos + i]);
        v.origin.push_back(at);
      }
    }
    pos += d.length;
  }
  v.origin.push_back(static_cast<std::uint32_t>(text.size()));
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

std::string EnglishForm(std::string_view text) {
  return TrimSpaces(NormalizeEnglish(text).text);
}
std::string KoreanForm(std::string_view text) { return TrimSpaces(NormalizeKorean(text).text); }
std::string LooseEnglishKey(std::string_view text) {
  return RemoveSpaces(NormalizeEnglish(text).text);
}
std::string LooseKoreanKey(std::string_view text) {
  return RemoveSpaces(NormalizeKorean(text).text);
}

}  // namespace kobi::glossary::internal
