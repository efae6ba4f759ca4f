# kobi glossary convert: TSV -> CSV, TBX v3, TBX v2 and hunalign, and TBX back to TSV.
$KOBI glossary convert glossary/sample.tsv --to csv
$KOBI glossary convert glossary/sample.tsv --to tbx
$KOBI glossary convert glossary/sample.tsv --to hunalign
$KOBI glossary convert glossary/sample_v2.tbx --to tsv
