"$KOBI" romanize --system yale rom/names.txt
