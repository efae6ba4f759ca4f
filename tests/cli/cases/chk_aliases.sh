# kobi check romanization keeps aliases apart by default (Korea / South Korea is not a
# spelling), reports them as kind "alias" with --aliases, never merges the two presidents Bush,
# and finds Gaeseong inside a compound; then aligned pairs with the English names as evidence.
$KOBI check romanization glossary/check_aliases.txt
$KOBI check romanization glossary/check_aliases.txt --aliases --format jsonl
$KOBI check romanization --pairs glossary/check_pairs_news.tsv
