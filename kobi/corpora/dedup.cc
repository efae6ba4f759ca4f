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

PairKey ExactDedupKey(std::string_view en, std::string_view ko) {
  std::string joined;
  joined.reserve(en.size() + ko.size() + 1);
  joined += en;
  joined += '\x1F';
  joined += ko;
  XXH128_hash_t h = XXH3_128bits(joined.data(), joined.size());
  return PairKey{h.low64, h.high64};
}

std::string KeyHex(const PairKey& key) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 0; i < 16; ++i) {
    out[15 - i] = kHex[(key.high >> (4 * i)) & 0xF];
    out[31 - i] = kHex[(key.low >> (4 * i)) & 0xF];
  }
  return out;
}

bool Deduper::Seen(const PairKey& key) {
  if (key == PairKey{}) {
    if (has_zero_) return true;
    has_zero_ = true;
    ++size_;
    return false;
  }
  if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
  std::size_t mask = slots_.size() - 1;
  // XXH3 bits are uniform: the low word is the slot.
  for (std::size_t i = static_cast<std::size_t>(key.low) & mask;; i = (i + 1) & mask) {
    if (slots_[i] == key) return true;
    if (slots_[i] == PairKey{}) {
      slots_[i] = key;
      ++size_;
      return false;
    }
  }
}

void Deduper::Grow() {
  std::vector<PairKey> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, PairKey{});
  std::size_t mask = slots_.size() - 1;
  for (const PairKey& key : old) {
    if (key == PairKey{}) continue;
    std::size_t i = static_cast<std::size_t>(key.low) & mask;
    while (!(slots_[i] == PairKey{})) i = (i + 1) & mask;
    slots_[i] = key;
  }
}

}  // namespace kobi::corpora
