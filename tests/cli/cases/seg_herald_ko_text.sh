# kobi segment on the bundled Korean sample page, text format.
$KOBI segment --format text ../../samples/herald_ko.txt
