# Reversible mode: the tokens, then proof that detokenize restores every fixture byte for byte.
"$KOBI" tokenize --reversible tok/spacing.txt
for f in tok/en_news.txt tok/ko_news.txt tok/spacing.txt tok/width.txt; do
  if "$KOBI" tokenize --reversible --split-particles "$f" | "$KOBI" detokenize --reversible | cmp -s - "$f"; then
    echo "identical: $f"
  else
    echo "DIFFERENT: $f"
  fi
done
