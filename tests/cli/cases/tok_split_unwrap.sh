# kobi split --unwrap: hard-wrapped paragraphs joined, line-end hyphens undone ("Tues-day" ->
# "Tuesday", "well-known" kept), file byte offsets with the starting line; --keep-blank keeps the
# paragraph break.
"$KOBI" split --unwrap --lang en --offsets --keep-blank tok/wrapped_en.txt
echo '---'
printf '드디어 합격했다ㅠㅠ 너무\n기뻐요ㅋㅋ 다들 고마워요\n' | "$KOBI" split --unwrap --lang ko
