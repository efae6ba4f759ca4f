#include "kobi/corpora/dedup.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"

namespace kobi::corpora {

std::string NormalizeForDedup(std::string_view text) {
  std::string folded = unicode::FoldCase(unicode::ToNfc(text));
  std::string out;
  out.reserve(folded.size());
  std::size_t pos = 0;
  while (pos < folded.size()) {
    utf8::Decoded d = utf8::Decode(folded, pos);
    if (d.cp != utf8::kInvalid &&
        (unicode::IsLetter(d.cp) || unicode::IsDigit(d.cp) || unicode::IsMark(d.cp))) {
      out.append(folded, pos, d.length);
    }
    pos += d.length;
  }
  return out;
}

PairKey DedupKey(std::string_view en, std::string_view ko) {
  std::string joined = NormalizeForDedup(en);
  joined += '\x1F';
  joined += NormalizeForDedup(ko);
  XXH128_hash_t h = XXH3_128bits(joined.data(), joined.size());
  return PairKey{h.low64, h.high64};
}

bool Deduper::Seen(const PairKey& key) { return !keys_.insert(key).second; }

}  // namespace kobi::corpora
