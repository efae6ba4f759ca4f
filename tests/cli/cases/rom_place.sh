# --place: administrative units, numbers with readings, nouns keep ㅎ; --omit-unit.
"$KOBI" romanize --place rom/places.txt
"$KOBI" romanize --place --omit-unit rom/places.txt
