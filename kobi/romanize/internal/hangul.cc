#include "kobi/romanize/internal/hangul.h"

#include "kobi/core/utf8.h"

namespace kobi::romanize::internal {

std::vector<Syllable> ToSyllables(std::string_view hangul) {
  std::vector<Syllable> out;
  std::size_t pos = 0;
  while (pos < hangul.size()) {
    utf8::Decoded d = utf8::Decode(hangul, pos);
    if (IsSyllable(d.cp)) out.push_back(Decompose(d.cp));
    pos += d.length;
  }
  return out;
}

std::string FromSyllables(const std::vector<Syllable>& syllables) {
  std::string out;
  for (const Syllable& s : syllables) utf8::Append(out, Compose(s));
  return out;
}

int TailToLead(int tail) {
  switch (tail) {
    case kTG:
      return kG;
    case kTGG:
      return kGG;
    case kTN:
      return kN;
    case kTD:
      return kD;
    case kTL:
      return kR;
    case kTM:
      return kM;
    case kTB:
      return kB;
    case kTS:
      return kS;
    case kTSS:
      return kSS;
    case kTNg:
      return kNone;
    case kTJ:
      return kJ;
    case kTCh:
      return kCh;
    case kTK:
      return kK;
    case kTT:
      return kT;
    case kTP:
      return kP;
    case kTH:
      return kH;
    default:
      return -1;
  }
}

bool SplitCluster(int tail, int* first_tail, int* second_lead) {
  switch (tail) {
    case kTGS:
      *first_tail = kTG;
      *second_lead = kS;
      return true;
    case kTNJ:
      *first_tail = kTN;
      *second_lead = kJ;
      return true;
    case kTNH:
      *first_tail = kTN;
      *second_lead = kH;
      return true;
    case kTLG:
      *first_tail = kTL;
      *second_lead = kG;
      return true;
    case kTLM:
      *first_tail = kTL;
      *second_lead = kM;
      return true;
    case kTLB:
      *first_tail = kTL;
      *second_lead = kB;
      return true;
    case kTLS:
      *first_tail = kTL;
      *second_lead = kS;
      return true;
    case kTLT:
      *first_tail = kTL;
      *second_lead = kT;
      return true;
    case kTLP:
      *first_tail = kTL;
      *second_lead = kP;
      return true;
    case kTLH:
      *first_tail = kTL;
      *second_lead = kH;
      return true;
    case kTBS:
      *first_tail = kTB;
      *second_lead = kS;
      return true;
    default:
      return false;
  }
}

int NeutralizeTail(int tail) {
  switch (tail) {
    case kTG:
    case kTGG:
    case kTGS:
    case kTLG:
    case kTK:
      return kTG;
    case kTN:
    case kTNJ:
    case kTNH:
      return kTN;
    case kTD:
    case kTS:
    case kTSS:
    case kTJ:
    case kTCh:
    case kTT:
    case kTH:
      return kTD;
    case kTL:
    case kTLB:
    case kTLS:
    case kTLT:
    case kTLH:
      return kTL;
    case kTM:
    case kTLM:
      return kTM;
    case kTB:
    case kTBS:
    case kTLP:
    case kTP:
      return kTB;
    case kTNg:
      return kTNg;
    default:
      return kTNone;
  }
}

}  // namespace kobi::romanize::internal
