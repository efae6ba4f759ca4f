// TBX (TermBase eXchange) import and export for glossaries. Private to kobi::glossary.
//
// Writes TBX-Basic: version 2 (ISO 30042:2008, <martif>/<termEntry>/<langSet>/<tig>) or
// version 3 (ISO 30042:2019, DCA style, <tbx>/<conceptEntry>/<langSec>/<termSec>). One entry
// per glossary entry: the English preferred term (administrativeStatus preferredTerm) and the
// variants (admittedTerm), the Korean term, the type as <descrip type="subjectField">, the note
// as <note>. Reading accepts both versions (detected from the root element); per entry it takes
// the English and Korean terms (preferred first), the subjectField as type when it is one of
// person/place/org/term (else term, the value kept in the note). An entry without an English
// or Korean term throws InputError naming its line; extra Korean terms are reported.
#pragma once

#include <string>
#include <string_view>

#include "kobi/glossary/glossary.h"

namespace kobi::glossary::internal {

enum class TbxVersion { k2, k3 };

std::string WriteTbx(const Glossary& glossary, TbxVersion version);
void ReadTbx(std::string_view text, std::string_view name, Glossary& out);

}  // namespace kobi::glossary::internal
