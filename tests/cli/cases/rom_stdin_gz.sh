# stdin ("-") and transparent gzip input; one line out per line in.
printf '신라\n\n종로\n' | "$KOBI" romanize -
tmp="$(mktemp -d)"
printf '백마\n독도\n' | gzip > "$tmp/in.txt.gz"
"$KOBI" romanize "$tmp/in.txt.gz"
rm -rf "$tmp"
