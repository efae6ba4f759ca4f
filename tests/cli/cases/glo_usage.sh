# Usage errors exit 2.
$KOBI glossary convert glossary/sample.tsv --to xlsx
