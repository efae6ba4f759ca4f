# The shared glossary/dictionary flags (as align, clean, corpus build): pages with no numbers or
# names pair only through a user glossary (-g) or a word dictionary (--dictionary); flag misuse
# is a usage error (exit 2). Pages and word lists written for this test.
$KOBI docalign docalign/plain/en docalign/plain/ko | wc -l
echo "-- -g"
$KOBI docalign docalign/plain/en docalign/plain/ko -g docalign/plain_terms.tsv | cut -f1,2
echo "-- --dictionary"
$KOBI docalign docalign/plain/en docalign/plain/ko --dictionary docalign/plain_words.tsv | cut -f1,2
echo "-- --no-default -g"
$KOBI docalign docalign/plain/en docalign/plain/ko --no-default -g docalign/plain_terms.tsv | cut -f1,2
echo "-- misuse"
$KOBI docalign docalign/plain/en docalign/plain/ko --no-glossary -g docalign/plain_terms.tsv; echo "exit $?"
$KOBI docalign docalign/plain/en docalign/plain/ko --no-default; echo "exit $?"
echo "-- corpus build --docalign passes them on"
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
$KOBI corpus build --docalign docalign/plain/en docalign/plain/ko -o "$T/a" -q 2>/dev/null
wc -l < "$T/a/docalign.tsv"
$KOBI corpus build --docalign docalign/plain/en docalign/plain/ko -o "$T/b" -q \
  --dictionary docalign/plain_words.tsv 2>/dev/null
wc -l < "$T/b/docalign.tsv"
echo "-- --no-verify"
$KOBI docalign docalign/en docalign/ko --no-verify | cut -f1,2
