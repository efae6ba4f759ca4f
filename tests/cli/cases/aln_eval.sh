# kobi eval align: the aligner's beads against the hand-made gold (stdin as TEST).
$KOBI align --presplit align/doc.en align/doc.ko | $KOBI eval align align/doc.gold -
