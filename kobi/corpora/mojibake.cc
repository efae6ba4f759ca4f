#include "kobi/corpora/mojibake.h"

#include <array>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "kobi/core/error.h"
#include "kobi/core/legacy_encoding.h"
#include "kobi/core/utf8.h"

namespace kobi::corpora {
namespace {

// Windows-1252 0x80..0x9F (0 = undefined; decoders then usually keep U+0080+n).
constexpr std::array<char16_t, 32> kCp1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Byte a character stands for when UTF-8 was read as Latin-1/CP1252; -1 if none.
int ByteOf(char32_t cp) {
  if (cp < 0x80 || cp > 0x2122) return -1;  // fast exit: ASCII, Hangul, Han, ...
  if (cp <= 0xFF) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i) {
    if (kCp1252[i] != 0 && kCp1252[i] == cp) return 0x80 + i;
  }
  return -1;
}

// UTF-8 -> CP949 byte table for every character CP949 encodes with two bytes.
const std::unordered_map<char32_t, std::uint16_t>& Cp949Table() {
  static std::once_flag once;
  static std::unordered_map<char32_t, std::uint16_t> table;
  std::call_once(once, [] {
    auto add_cell = [&](int lead, int trail) {
      char bytes[2] = {static_cast<char>(lead), static_cast<char>(trail)};
      try {
        std::string u = ToUtf8FromLegacy(std::string_view(bytes, 2), "cp949");
        utf8::Decoded d = utf8::Decode(u, 0);
        if (!u.empty() && d.length == u.size() && d.cp != utf8::kInvalid) {
          table.emplace(d.cp, static_cast<std::uint16_t>(lead << 8 | trail));
        }
      } catch (const Error&) {
      }
    };
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
      std::string row;
      std::vector<int> trails;
      for (int trail = 0x41; trail <= 0xFE; ++trail) {
        if ((trail > 0x5A && trail < 0x61) || (trail > 0x7A && trail < 0x81)) continue;
        if (lead >= 0xC7 && trail < 0xA1) continue;
        trails.push_back(trail);
        row += static_cast<char>(lead);
        row += static_cast<char>(trail);
      }
      bool row_ok = false;
      try {
        std::string u = ToUtf8FromLegacy(row, "cp949");
        std::size_t pos = 0, i = 0;
        std::vector<char32_t> cps;
        while (pos < u.size()) {
          utf8::Decoded d = utf8::Decode(u, pos);
          cps.push_back(d.cp);
          pos += d.length;
        }
        if (cps.size() == trails.size()) {
          for (i = 0; i < cps.size(); ++i) {
            table.emplace(cps[i], static_cast<std::uint16_t>(lead << 8 | trails[i]));
          }
          row_ok = true;
        }
      } catch (const Error&) {
      }
      if (!row_ok) {
        for (int trail : trails) add_cell(lead, trail);
      }
    }
  });
  return table;
}

// UTF-8 read as CP949: re-encode to CP949 and decode as UTF-8.
bool RepairCp949View(std::string_view text, std::string& out) {
  const auto& table = Cp949Table();
  std::string bytes;
  std::size_t pos = 0;
  bool any = false;
  while (pos < text.size()) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (d.cp < 0x80) {
      bytes += static_cast<char>(d.cp);
    } else {
      auto it = table.find(d.cp);
      if (it == table.end()) return false;
      bytes += static_cast<char>(it->second >> 8);
      bytes += static_cast<char>(it->second & 0xFF);
      any = true;
    }
    pos += d.length;
  }
  if (!any || !utf8::IsValid(bytes) || !utf8::ContainsHangul(bytes)) return false;
  out = std::move(bytes);
  return true;
}

// Share of Hanja, symbols and uncommon syllables among non-ASCII characters: UTF-8 bytes read
// as CP949 give Hanja (leads 0xCA..0xFD) and syllables outside KS X 1001's 2350.
bool LooksLikeCp949View(std::string_view text) {
  if (text.find("占쏙옙") != std::string_view::npos) return true;
  std::size_t pos = 0, non_ascii = 0, han = 0;
  while (pos < text.size()) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (d.cp >= 0x80) ++non_ascii;
    if (utf8::IsHan(d.cp)) ++han;
    pos += d.length;
  }
  return non_ascii >= 4 && han * 4 >= non_ascii;
}

}  // namespace

MojibakeResult FixMojibake(std::string_view text) {
  MojibakeResult result;
  result.text.assign(text);
  // Fast path: nothing that any of the three views could have produced.
  bool candidate = false;
  for (std::size_t pos = 0; pos < text.size() && !candidate;) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      ++pos;
      continue;
    }
    utf8::Decoded d = utf8::Decode(text, pos);
    candidate = ByteOf(d.cp) >= 0 || utf8::IsHan(d.cp) || d.cp == utf8::kReplacement;
    pos += d.length;
  }
  if (!candidate) return result;
  if (text.find("\xEF\xBF\xBD") != std::string_view::npos ||
      text.find("占쏙옙") != std::string_view::npos) {
    result.status = MojibakeStatus::kUnrepairable;
    return result;
  }
  // Runs of Latin-1 / CP1252 characters.
  std::string out;
  bool repaired = false, suspicious = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    utf8::Decoded d = utf8::Decode(text, pos);
    if (ByteOf(d.cp) < 0) {
      out.append(text.substr(pos, d.length));
      pos += d.length;
      continue;
    }
    std::string bytes;
    std::size_t start = pos, chars = 0;
    while (pos < text.size()) {
      utf8::Decoded e = utf8::Decode(text, pos);
      int b = ByteOf(e.cp);
      if (b < 0) break;
      bytes += static_cast<char>(b);
      pos += e.length;
      ++chars;
    }
    unsigned char b0 = static_cast<unsigned char>(bytes[0]);
    bool lead_then_cont = bytes.size() >= 2 && b0 >= 0xC2 && b0 <= 0xF4 &&
                          (static_cast<unsigned char>(bytes[1]) & 0xC0) == 0x80;
    if (lead_then_cont && utf8::IsValid(bytes)) {
      out += bytes;
      repaired = true;
      continue;
    }
    // CP949 Hangul and Hanja use bytes 0xA1..0xFE only; requiring that (and two syllables)
    // keeps runs of CP1252 punctuation such as "……" from being read as CP949.
    bool cp949_range = true;
    for (char c : bytes) cp949_range = cp949_range && static_cast<unsigned char>(c) >= 0xA1;
    if (chars >= 4 && cp949_range) {
      try {
        std::string k = ToUtf8FromLegacy(bytes, "cp949");
        if (utf8::ContainsHangul(k) && utf8::CountScripts(k).hangul * 2 >= utf8::Length(k)) {
          out += k;
          repaired = true;
          continue;
        }
      } catch (const Error&) {
      }
    }
    if (lead_then_cont) suspicious = true;
    out.append(text.substr(start, pos - start));
  }
  if (suspicious) {
    result.status = MojibakeStatus::kUnrepairable;
    return result;
  }
  if (repaired) {
    result.status = MojibakeStatus::kRepaired;
    result.text = std::move(out);
    return result;
  }
  if (LooksLikeCp949View(text)) {
    std::string fixed;
    // Hanja-heavy Korean that does not re-encode to UTF-8 is genuine text, not mojibake.
    if (RepairCp949View(text, fixed)) {
      result.status = MojibakeStatus::kRepaired;
      result.text = std::move(fixed);
    }
  }
  return result;
}

}  // namespace kobi::corpora
