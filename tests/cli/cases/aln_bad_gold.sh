# A malformed gold file: one-line error naming file and line, exit 1.
$KOBI eval align align/bad.gold align/doc.gold
