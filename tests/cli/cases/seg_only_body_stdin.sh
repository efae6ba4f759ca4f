# Body sentences only, page read from stdin, forced language.
$KOBI segment --only headline,body --format text --lang en - < pages/wire_en_oneline.txt
