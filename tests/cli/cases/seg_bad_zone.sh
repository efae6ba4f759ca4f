# An unknown zone name in --only is a usage error (exit 2).
$KOBI segment --only body,masthead ../../samples/herald_en.txt
