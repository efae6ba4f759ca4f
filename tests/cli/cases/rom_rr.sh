# kobi romanize (RR, the default): sentences with sound rules, pass-through of non-Hangul,
# blank line kept, compatibility jamo.
"$KOBI" romanize rom/sentences.txt
