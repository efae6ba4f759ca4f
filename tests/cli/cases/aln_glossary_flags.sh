# Glossary flags of align, as in `glossary` and `check romanization`: -g is repeatable (any
# glossary format) and takes one file per use, so EN KO after it stay the inputs; --no-default
# drops the bundled glossary and needs a -g; --no-glossary uses none.
$KOBI align --presplit -g glossary/sample.tsv -g glossary/sample.dict align/doc.en align/doc.ko -f tsv
$KOBI align --presplit --no-default -g glossary/sample.tsv align/doc.en align/doc.ko -f tsv
$KOBI align --presplit --no-glossary align/doc.en align/doc.ko -f tsv
$KOBI align --presplit --no-default align/doc.en align/doc.ko
