// RFC 4180 CSV; see csv.h.
#include "kobi/glossary/internal/csv.h"

#include "kobi/core/error.h"

namespace kobi::glossary::internal {

std::vector<Glossary::Row> ParseCsv(std::string_view text, std::string_view name) {
  std::vector<Glossary::Row> rows;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t pos = 0;
  std::uint64_t line = 1;
  const std::size_t n = text.size();
  while (pos < n) {
    Glossary::Row row{line, {}};
    std::string field;
    bool record_done = false;
    bool any = false;  // the record has content (blank lines are skipped)
    while (!record_done) {
      field.clear();
      if (pos < n && text[pos] == '"') {
        any = true;
        ++pos;
        while (true) {
          if (pos >= n) throw InputError(name, row.line, "unterminated quoted field");
          char c = text[pos++];
          if (c == '"') {
            if (pos < n && text[pos] == '"') {
              field.push_back('"');
              ++pos;
              continue;
            }
            break;
          }
          if (c == '\n') ++line;
          field.push_back(c);
        }
        if (pos < n && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r') {
          throw InputError(name, line, "text after a closing quote (use \"\" for a quote)");
        }
      } else {
        while (pos < n && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r') {
          if (text[pos] == '"') {
            throw InputError(name, line, "quote inside an unquoted field (quote the field)");
          }
          field.push_back(text[pos++]);
        }
      }
      if (!field.empty()) any = true;
      row.fields.push_back(field);
      if (pos < n && text[pos] == ',') {
        any = true;
        ++pos;
        continue;
      }
      if (pos < n && text[pos] == '\r') ++pos;
      if (pos < n && text[pos] == '\n') ++pos;
      ++line;
      record_done = true;
    }
    if (any) rows.push_back(std::move(row));
  }
  return rows;
}

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"')
      out += "\"\"";
    else
      out.push_back(c);
  }
  out += '"';
  return out;
}

}  // namespace kobi::glossary::internal
