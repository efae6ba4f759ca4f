# A page with no text prints nothing and says so on stderr.
printf '\n  \n\t\n' | $KOBI segment -
