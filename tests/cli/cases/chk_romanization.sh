# kobi check romanization on the planted corpus: text report, then JSON lines.
$KOBI check romanization glossary/check_en.txt
$KOBI check romanization glossary/check_en.txt --format jsonl
