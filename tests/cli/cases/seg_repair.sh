# --repair replaces invalid UTF-8 with U+FFFD and counts it on stderr.
printf 'Officials said the plan was final.\nbad \xff byte in a second sentence here.\n' | $KOBI segment --repair -f text -
