# Invalid UTF-8: one-line error naming file and line, exit 1 (lines before it are written).
"$KOBI" romanize rom/bad_utf8.txt
