# One command line: --version, an unknown command answered in one line with the closest name,
# usage errors answered with the short usage (not the whole help), -f/--format and -o.
"$KOBI" --version
"$KOBI" alin 2>&1; echo "exit $?"
"$KOBI" spm trian 2>&1; echo "exit $?"
"$KOBI" tokenize --no-such-flag 2>&1; echo "exit $?"
"$KOBI" clean --min-adequacy 7 2>&1 | wc -l
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
"$KOBI" convert corpora/pairs.tsv -f jsonl -o "$T/new/folder/p.jsonl" && "$KOBI" convert "$T/new/folder/p.jsonl" --to tsv --header | cmp - corpora/pairs.tsv && echo "convert -f, --to, folder created"
"$KOBI" glossary lookup 'kim jong un' -f jsonl -o "$T/g/lookup.jsonl" && wc -l < "$T/g/lookup.jsonl"
"$KOBI" check romanization glossary/check_en.txt -f jsonl -o "$T/c/out.jsonl" && test -s "$T/c/out.jsonl" && echo "check -o ok"
"$KOBI" tokenize --help | grep -e '--threads'
