#include "kobi/corpora/cleaner.h"

#include <algorithm>

#include "kobi/align/pair_scorer.h"
#include "kobi/core/markup.h"
#include "kobi/core/numbers.h"
#include "kobi/corpora/internal/rules.h"
#include "kobi/corpora/mojibake.h"

namespace kobi::corpora {

const std::vector<std::string_view>& AllRules() {
  static const std::vector<std::string_view> kRules = {
      kRuleEmpty,       kRuleMojibake,    kRuleTooLong, kRuleMarkup,    kRuleUrl,
      kRuleBoilerplate, kRuleSwapped,     kRuleCopy,    kRuleWrongLang, kRuleScript,
      kRuleTooShort,    kRuleLengthRatio, kRuleNumbers, kRuleAdequacy,  kRuleDuplicate};
  return kRules;
}

class Cleaner::Scorer {
 public:
  explicit Scorer(const CleanOptions& o) : scorer_(Resources(o)) {}
  double Score(std::string_view en, std::string_view ko) const { return scorer_.Score(en, ko); }

 private:
  static align::ScorerResources Resources(const CleanOptions& o) {
    align::ScorerResources r;
    r.glossary = o.glossary;
    r.use_glossary = o.use_glossary;
    r.dictionary = o.dictionary;
    return r;
  }
  align::PairScorer scorer_;
};

Cleaner::Cleaner(const CleanOptions& options) : options_(options) {
  adequacy_rule_ = options_.min_adequacy > 0 && Enabled(kRuleAdequacy);
  if (adequacy_rule_ || options_.score_all) scorer_ = std::make_unique<Scorer>(options_);
}

Cleaner::~Cleaner() = default;

bool Cleaner::adequacy_enabled() const { return adequacy_rule_; }

bool Cleaner::Enabled(std::string_view rule) const {
  return std::find(options_.disabled.begin(), options_.disabled.end(), rule) ==
         options_.disabled.end();
}

Verdict Cleaner::Check(std::string_view en, std::string_view ko) const {
  Verdict v;
  Apply(v, en, ko);
  if (options_.score_all && !v.keep() && v.rule != kRuleEmpty) {
    if (scorer_ && v.adequacy < 0) v.adequacy = scorer_->Score(v.en, v.ko);
    v.key = DedupKey(v.en, v.ko);
  }
  return v;
}

void Cleaner::Apply(Verdict& v, std::string_view en, std::string_view ko) const {
  v.en.assign(en);
  v.ko.assign(ko);
  auto reject = [&](std::string_view rule) {
    if (!Enabled(rule)) return false;
    v.rule = rule;
    return true;
  };
  if ((internal::IsBlank(en) || internal::IsBlank(ko)) && reject(kRuleEmpty)) return;

  for (std::string* side : {&v.en, &v.ko}) {
    MojibakeResult m = FixMojibake(*side);
    if (m.status == MojibakeStatus::kClean) continue;
    if (m.status == MojibakeStatus::kRepaired && options_.repair_mojibake) {
      *side = std::move(m.text);
      v.repaired = true;
    } else if (reject(kRuleMojibake)) {
      return;
    }
  }
  if (options_.repair_entities) {
    for (std::string* side : {&v.en, &v.ko}) {
      if (side->find('&') == std::string::npos) continue;
      std::size_t n = 0;
      std::string text = UnescapeHtmlEntities(*side, &n);
      if (n == 0) continue;
      *side = std::move(text);
      v.entities_repaired = true;
    }
  }
  internal::SideProfile ep = internal::Profile(v.en);
  internal::SideProfile kp = internal::Profile(v.ko);
  if (internal::TooLong(ep, kp, options_) && reject(kRuleTooLong)) return;
  if ((internal::HasMarkup(v.en) || internal::HasMarkup(v.ko)) && reject(kRuleMarkup)) return;
  if (internal::UrlProblem(v.en, v.ko) && reject(kRuleUrl)) return;
  if ((internal::IsBoilerplate(v.en) || internal::IsBoilerplate(v.ko)) &&
      reject(kRuleBoilerplate)) {
    return;
  }
  std::string_view script = internal::ScriptRule(v.en, ep, v.ko, kp);
  if (!script.empty() && reject(script)) return;
  if (internal::TooShort(ep, kp, options_) && reject(kRuleTooShort)) return;
  if (internal::BadLengthRatio(ep, kp, options_) && reject(kRuleLengthRatio)) return;
  if (internal::NumbersDisagree(v.en, v.ko) && reject(kRuleNumbers)) return;
  if (scorer_) {
    v.adequacy = scorer_->Score(v.en, v.ko);
    if (adequacy_rule_ && v.adequacy < options_.min_adequacy && reject(kRuleAdequacy)) return;
  }
  v.key = DedupKey(v.en, v.ko);
}

void CleanStats::Add(const Verdict& v) {
  ++total_;
  if (v.repaired) ++repaired_;
  if (v.entities_repaired) ++repaired_entities_;
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
  const std::string pct = FormatFixed(total_ ? 100.0 * kept_ / total_ : 0.0, 1) + "%";
  std::string s =
      "kept " + std::to_string(kept_) + " of " + std::to_string(total_) + " pairs (" + pct + ")";
  std::string drops;
  for (std::string_view rule : AllRules()) {
    std::uint64_t n = dropped(rule);
    if (n == 0) continue;
    drops += (drops.empty() ? "" : ", ") + std::string(rule) + " " + std::to_string(n);
  }
  if (!drops.empty()) s += "; dropped: " + drops;
  s += "; repaired mojibake: " + std::to_string(repaired_);
  if (repaired_entities_ > 0) {
    s += "; repaired HTML entities: " + std::to_string(repaired_entities_);
  }
  return s;
}

}  // namespace kobi::corpora
