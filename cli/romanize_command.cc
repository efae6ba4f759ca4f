// `kobi romanize`: romanizes the Hangul in each input line (RR, transliteration, MR), one
// line in, one line out; everything that is not Hangul passes through unchanged.
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/romanize/romanization_key.h"
#include "kobi/romanize/romanizer.h"

namespace kobi::cli {
namespace {

struct RomanizeFlags {
  std::string input = "-";
  std::string output = "-";
  std::string system = "rr";
  bool name = false;
  bool place = false;
  bool strict = false;
  bool hyphen = false;
  bool no_name_hyphen = false;
  bool omit_unit = false;
  bool capitalize = false;
  bool key = false;
  unsigned threads = 1;
  InputFlags in;
};

void RunRomanize(const RomanizeFlags& f) {
  std::optional<romanize::System> system = romanize::ParseSystem(f.system);
  if (!system) throw UsageError("romanize: unknown --system '" + f.system + "'");
  if (f.name && f.place) throw UsageError("romanize: --name and --place exclude each other");
  if (f.strict && !f.name) throw UsageError("romanize: --strict needs --name");
  romanize::RomanizeOptions options;
  options.system = *system;
  options.name = f.name;
  options.place = f.place;
  options.strict_names = f.strict;
  options.hyphenate_ambiguous = f.hyphen;
  options.hyphenate_given_name = !f.no_name_hyphen;
  options.omit_unit = f.omit_unit;
  options.capitalize = f.capitalize;

  LineReader reader(f.input, f.in.ToOptions());
  OutputFile out(f.output);
  OrderedParallelMap<std::string, std::string> pm(f.threads, 4096);
  pm.Run([&](std::string& line) { return reader.Next(line); },
         [&](const std::string& line) {
           std::string result =
               f.key ? romanize::RomanizationKey(line) : romanize::Romanize(line, options);
           result += '\n';
           return result;
         },
         [&](std::string&& text) { out.Write(text); });
  out.Close();
  ReportRepairs("romanize", reader.path(), reader.repaired());
}

}  // namespace

void AddRomanizeCommand(CLI::App& app) {
  auto flags = std::make_shared<RomanizeFlags>();
  auto* cmd = app.add_subcommand(
      "romanize",
      "Romanize the Korean (Hangul) in text, one line in, one line out.\n"
      "Runs of Hangul syllables are romanized; everything else (Latin, digits, punctuation,\n"
      "Hanja, spacing) is copied unchanged. Systems: rr = Revised Romanization with its\n"
      "pronunciation rules (종로 jongno, 신라 silla, 학여울 hangnyeoul, 같이 gachi, 좋고 joko);\n"
      "translit = RR transliteration, §3.8 (없었습니다 eobs-eoss-seubnida); mr = McCune-\n"
      "Reischauer with breves and apostrophes (부산 pusan, 청주 ch'ŏngju); mr-ascii = MR\n"
      "without them. See docs/romanize.md.");
  cmd->footer(
      "Examples:\n"
      "  echo '종로에서 신라 호텔까지' | kobi romanize              # jongnoeseo silla hotelkkaji\n"
      "  echo '홍빛나' | kobi romanize --name                       # Hong Bit-na\n"
      "  echo '김정은' | kobi romanize --name --strict              # Gim Jeong-eun\n"
      "  echo '제주도 종로 2가' | kobi romanize --place             # Jeju-do Jongno 2(i)-ga\n"
      "  echo '평양' | kobi romanize --system mr                    # p'yŏngyang\n"
      "  echo 'Kim Jong-un' | kobi romanize --key                   # kimjongon (= key of 김정은)");
  cmd->add_option("input", flags->input, "Input file ('-' = stdin, .gz/.zst read transparently)")
      ->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->default_val("-");
  cmd->add_option("--system,-s", flags->system, "rr (default), translit, mr or mr-ascii")
      ->check(CLI::IsMember({"rr", "translit", "mr", "mr-ascii"}))
      ->default_val("rr");
  cmd->add_flag("--name", flags->name,
                "Each Hangul run is a personal name: surname + given name, no sound change, "
                "popular surname spelling (김 Kim, 이 Lee, 박 Park), given name hyphenated");
  cmd->add_flag("--place", flags->place,
                "Place names: administrative units hyphenated (Jeju-do, Dobong-gu, "
                "Bongcheon 1(il)-dong), ㅎ kept in nouns (Mukho), capitalised");
  cmd->add_flag("--strict", flags->strict,
                "With --name: strict forms of the system for surnames (Gim, I, Bak)");
  cmd->add_flag("--hyphen", flags->hyphen,
                "RR: hyphen where a reading is ambiguous (Jung-ang, Ban-gudae, Se-un)");
  cmd->add_flag("--no-name-hyphen", flags->no_name_hyphen,
                "With --name: write the given name as one word (Hong Bitna)");
  cmd->add_flag("--omit-unit", flags->omit_unit,
                "With --place: leave out -si, -gun, -eup (청주시 Cheongju)");
  cmd->add_flag("--capitalize", flags->capitalize, "Capitalise every romanized word");
  cmd->add_flag("--key", flags->key,
                "Print the romanization key of each line instead (a phonetic skeleton under "
                "which spellings of one name meet: Kim Jong Un, Kim Jong-eun, 김정은)");
  AddThreadsFlag(cmd, flags->threads);
  AddInputFlags(cmd, flags->in);
  cmd->callback([flags] { RunRomanize(*flags); });
}

}  // namespace kobi::cli
