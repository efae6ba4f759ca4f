# A missing input file is an I/O error (exit 1).
$KOBI segment no_such_page.txt
