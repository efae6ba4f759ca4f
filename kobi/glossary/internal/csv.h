// RFC 4180 CSV reading and writing for glossary import/export. Private to kobi::glossary.
//
// Reading: fields separated by ',', records by CRLF or LF; a field may be quoted with '"'
// ("" inside quotes is one quote) and may then contain commas and line breaks. Blank lines
// are skipped. An unterminated quote or text after a closing quote throws InputError with the
// line where the record starts. A UTF-8 byte-order mark at the start is ignored.
//
//   auto rows = ParseCsv("en,ko\n\"Seoul, city\",서울\n", "g.csv");
//   // rows[1].fields == {"Seoul, city", "서울"}, rows[1].line == 2
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kobi/glossary/glossary.h"

namespace kobi::glossary::internal {

std::vector<Glossary::Row> ParseCsv(std::string_view text, std::string_view name);

// Quotes a field when it contains ',', '"', CR or LF (RFC 4180).
std::string CsvField(std::string_view field);

}  // namespace kobi::glossary::internal
