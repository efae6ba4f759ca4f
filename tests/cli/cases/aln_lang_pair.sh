# --lang: en,ko uses the English-Korean signals, another pair the language-independent ones;
# ko,en, equal languages and malformed pairs are usage errors, never a silent fallback.
for pair in ko,en en,en EN-us,en-GB en 'e1,ko' ',ko' en,ko,de; do
  $KOBI align --presplit --lang "$pair" align/doc.en align/doc.ko 2>&1 >/dev/null | head -1
  echo "--lang $pair: exit ${PIPESTATUS[0]}"
done
# Case and region subtags do not matter: EN-US,ko-KR is en,ko.
$KOBI align --presplit align/doc.en align/doc.ko > "${TMPDIR:-/tmp}/kobi-lang-$$.a"
$KOBI align --presplit --lang EN-US,ko-KR align/doc.en align/doc.ko | cmp - "${TMPDIR:-/tmp}/kobi-lang-$$.a" && echo "EN-US,ko-KR = en,ko"
rm -f "${TMPDIR:-/tmp}/kobi-lang-$$.a"
