// Glossary import/export: CSV (RFC 4180), TBX v2/v3, hunalign; round trips and errors.
#include "kobi/glossary/formats.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kobi/core/error.h"
#include "tests/glossary/test_util.h"

namespace kobi::glossary {
namespace {

using testing::kData;

// Entries compared field by field (source and line differ between formats).
void ExpectSameEntries(const Glossary& a, const Glossary& b, const std::string& what) {
  ASSERT_EQ(a.size(), b.size()) << what;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const Entry& x = a.entries()[i];
    const Entry& y = b.entries()[i];
    EXPECT_EQ(x.en, y.en) << what;
    EXPECT_EQ(x.ko, y.ko) << what;
    EXPECT_EQ(x.type, y.type) << what;
    EXPECT_EQ(x.variants, y.variants) << what;
    EXPECT_EQ(x.aliases, y.aliases) << what;
    EXPECT_EQ(x.note, y.note) << what;
  }
}

TEST(FormatsTest, NamesAndExtensions) {
  EXPECT_EQ(ParseFormat("TBX"), Format::kTbx);
  EXPECT_EQ(ParseFormat("tbx3"), Format::kTbx);
  EXPECT_EQ(ParseFormat("tbx2"), Format::kTbx2);
  EXPECT_EQ(ParseFormat("xlsx"), std::nullopt);
  EXPECT_EQ(FormatFromPath("a/b.CSV"), Format::kCsv);
  EXPECT_EQ(FormatFromPath("g.tbx.gz"), Format::kTbx);
  EXPECT_EQ(FormatFromPath("en-ko.dict"), Format::kHunalign);
  EXPECT_EQ(FormatFromPath("names.txt"), Format::kTsv);
}

TEST(FormatsTest, RoundTripEveryFormatButHunalign) {
  Glossary g = ReadGlossary(kData + "sample.tsv");
  ASSERT_EQ(g.size(), 4u);
  for (Format f : {Format::kTsv, Format::kCsv, Format::kTbx, Format::kTbx2}) {
    std::string text = WriteGlossary(g, f);
    Glossary back = ParseGlossary(text, "mem", f);
    ExpectSameEntries(g, back, std::string(FormatName(f)));
    EXPECT_TRUE(back.warnings().empty()) << FormatName(f);
  }
}

TEST(FormatsTest, AliasesSurviveEveryRoundTrip) {
  Glossary g = Glossary::ParseTsv(
      "en\tko\ttype\tvariants\tnote\taliases\n"
      "South Korea\t한국\tplace\tHanguk\tROK\tKorea|ROK\n"
      "Busan\t부산\tplace\tPusan\t\t\n",
      "a.tsv");
  ASSERT_EQ(g.entries()[0].aliases, (std::vector<std::string>{"Korea", "ROK"}));
  ASSERT_EQ(g.entries()[0].variants, (std::vector<std::string>{"Hanguk"}));
  for (Format f : {Format::kTsv, Format::kCsv, Format::kTbx, Format::kTbx2}) {
    Glossary back = ParseGlossary(WriteGlossary(g, f), "mem", f);
    ExpectSameEntries(g, back, std::string(FormatName(f)));
  }
  // Without aliases the TSV header stays as it was.
  Glossary plain = Glossary::ParseTsv("en\tko\ttype\nBusan\t부산\tplace\n", "p.tsv");
  EXPECT_EQ(plain.ToTsv(), "en\tko\ttype\tvariants\tnote\nBusan\t부산\tplace\t\t\n");
  EXPECT_NE(WriteGlossary(g, Format::kHunalign).find("한국 @ Korea\n"), std::string::npos);
}

TEST(FormatsTest, CsvQuotingFollowsRfc4180) {
  Glossary g = ReadGlossary(kData + "sample.tsv");
  std::string csv = WriteGlossary(g, Format::kCsv);
  EXPECT_NE(csv.find("Seoul,서울,place,,\"capital, \"\"Seoul, Korea\"\"\"\r\n"), std::string::npos)
      << csv;
  // Quoted commas and quotes; a line break inside quotes is valid CSV, so later records keep
  // their real line numbers, but a glossary field cannot hold one (TSV could not write it).
  Glossary multi = ParseGlossary("en,ko,type,note\n\"a, \"\"b\"\"\",가,term,x\nc,나,term,y\n",
                                 "m.csv", Format::kCsv);
  ASSERT_EQ(multi.size(), 2u);
  EXPECT_EQ(multi.entries()[0].en, "a, \"b\"");
  EXPECT_EQ(multi.entries()[1].line, 3u);
  try {
    ParseGlossary("en,ko,type,note\na,가,term,\"two\nlines\"\nb,나,term,x\n", "m.csv",
                  Format::kCsv);
    ADD_FAILURE() << "newline accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u) << e.what();
  }
}

TEST(FormatsTest, CsvErrorsNameTheLine) {
  struct Bad {
    std::string text;
    std::uint64_t line;
  };
  for (const auto& c : std::vector<Bad>{{"en,ko,type\n\"a,가,term\n", 2},
                                        {"en,ko,type\n\"a\"x,가,term\n", 2},
                                        {"en,ko,type\na\"b,가,term\n", 2},
                                        {"en,ko,type\na,가,person,extra\n", 2}}) {
    try {
      ParseGlossary(c.text, "bad.csv", Format::kCsv);
      ADD_FAILURE() << c.text;
    } catch (const InputError& e) {
      EXPECT_EQ(e.line(), c.line) << e.what();
    }
  }
}

TEST(FormatsTest, ReadsTbxVersion2) {
  Glossary g = ReadGlossary(kData + "sample_v2.tbx");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g.entries()[0].en, "Kim Jong-un");  // the preferred term wins
  EXPECT_EQ(g.entries()[0].variants, std::vector<std::string>{"Kim Jong Un"});
  EXPECT_EQ(g.entries()[0].type, EntryType::kPerson);
  EXPECT_EQ(g.entries()[0].line, 8u);
  EXPECT_EQ(g.entries()[1].en, "Seoul");
  EXPECT_EQ(g.entries()[1].ko, "서울");
  EXPECT_EQ(g.entries()[1].type, EntryType::kTerm);
  EXPECT_EQ(g.entries()[1].note, "subject: geography; R&D 가 가");
  ASSERT_EQ(g.warnings().size(), 1u);
  EXPECT_NE(g.warnings()[0].find("extra Korean term \"서울특별시\""), std::string::npos);
}

TEST(FormatsTest, ReadsTbxVersion3) {
  Glossary g = ReadGlossary(kData + "sample_v3.tbx");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g.entries()[0].en, "nuclear test");
  EXPECT_EQ(g.entries()[0].variants, std::vector<std::string>{"nuclear tests"});
  EXPECT_EQ(g.entries()[1].en, "Ministry of Unification");
  EXPECT_EQ(g.entries()[1].ko, "통일부");
  EXPECT_EQ(g.entries()[1].type, EntryType::kOrg);
}

TEST(FormatsTest, TbxErrorsNameTheLine) {
  struct Bad {
    std::string text;
    std::uint64_t line;
    const char* part;
  };
  for (const auto& c : std::vector<Bad>{
           {"<martif>\n<text><body>\n<termEntry>\n</body></text></martif>", 4, "does not close"},
           {"<html></html>", 1, "not a TBX document"},
           {"<tbx>\n<conceptEntry><langSec xml:lang=\"en\"><termSec><term>a</term></termSec>"
            "</langSec></conceptEntry></tbx>",
            2, "without a Korean term"},
           {"<tbx>&nbsp;</tbx>", 1, "unknown entity"},
           {"<tbx", 1, "unterminated"},
           // &#X is not XML (the hand-written reader before libexpat took it).
           {"<tbx>\n<text>&#X41;</text></tbx>", 2, "not well-formed"},
           {"<!DOCTYPE tbx [\n<!ENTITY e SYSTEM \"file:///etc/passwd\">\n]>\n<tbx>&e;</tbx>", 2,
            "declares the entity"}}) {
    try {
      ParseGlossary(c.text, "bad.tbx", Format::kTbx);
      ADD_FAILURE() << c.text;
    } catch (const InputError& e) {
      EXPECT_EQ(e.line(), c.line) << e.what();
      EXPECT_NE(std::string(e.what()).find(c.part), std::string::npos) << e.what();
    }
  }
}

TEST(FormatsTest, Hunalign) {
  Glossary g = ReadGlossary(kData + "sample.dict");
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g.entries()[1].en, "Seoul");  // either order; Hangul decides
  EXPECT_EQ(g.entries()[1].ko, "서울");
  EXPECT_EQ(g.entries()[2].line, 4u);
  Glossary tsv = ReadGlossary(kData + "sample.tsv");
  std::string dict = WriteGlossary(tsv, Format::kHunalign);
  EXPECT_EQ(dict.substr(0, dict.find('\n', dict.find('\n') + 1)),
            "김정은 @ Kim Jong-un\n김정은 @ Kim Jong Un");
  for (const char* bad : {"a @ b\n", "가 @ 나\n", "no separator\n", "가 @ b @ c\n"}) {
    EXPECT_THROW(ParseGlossary(bad, "bad.dict", Format::kHunalign), InputError) << bad;
  }
}

}  // namespace
}  // namespace kobi::glossary
