# Every outlet-style fixture page, text format.
for f in pages/*.txt; do
  echo "# $f"
  $KOBI segment -f text "$f"
done
