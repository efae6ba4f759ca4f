# Raw pages: zones are segmented, only headline/body pair up; tsv output.
$KOBI align align/page_en.txt align/page_ko.txt --format tsv
