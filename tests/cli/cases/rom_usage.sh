# --strict without --name, and an unknown system, are usage errors (exit 2).
"$KOBI" romanize --strict rom/names.txt
