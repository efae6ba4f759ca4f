# Invalid UTF-8 is an error naming the file and line (exit 1).
printf 'Fine first line.\nbad \xff byte\n' > "${TMPDIR:-/tmp}/kobi_seg_bad.txt"
$KOBI segment "${TMPDIR:-/tmp}/kobi_seg_bad.txt"
rc=$?
rm -f "${TMPDIR:-/tmp}/kobi_seg_bad.txt"
exit $rc
