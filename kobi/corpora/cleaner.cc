#include "kobi/corpora/cleaner.h"

#include <algorithm>
#include <cstdio>

#include "kobi/align/pair_scorer.h"
#include "kobi/corpora/internal/rules.h"
#include "kobi/corpora/mojibake.h"

namespace kobi::corpora {

const std::vector<std::string_view>& AllRules() {
  static const std::vector<std::string_view> kRules = {
      kRuleEmpty,     kRuleMojibake, kRuleTooLong,  kRuleMarkup,  kRuleUrl,
      kRuleBoilerplate, kRuleSwapped, kRuleCopy,    kRuleWrongLang, kRuleScript,
      kRuleTooShort,  kRuleLengthRatio, kRuleNumbers, kRuleAdequacy, kRuleDuplicate};
  return kRules;
}

class Cleaner::Scorer {
 public:
  double Score(std::string_view en, std::string_view ko) const { return scorer_.Score(en, ko); }

 private:
  align::PairScorer scorer_;
};

Cleaner::Cleaner(const CleanOptions& options) : options_(options) {
  if (options_.min_adequacy > 0 && Enabled(kRuleAdequacy)) scorer_ = std::make_unique<Scorer>();
}

Cleaner::~Cleaner() = default;

bool Cleaner::adequacy_enabled() const { return scorer_ != nullptr; }

bool Cleaner::Enabled(std::string_view rule) const {
  return std::find(options_.disabled.begin(), options_.disabled.end(), rule) ==
         options_.disabled.end();
}

Verdict Cleaner::Check(std::string_view en, std::string_view ko) const {
  Verdict v;
  v.en.assign(en);
  v.ko.assign(ko);
  auto reject = [&](std::string_view rule) {
    if (!Enabled(rule)) return false;
    v.rule = rule;
    return true;
  };
  if ((internal::IsBlank(en) || internal::IsBlank(ko)) && reject(kRuleEmpty)) return v;

  for (std::string* side : {&v.en, &v.ko}) {
    MojibakeResult m = FixMojibake(*side);
    if (m.status == MojibakeStatus::kClean) continue;
    if (m.status == MojibakeStatus::kRepaired && options_.repair_mojibake) {
      *side = std::move(m.text);
      v.repaired = true;
    } else if (reject(kRuleMojibake)) {
      return v;
    }
  }
  internal::SideProfile ep = internal::Profile(v.en);
  internal::SideProfile kp = internal::Profile(v.ko);
  if (internal::TooLong(ep, kp, options_) && reject(kRuleTooLong)) return v;
  if ((internal::HasMarkup(v.en) || internal::HasMarkup(v.ko)) && reject(kRuleMarkup)) return v;
  if (internal::UrlProblem(v.en, v.ko) && reject(kRuleUrl)) return v;
  if ((internal::IsBoilerplate(v.en) || internal::IsBoilerplate(v.ko)) &&
      reject(kRuleBoilerplate)) {
    return v;
  }
  std::string_view script = internal::ScriptRule(v.en, ep, v.ko, kp);
  if (!script.empty() && reject(script)) return v;
  if (internal::TooShort(ep, kp, options_) && reject(kRuleTooShort)) return v;
  if (internal::BadLengthRatio(ep, kp, options_) && reject(kRuleLengthRatio)) return v;
  if (internal::NumbersDisagree(v.en, v.ko) && reject(kRuleNumbers)) return v;
  if (scorer_) {
    v.adequacy = scorer_->Score(v.en, v.ko);
    if (v.adequacy < options_.min_adequacy && reject(kRuleAdequacy)) return v;
  }
  v.key = DedupKey(v.en, v.ko);
  return v;
}

void CleanStats::Add(const Verdict& v) {
  ++total_;
  if (v.repaired) ++repaired_;
  if (v.keep()) {
    ++kept_;
  } else {
    ++dropped_[std::string(v.rule)];
  }
}

std::uint64_t CleanStats::dropped(std::string_view rule) const {
  auto it = dropped_.find(rule);
  return it == dropped_.end() ? 0 : it->second;
}

std::string CleanStats::Summary() const {
  char pct[32];
  std::snprintf(pct, sizeof pct, "%.1f%%", total_ ? 100.0 * kept_ / total_ : 0.0);
  std::string s = "kept " + std::to_string(kept_) + " of " + std::to_string(total_) +
                  " pairs (" + pct + ")";
  std::string drops;
  for (std::string_view rule : AllRules()) {
    std::uint64_t n = dropped(rule);
    if (n == 0) continue;
    drops += (drops.empty() ? "" : ", ") + std::string(rule) + " " + std::to_string(n);
  }
  if (!drops.empty()) s += "; dropped: " + drops;
  s += "; repaired mojibake: " + std::to_string(repaired_);
  return s;
}

}  // namespace kobi::corpora
