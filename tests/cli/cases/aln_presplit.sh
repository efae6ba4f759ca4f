# Presplit alignment of a small EN/KO document pair: beads with scores.
$KOBI align --presplit align/doc.en align/doc.ko
