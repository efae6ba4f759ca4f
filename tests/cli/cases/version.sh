"$KOBI" version | head -1 | cut -d' ' -f1
