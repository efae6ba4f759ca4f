# --key: romanization keys; spellings of one name share a key, different people do not.
"$KOBI" romanize --key rom/latin_names.txt
