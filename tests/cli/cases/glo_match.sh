# kobi glossary match: JSON lines with byte spans, English and Korean lines, auto language.
printf '%s\n' "Kim Jong-un's visit to the U.S. and P'yŏngyang" "김정은은 시진핑 주석과 국빈방문" "" \
  | $KOBI glossary match --glossary glossary/sample.tsv
