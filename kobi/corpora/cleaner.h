// English–Korean aware filtering and repair of sentence pairs (the engine of `kobi clean`).
//
// Cleaner::Check() is a pure function of one pair (thread-safe, no shared state): it repairs
// mojibake and returns the first rule that rejects the pair, or kKeep. Duplicates depend on the
// pairs seen before, so they are decided separately, in input order, by a Deduper (dedup.h):
//
//   kobi::corpora::Cleaner cleaner(options);
//   kobi::corpora::Deduper dedup;
//   kobi::corpora::Verdict v = cleaner.Check(en, ko);            // any thread
//   if (v.keep() && dedup.Seen(v.key)) v.rule = kobi::corpora::kRuleDuplicate;  // in order
//
// Before the rules, mojibake is repaired and HTML character references (`Jalape&ntilde;o`) are
// turned into characters, as bifixer does (both counted; CleanOptions turns them off).
// Rules, in the order they are tried (the first that fires names the rejection):
//   empty, mojibake (repaired when possible, else rejected), too_long, markup, url, boilerplate,
//   swapped, copy, wrong_lang, script, too_short, length_ratio, numbers, adequacy, duplicate.
// Texts are UTF-8; the verdict carries the (possibly repaired) texts.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kobi/corpora/dedup.h"

namespace kobi::glossary {
class Glossary;
}
namespace kobi::align {
class Dictionary;
}

namespace kobi::corpora {

inline constexpr std::string_view kKeep = "keep";
inline constexpr std::string_view kRuleEmpty = "empty";
inline constexpr std::string_view kRuleMojibake = "mojibake";
inline constexpr std::string_view kRuleTooLong = "too_long";
inline constexpr std::string_view kRuleMarkup = "markup";
inline constexpr std::string_view kRuleUrl = "url";
inline constexpr std::string_view kRuleBoilerplate = "boilerplate";
inline constexpr std::string_view kRuleSwapped = "swapped";
inline constexpr std::string_view kRuleCopy = "copy";
inline constexpr std::string_view kRuleWrongLang = "wrong_lang";
inline constexpr std::string_view kRuleScript = "script";
inline constexpr std::string_view kRuleTooShort = "too_short";
inline constexpr std::string_view kRuleLengthRatio = "length_ratio";
inline constexpr std::string_view kRuleNumbers = "numbers";
inline constexpr std::string_view kRuleAdequacy = "adequacy";
inline constexpr std::string_view kRuleDuplicate = "duplicate";

// Every rule name in the order above (kKeep not included).
const std::vector<std::string_view>& AllRules();

struct CleanOptions {
  bool repair_mojibake = true;  // false: mojibake is always rejected
  bool repair_entities = true;  // false: HTML character references are left (rule markup)
  // Compute the adequacy score and dedup key of every non-empty pair, rejected ones too (for
  // score and hash columns); otherwise only pairs that reach those steps get them.
  bool score_all = false;
  std::size_t min_en_words = 2;  // too_short: fewer English words
  std::size_t min_ko_chars = 2;  // too_short: fewer non-space Korean characters
  std::size_t max_chars = 1000;  // too_long: more code points on either side
  std::size_t max_en_words = 200;
  double max_length_ratio = 2.0;      // length_ratio: weighted lengths may differ by this factor
  std::size_t length_slack = 15;      // ...plus this many characters (short pairs vary more)
  double min_adequacy = 0.1;          // adequacy: PairScorer score below this is rejected (0 = off)
  std::vector<std::string> disabled;  // rule names not to apply
  // Resources of the adequacy scorer (and of the aligner in corpus building), with the
  // library's defaults: glossary nullptr = the bundled one; use_glossary = false = none.
  // Not owned; must outlive the Cleaner.
  const glossary::Glossary* glossary = nullptr;
  bool use_glossary = true;
  const align::Dictionary* dictionary = nullptr;
};

struct Verdict {
  std::string_view rule = kKeep;   // kKeep or a rule name (static storage)
  bool repaired = false;           // mojibake was repaired in en or ko
  bool entities_repaired = false;  // HTML character references were replaced in en or ko
  std::string en;                  // texts after repair
  std::string ko;
  double adequacy = -1;  // PairScorer score when computed, else -1
  PairKey key;           // dedup key of the repaired texts (when kept, or score_all)
  bool keep() const { return rule == kKeep; }
};

class Cleaner {
 public:
  explicit Cleaner(const CleanOptions& options = {});
  ~Cleaner();
  Cleaner(const Cleaner&) = delete;
  Cleaner& operator=(const Cleaner&) = delete;

  // Decides one pair (without duplicates). Thread-safe.
  Verdict Check(std::string_view en, std::string_view ko) const;

  // Whether the adequacy rule is available (built with kobi::align) and enabled.
  bool adequacy_enabled() const;

 private:
  bool Enabled(std::string_view rule) const;
  void Apply(Verdict& v, std::string_view en, std::string_view ko) const;
  class Scorer;
  CleanOptions options_;
  std::unique_ptr<Scorer> scorer_;
  bool adequacy_rule_ = false;
};

// Kept/dropped counts per rule, for the stderr summary and corpus reports.
class CleanStats {
 public:
  void Add(const Verdict& v);
  std::uint64_t total() const { return total_; }
  std::uint64_t kept() const { return kept_; }
  std::uint64_t repaired() const { return repaired_; }
  std::uint64_t repaired_entities() const { return repaired_entities_; }
  std::uint64_t dropped(std::string_view rule) const;
  // "kept 90 of 100 pairs (90.0%); dropped: empty 2, numbers 8; repaired mojibake: 1"
  // (plus "; repaired HTML entities: N" when N > 0)
  std::string Summary() const;

 private:
  std::uint64_t total_ = 0, kept_ = 0, repaired_ = 0, repaired_entities_ = 0;
  std::map<std::string, std::uint64_t, std::less<>> dropped_;
};

}  // namespace kobi::corpora
