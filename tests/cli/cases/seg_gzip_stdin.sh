# gzip input is read transparently, also on stdin.
gzip -c pages/yonhap_ko.txt | $KOBI segment --only dateline,credit -
