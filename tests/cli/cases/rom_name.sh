# --name: popular surnames, strict forms, unhyphenated given names, MR names.
"$KOBI" romanize --name rom/names.txt
"$KOBI" romanize --name --strict rom/names.txt
"$KOBI" romanize --name --no-name-hyphen rom/names.txt
"$KOBI" romanize --name --strict --system mr rom/names.txt
