"$KOBI" normalize --fold-width --unify-quotes tok/width.txt
