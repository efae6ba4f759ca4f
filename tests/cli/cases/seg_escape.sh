# Text format escapes tabs and backslashes; JSON escapes quotes and control characters.
printf 'Officials said the plan\twas "final" \\\\ today.\n' | $KOBI segment -f text -
printf 'Officials said the plan\twas "final" \\\\ today.\n' | $KOBI segment -
