"$KOBI" tokenize --reversible --fold-width tok/width.txt
