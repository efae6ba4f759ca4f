// `kobi split`: one sentence a line from raw text, one input line = one paragraph.
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "kobi/core/error.h"
#include "kobi/core/lang.h"
#include "kobi/core/line_io.h"
#include "kobi/core/parallel.h"
#include "kobi/core/unicode.h"
#include "kobi/core/utf8.h"
#include "kobi/tokenize/sentence_splitter.h"

namespace kobi::cli {
namespace {

struct SplitFlags {
  std::string input = "-";
  std::string output = "-";
  std::string lang = "auto";
  bool keep_blank = false;
  bool offsets = false;
  std::string engine = "kobi";
  unsigned threads = 1;
  InputFlags in;
};

std::string SplitLine(const std::string& line, std::uint64_t line_no, const SplitFlags& f) {
  Lang lang = Lang::kEn;
  if (f.lang == "auto") {
    lang = GuessLang(line);
  } else {
    lang = *ParseLang(f.lang);
  }
  std::vector<Span> spans;
  if (f.engine == "icu") {
    std::vector<std::size_t> b =
        unicode::IcuSentenceBoundaries(line, lang == Lang::kKo ? "ko" : "en");
    for (std::size_t k = 0; k + 1 < b.size(); ++k) {
      std::string_view s = utf8::Trim(std::string_view(line).substr(b[k], b[k + 1] - b[k]));
      if (s.empty()) continue;
      std::size_t begin = static_cast<std::size_t>(s.data() - line.data());
      spans.push_back(Span{begin, begin + s.size()});
    }
  } else {
    spans = tokenize::SplitSentences(line, lang);
  }
  std::string out;
  if (spans.empty()) {
    if (f.keep_blank) out += '\n';
    return out;
  }
  for (const Span& s : spans) {
    if (f.offsets) {
      out += std::to_string(line_no);
      out += '\t';
      out += std::to_string(s.begin);
      out += '\t';
      out += std::to_string(s.end);
      out += '\t';
    }
    out.append(line, s.begin, s.size());
    out += '\n';
  }
  return out;
}

void RunSplit(const SplitFlags& f) {
  LineReader reader(f.input, f.in.ToOptions());
  OutputFile out(f.output);
  struct Item {
    std::string line;
    std::uint64_t number = 0;
  };
  OrderedParallelMap<Item, std::string> pm(f.threads, 2048);
  std::uint64_t sentences = 0;
  pm.Run(
      [&](Item& item) {
        if (!reader.Next(item.line)) return false;
        item.number = reader.line_number();
        return true;
      },
      [&](const Item& item) { return SplitLine(item.line, item.number, f); },
      [&](std::string&& text) {
        for (char c : text) sentences += c == '\n';
        out.Write(text);
      });
  out.Close();
  ReportRepairs("split", reader.path(), reader.repaired());
  if (reader.line_number() == 0) {
    Note("split", reader.path() + ": input is empty; nothing written");
  } else if (sentences == 0) {
    Note("split", reader.path() + ": input has only blank lines; no sentences written");
  }
}

}  // namespace

void AddSplitCommand(CLI::App& app) {
  auto flags = std::make_shared<SplitFlags>();
  auto* cmd = app.add_subcommand(
      "split",
      "Split raw text into sentences, one sentence a line.\n"
      "Each input line is one paragraph; its sentences are written one per line, in order.\n"
      "Blank input lines are dropped unless --keep-blank (then each prints an empty line, so\n"
      "paragraph breaks survive). Rules for English news (Mr., Sen., Jan. 9, U.S., No. 1,\n"
      "decimals, URLs, quotes, lists) and Korean (다. 요. 까?, quoted 다\"고, 다.그러나,\n"
      "2015.1.9, footnotes [2]); see docs/tokenize.md.");
  cmd->footer(
      "Examples:\n"
      "  echo 'Mr. Kim met U.S. officials on Jan. 9. They talked.' | kobi split --lang en\n"
      "  kobi split --lang ko news_ko.txt.gz -o sentences.txt\n"
      "  kobi split --offsets --keep-blank page.txt   # line<TAB>begin<TAB>end<TAB>sentence");
  cmd->add_option("input", flags->input, "Input file ('-' = stdin, .gz/.zst read transparently)")
      ->default_val("-");
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->default_val("-");
  cmd->add_option("--lang,-l", flags->lang, "Language rules: en, ko, or auto (guess per line)")
      ->check(CLI::IsMember({"en", "ko", "auto"}))
      ->default_val("auto");
  cmd->add_flag("--keep-blank", flags->keep_blank,
                "Print an empty line for each blank input line (keeps paragraph breaks)");
  cmd->add_flag("--offsets", flags->offsets,
                "Prefix each sentence with its input line number and byte offsets in the line");
  cmd->add_option("--engine", flags->engine,
                  "kobi (default) or icu: ICU's sentence break iterator, for comparison")
      ->check(CLI::IsMember({"kobi", "icu"}))
      ->default_val("kobi");
  AddThreadsFlag(cmd, flags->threads);
  AddInputFlags(cmd, flags->in);
  cmd->callback([flags] { RunSplit(*flags); });
}

}  // namespace kobi::cli
