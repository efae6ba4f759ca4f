# kobi segment on the bundled English sample page, JSON lines.
$KOBI segment ../../samples/herald_en.txt
