# RR transliteration (§3.8) and the ambiguity hyphen of RR.
"$KOBI" romanize --system translit rom/sentences.txt
printf '물엿\n굳이\n없었습니다\n' | "$KOBI" romanize -s translit
printf '중앙\n반구대\n세운\n해운대\n' | "$KOBI" romanize --hyphen
