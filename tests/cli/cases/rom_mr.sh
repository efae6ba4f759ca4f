# McCune-Reischauer with breves and apostrophes, and its ASCII form.
"$KOBI" romanize --system mr rom/sentences.txt
printf '평양\n부산\n한국\n청주\n' | "$KOBI" romanize --system mr
printf '평양\n부산\n한국\n청주\n' | "$KOBI" romanize --system mr-ascii
