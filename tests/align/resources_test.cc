#include "kobi/align/resources.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "kobi/align/aligner.h"
#include "kobi/align/dictionary.h"
#include "kobi/align/docalign.h"
#include "kobi/core/error.h"
#include "kobi/glossary/glossary.h"
#include "kobi/glossary/matcher.h"

namespace kobi::align {
namespace {

const std::string kResourcesTestData = KOBI_TEST_DATA_DIR;

// A glossary file for one test, removed at the end of it.
class ResourcesTestFile {
 public:
  ResourcesTestFile(const std::string& name, const std::string& text)
      : path_(std::filesystem::temp_directory_path() / ("kobi_resources_test_" + name)) {
    std::ofstream(path_) << text;
  }
  ~ResourcesTestFile() { std::filesystem::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

TEST(AlignResourcesTest, DefaultsLoadNothingAndMeanTheBundledGlossary) {
  AlignResources r = LoadAlignResources({});
  EXPECT_TRUE(r.use_glossary);
  EXPECT_EQ(r.glossary_ptr(), nullptr);
  EXPECT_EQ(r.matcher_ptr(), nullptr);
  EXPECT_EQ(r.dictionary_ptr(), nullptr);
  EXPECT_TRUE(r.warnings.empty());
  AlignOptions options;
  r.Apply(options);
  EXPECT_TRUE(options.use_glossary);
  EXPECT_EQ(SelectedGlossary(options), &glossary::Matcher::Default());
}

TEST(AlignResourcesTest, NoGlossaryTurnsTheGlossaryOff) {
  AlignResourceOptions o;
  o.use_glossary = false;
  AlignResources r = LoadAlignResources(o);
  AlignOptions options;
  r.Apply(options);
  EXPECT_FALSE(options.use_glossary);
  EXPECT_EQ(SelectedGlossary(options), nullptr);
  DocAlignOptions doc;
  r.Apply(doc);
  EXPECT_FALSE(doc.use_glossary);
  EXPECT_EQ(doc.glossary, nullptr);
}

TEST(AlignResourcesTest, GlossaryFilesAreMergedOverTheBundledOneOrReplaceIt) {
  AlignResourceOptions o;
  o.glossary_files = {kResourcesTestData + "/glossary/sample.tsv"};
  AlignResources merged = LoadAlignResources(o);
  ASSERT_NE(merged.glossary_ptr(), nullptr);
  ASSERT_NE(merged.matcher_ptr(), nullptr);
  EXPECT_GE(merged.glossary->size(), glossary::Glossary::Default().size());
  o.bundled_glossary = false;
  AlignResources alone = LoadAlignResources(o);
  ASSERT_NE(alone.glossary_ptr(), nullptr);
  EXPECT_LT(alone.glossary->size(), merged.glossary->size());
  EXPECT_FALSE(alone.matcher->FindEnglish("Kim Jong-un met them in Seoul.").empty());
  // Applied: the aligner and the document aligner use them.
  AlignOptions options;
  alone.Apply(options);
  EXPECT_EQ(SelectedGlossary(options), alone.matcher_ptr());
  DocAlignOptions doc;
  alone.Apply(doc);
  EXPECT_EQ(doc.glossary, alone.glossary_ptr());
  // Copies share what was loaded.
  AlignResources copy = alone;
  EXPECT_EQ(copy.matcher_ptr(), alone.matcher_ptr());
}

TEST(AlignResourcesTest, GlossaryWarningsAreReturnedNotPrinted) {
  ResourcesTestFile file("warn.tsv", "en\tko\ttype\tcolour\nSeoul\t서울\tplace\tred\n");
  AlignResourceOptions o;
  o.glossary_files = {file.path()};
  AlignResources r = LoadAlignResources(o);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("unknown column 'colour'"), std::string::npos) << r.warnings[0];
}

TEST(AlignResourcesTest, DictionaryIsLoaded) {
  AlignResourceOptions o;
  o.dictionary = kResourcesTestData + "/glossary/sample.dict";
  AlignResources r = LoadAlignResources(o);
  ASSERT_NE(r.dictionary_ptr(), nullptr);
  EXPECT_GT(r.dictionary->size(), 0u);
  AlignOptions options;
  r.Apply(options);
  EXPECT_EQ(options.dictionary, r.dictionary_ptr());
}

TEST(AlignResourcesTest, ContradictionsAreUsageErrorsAndMissingFilesIoErrors) {
  AlignResourceOptions no_files;
  no_files.bundled_glossary = false;
  EXPECT_THROW(LoadAlignResources(no_files), UsageError);
  AlignResourceOptions off_with_files;
  off_with_files.use_glossary = false;
  off_with_files.glossary_files = {kResourcesTestData + "/glossary/sample.tsv"};
  EXPECT_THROW(LoadAlignResources(off_with_files), UsageError);
  AlignResourceOptions off_without_bundled;
  off_without_bundled.use_glossary = false;
  off_without_bundled.bundled_glossary = false;
  EXPECT_THROW(LoadAlignResources(off_without_bundled), UsageError);
  AlignResourceOptions missing;
  missing.glossary_files = {kResourcesTestData + "/glossary/no such file.tsv"};
  EXPECT_THROW(LoadAlignResources(missing), IoError);
  AlignResourceOptions missing_dictionary;
  missing_dictionary.dictionary = kResourcesTestData + "/glossary/no such file.dict";
  EXPECT_THROW(LoadAlignResources(missing_dictionary), IoError);
}

}  // namespace
}  // namespace kobi::align
