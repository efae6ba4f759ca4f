# Folders of raw pages: one-to-one pairs, unpaired pages left out, same output for -j 1 and 2;
# a list file as the English side; --min-score 1 keeps nothing.
$KOBI docalign docalign/en docalign/ko -j 1 > "${TMPDIR:-/tmp}/docalign_j1.$$"
$KOBI docalign docalign/en docalign/ko -j 2 | cmp - "${TMPDIR:-/tmp}/docalign_j1.$$" && echo "same for -j 2"
cut -f1,2 "${TMPDIR:-/tmp}/docalign_j1.$$"; rm -f "${TMPDIR:-/tmp}/docalign_j1.$$"
awk -F'\t' '$3 < 0.5 || $3 > 1 { print "bad score: " $0 }' <($KOBI docalign docalign/en docalign/ko)
echo "-- list"
$KOBI docalign docalign/en_list.txt docalign/ko | cut -f1,2
echo "-- min-score 1"
$KOBI docalign docalign/en docalign/ko --min-score 1 | wc -l
