# An empty Korean side: every English line is unaligned, with a warning on stderr.
$KOBI align --presplit align/doc.en align/empty.ko
