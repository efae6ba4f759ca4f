// Glossary TSV format: parsing, rejection of malformed rows with file:line, duplicate and
// conflict reports, merge, lookup and the bundled default glossary.
#include "kobi/glossary/glossary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/error.h"

namespace kobi::glossary {
namespace {

constexpr char kHeader[] = "en\tko\ttype\tvariants\tnote\n";

TEST(GlossaryTest, ParsesRowsCommentsAndVariants) {
  std::string tsv = std::string("# a comment\n\n") + kHeader +
                    "Kim Jong-un\t김정은\tperson\tKim Jong Un|Kim Jong-eun\tDPRK leader\n"
                    "  Seoul \t서울\tPlace\t\t\n"
                    "# another comment\n"
                    "nuclear test\t핵실험\tterm\n";
  Glossary g = Glossary::ParseTsv(tsv, "t.tsv");
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g.entries()[0].en, "Kim Jong-un");
  EXPECT_EQ(g.entries()[0].variants, (std::vector<std::string>{"Kim Jong Un", "Kim Jong-eun"}));
  EXPECT_EQ(g.entries()[0].note, "DPRK leader");
  EXPECT_EQ(g.entries()[0].line, 4u);
  EXPECT_EQ(g.entries()[1].en, "Seoul");
  EXPECT_EQ(g.entries()[1].type, EntryType::kPlace);
  EXPECT_EQ(g.entries()[2].type, EntryType::kTerm);
  EXPECT_TRUE(g.entries()[2].variants.empty());
  EXPECT_TRUE(g.warnings().empty());
}

// '#' starts a comment, so an 'en' cannot start with '#'; a comment shaped like a row (tabs)
// is skipped with a warning, never silently.
TEST(GlossaryTest, RowLikeCommentWarns) {
  Glossary g = Glossary::ParseTsv(
      std::string(kHeader) + "#hashtag\t해시태그\tterm\t\t\n# note\n" + "Seoul\t서울\tplace\n",
      "t.tsv");
  EXPECT_EQ(g.size(), 1u);
  ASSERT_EQ(g.warnings().size(), 1u);
  EXPECT_NE(g.warnings()[0].find("t.tsv:2:"), std::string::npos) << g.warnings()[0];
}

TEST(GlossaryTest, ColumnsInAnyOrder) {
  Glossary g = Glossary::ParseTsv("type\tko\ten\nplace\t부산\tBusan\n", "x");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g.entries()[0].en, "Busan");
  EXPECT_EQ(g.entries()[0].ko, "부산");
}

TEST(GlossaryTest, NfcOnLoad) {
  // 서 as conjoining jamo (NFD) becomes the precomposed syllable.
  Glossary g = Glossary::ParseTsv("en\tko\ttype\nSeoul\t\u1109\u1165\uC6B8\tplace\n", "x");
  EXPECT_EQ(g.entries()[0].ko, "서울");
}

struct BadCase {
  const char* name;
  std::string text;
  std::uint64_t line;
  const char* message_part;
};

TEST(GlossaryTest, RejectsMalformedRowsWithFileAndLine) {
  const std::vector<BadCase> cases = {
      {"no header", "Seoul\t서울\tplace\n", 1, "header must name"},
      {"missing type column", "en\tko\nSeoul\t서울\n", 1, "header must name"},
      {"column twice", "en\tko\ttype\ten\n", 1, "named twice"},
      {"too many fields", std::string(kHeader) + "a\t가\tterm\t\t\textra\n", 2, "expected 5"},
      {"too few fields", std::string(kHeader) + "a\t가\n", 2, "at least 3"},
      {"unknown type", std::string(kHeader) + "a\t가\tcity\t\t\n", 2, "unknown type"},
      {"empty en", std::string(kHeader) + "# c\n \t가\tterm\t\t\n", 3, "empty 'en'"},
      {"empty ko", std::string(kHeader) + "a\t\tterm\t\t\n", 2, "empty 'ko'"},
      {"swapped", std::string(kHeader) + "서울\tSeoul\tplace\t\t\n", 2, "contains Hangul"},
      {"empty variant", std::string(kHeader) + "a\t가\tterm\tb||c\t\n", 2, "empty variant"},
      {"bad utf8", std::string(kHeader) + "a\xff\t가\tterm\t\t\n", 2, "invalid UTF-8"},
      {"only comments", "# nothing\n", 0, "no header"},
      {"en without letters", std::string(kHeader) + "2018 - 2019\t이천십팔\tterm\t\t\n", 2,
       "has no letters"},
  };
  for (const auto& c : cases) {
    try {
      Glossary::ParseTsv(c.text, "bad.tsv");
      ADD_FAILURE() << c.name << ": no error";
    } catch (const InputError& e) {
      EXPECT_EQ(e.file(), "bad.tsv") << c.name;
      EXPECT_EQ(e.line(), c.line) << c.name << ": " << e.what();
      EXPECT_NE(std::string(e.what()).find(c.message_part), std::string::npos)
          << c.name << ": " << e.what();
    }
  }
}

TEST(GlossaryTest, DuplicatesReportedAndKeptOnce) {
  std::string tsv = std::string(kHeader) +
                    "Kim Jong-un\t김정은\tperson\t\t\n"
                    "Kim Jong Un\t김정은\tperson\tKim Jong-eun\t\n";
  Glossary g = Glossary::ParseTsv(tsv, "d.tsv");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g.entries()[0].variants, std::vector<std::string>{"Kim Jong-eun"});
  ASSERT_EQ(g.warnings().size(), 1u);
  EXPECT_NE(g.warnings()[0].find("d.tsv:3: duplicate of d.tsv:2"), std::string::npos)
      << g.warnings()[0];
}

TEST(GlossaryTest, ConflictsReportedAndKept) {
  std::string tsv = std::string(kHeader) +
                    "Busan\t부산\tplace\t\t\n"
                    "Busan\t푸산\tplace\t\t\n"  // same English, other Korean
                    "Pusan\t부산\tplace\t\t\n"  // same Korean, other English
                    "Lee Min-ho\t이민호\tperson\t\t\n"
                    "Lee Min-ho\t이민호\torg\t\t\n"  // other type: no report
                    "Yi Min-ho\t이민호\tperson\t\t\n";
  Glossary g = Glossary::ParseTsv(tsv, "c.tsv");
  EXPECT_EQ(g.size(), 6u);
  ASSERT_EQ(g.warnings().size(), 3u);
  EXPECT_NE(g.warnings()[0].find("c.tsv:3: conflict: English \"Busan\""), std::string::npos);
  EXPECT_NE(g.warnings()[1].find("c.tsv:4: conflict: Korean \"부산\""), std::string::npos);
  EXPECT_NE(g.warnings()[2].find("c.tsv:7: Korean \"이민호\" also names"), std::string::npos);
}

TEST(GlossaryTest, UnknownColumnWarns) {
  Glossary g = Glossary::ParseTsv("en\tko\ttype\tsource\nSeoul\t서울\tplace\twiki\n", "u.tsv");
  EXPECT_EQ(g.size(), 1u);
  ASSERT_EQ(g.warnings().size(), 1u);
  EXPECT_NE(g.warnings()[0].find("unknown column 'source'"), std::string::npos);
}

TEST(GlossaryTest, LookupEitherScript) {
  std::string tsv = std::string(kHeader) +
                    "Kim Jong-un\t김정은\tperson\tKim Jong-eun\t\n"
                    "state visit\t국빈 방문\tterm\t\t\n";
  Glossary g = Glossary::ParseTsv(tsv, "l.tsv");
  const std::vector<std::size_t> first{0}, second{1}, none;
  EXPECT_EQ(g.Lookup("김정은"), first);
  EXPECT_EQ(g.Lookup("KIM JONG UN"), first);
  EXPECT_EQ(g.Lookup("kim jong-eun"), first);
  EXPECT_EQ(g.Lookup("Kim Jongun"), first);
  EXPECT_EQ(g.Lookup("국빈방문"), second);
  EXPECT_EQ(g.Lookup("State-Visit"), second);
  EXPECT_EQ(g.Lookup("Kim Jong-il"), none);
}

TEST(GlossaryTest, MergeReplacesSameThingAndKeepsOtherPeople) {
  Glossary base = Glossary::ParseTsv(std::string(kHeader) +
                                         "Kim Jong-un\t김정은\tperson\t\t\n"
                                         "Pusan\t부산\tplace\t\t\n"
                                         "Lee Min-ho\t이민호\tperson\t\t\n",
                                     "base");
  Glossary user = Glossary::ParseTsv(std::string(kHeader) +
                                         "Kim Jong Un\t김정은\tperson\t\t\n"
                                         "Busan\t부산\tplace\t\t\n"
                                         "Yi Minho\t이민호\tperson\t\t\n",
                                     "user");
  base.Merge(user);
  ASSERT_EQ(base.size(), 4u);
  EXPECT_EQ(base.entries()[0].en, "Kim Jong Un");
  EXPECT_TRUE(base.entries()[0].variants.empty());  // same loose key
  EXPECT_EQ(base.entries()[1].en, "Busan");
  EXPECT_EQ(base.entries()[1].variants, std::vector<std::string>{"Pusan"});
  EXPECT_EQ(base.entries()[2].en, "Lee Min-ho");  // a different person, kept
  EXPECT_EQ(base.entries()[3].en, "Yi Minho");
  EXPECT_EQ(base.Lookup("Pusan"), std::vector<std::size_t>{1});
  EXPECT_EQ(base.Lookup("Busan"), std::vector<std::size_t>{1});
  EXPECT_EQ(base.Lookup("부산"), std::vector<std::size_t>{1});
  EXPECT_EQ(base.Lookup("Kim Jong-un"), std::vector<std::size_t>{0});
}

TEST(GlossaryTest, MergeKeepsEveryFormFindable) {
  // Many replacements in a row: every English form and variant of every entry, old and new,
  // must still be found by Lookup afterwards.
  std::string base_tsv(kHeader), user_tsv(kHeader);
  for (int i = 0; i < 300; ++i) {
    const std::string ko = "\xEA\xB0\x80" + std::to_string(i);  // 가0, 가1, ...
    base_tsv += "Old Place " + std::to_string(i) + "\t" + ko + "\tplace\tOld Alias " +
                std::to_string(i) + "\t\n";
    if (i % 2 == 0) user_tsv += "New Place " + std::to_string(i) + "\t" + ko + "\tplace\t\t\n";
  }
  Glossary base = Glossary::ParseTsv(base_tsv, "base");
  base.Merge(Glossary::ParseTsv(user_tsv, "user"));
  ASSERT_EQ(base.size(), 300u);
  for (std::size_t i = 0; i < base.size(); ++i) {
    const Entry& e = base.entries()[i];
    EXPECT_EQ(base.Lookup(e.en), std::vector<std::size_t>{i}) << e.en;
    EXPECT_EQ(base.Lookup(e.ko), std::vector<std::size_t>{i}) << e.ko;
    for (const auto& v : e.variants) EXPECT_EQ(base.Lookup(v), std::vector<std::size_t>{i}) << v;
  }
  EXPECT_EQ(base.Lookup("Old Place 4"), std::vector<std::size_t>{4});
  EXPECT_EQ(base.Lookup("New Place 4"), std::vector<std::size_t>{4});
  EXPECT_EQ(base.entries()[4].variants.size(), 2u);  // Old Place 4, Old Alias 4
}

TEST(GlossaryTest, ToTsvRoundTrips) {
  std::string tsv = std::string(kHeader) +
                    "Kim Jong-un\t김정은\tperson\tKim Jong Un|Kim Jong-eun\tleader\n"
                    "Seoul\t서울\tplace\t\t\n";
  Glossary g = Glossary::ParseTsv(tsv, "r.tsv");
  EXPECT_EQ(g.ToTsv(), tsv);
}

TEST(GlossaryTest, AliasesAreFoundValidatedAndKeptOnMerge) {
  Glossary g = Glossary::ParseTsv(
      "en\tko\ttype\tvariants\taliases\n"
      "South Korea\t한국\tplace\tHanguk\tKorea|ROK\n",
      "a.tsv");
  EXPECT_EQ(g.Lookup("ROK"), (std::vector<std::size_t>{0}));
  EXPECT_THROW(Glossary::ParseTsv("en\tko\ttype\taliases\nSeoul\t서울\tplace\ta||b\n", "b.tsv"),
               InputError);
  Glossary user = Glossary::ParseTsv("en\tko\ttype\nRepublic of Korea\t한국\tplace\n", "u.tsv");
  g.Merge(user);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g.entries()[0].en, "Republic of Korea");
  EXPECT_EQ(g.entries()[0].variants, (std::vector<std::string>{"South Korea", "Hanguk"}));
  EXPECT_EQ(g.entries()[0].aliases, (std::vector<std::string>{"Korea", "ROK"}));
}

TEST(GlossaryTest, DefaultGlossaryIsCleanAndCoversTheBasics) {
  const Glossary& g = Glossary::Default();
  EXPECT_GT(g.size(), 5u);
  for (const auto& w : g.warnings()) ADD_FAILURE() << "bundled glossary: " << w;
  for (const char* term : {"김정은", "Xi Jinping", "Hong Lei", "장쩌민", "Putin"}) {
    EXPECT_FALSE(g.Lookup(term).empty()) << term;
  }
  EXPECT_EQ(&g, &Glossary::Default());
}

}  // namespace
}  // namespace kobi::glossary
