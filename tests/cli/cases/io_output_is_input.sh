# Generated over every command that takes -o: naming an input as the output (directly, or by
# appending stdout onto it; for normalize also as ./x, through a symlink and a hard link) is
# refused with exit 1 and the input is left byte for byte as it was. The list is checked against
# the sources, so a new command with -o must be added here.
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
"$KOBI" spm train --input corpora/pairs.tsv --model-prefix "$T/m" --vocab-size 340 2>/dev/null
cp corpora/pairs.tsv "$T/pairs.tsv"
cp align/doc.en "$T/doc.en"; cp align/doc.ko "$T/doc.ko"
cp glossary/sample.tsv "$T/gloss.tsv"
cp docalign/crawl.jsonl "$T/crawl.jsonl"
printf 'Mr. Kim arrived.\n김정은 위원장\n' > "$T/text.txt"
# name | input | command line with @IN for the input and @OUT for the output
cases=(
  "normalize|text.txt|normalize @IN -o @OUT"
  "tokenize|text.txt|tokenize --lang en @IN -o @OUT"
  "detokenize|text.txt|detokenize --lang en @IN -o @OUT"
  "split|text.txt|split --lang en @IN -o @OUT"
  "romanize|text.txt|romanize @IN -o @OUT"
  "segment|text.txt|segment @IN -o @OUT"
  "glossary|gloss.tsv|glossary convert @IN --to tsv -o @OUT"
  "convert|pairs.tsv|convert @IN --to tsv -o @OUT"
  "clean|pairs.tsv|clean @IN -o @OUT"
  "dedup|pairs.tsv|dedup @IN -o @OUT"
  "lexicon|pairs.tsv|lexicon train @IN -o @OUT"
  "check|text.txt|check romanization @IN -o @OUT"
  "docalign|crawl.jsonl|docalign @IN $T/crawl.jsonl -o @OUT"
  "spm|text.txt|spm encode --model $T/m.model @IN -o @OUT"
  "spm|text.txt|spm decode --model $T/m.model @IN -o @OUT"
  "align|doc.en|align --presplit @IN $T/doc.ko -o @OUT"
  "align|doc.ko|align --presplit $T/doc.en @IN -f moses -o @PREFIX"
)
covered=" corpus review "   # corpus build and review -o name a folder; see corp_corpus_build, rev_corpus
for c in "${cases[@]}"; do
  IFS='|' read -r name input cmdline <<<"$c"
  covered+="$name "
  in="$T/$input"
  cp "$in" "$T/before"
  ln -sf "$in" "$T/link"; ln -f "$in" "$T/hard"
  outs=("$in" stdout)
  [[ $name == normalize ]] && outs+=("$T/./$input" "$T/link" "$T/hard")
  [[ $cmdline == *@PREFIX ]] && outs=("$in")
  for out in "${outs[@]}"; do
    args="${cmdline//@IN/$in}"
    args="${args//@PREFIX/${in%.ko}}"
    if [[ $out == stdout ]]; then
      args="${args// -o @OUT/}"
      $KOBI $args >>"$in" 2>"$T/err"
    else
      args="${args//@OUT/$out}"
      $KOBI $args 2>"$T/err"
    fi
    rc=$?
    grep -q "is the same file as input" "$T/err" || { echo "$args: no message:"; cat "$T/err"; }
    cmp -s "$in" "$T/before" || echo "$args: input changed"
    [[ $rc == 1 ]] || echo "$args: exit $rc"
  done
  shown="${cmdline//$T\//}"
  echo "${shown//@/}: refused ${#outs[@]} way(s), input intact"
done
ls -A "$T" | grep kobi-tmp && echo "temporary files left"
for src in ../../cli/*_command.cc; do
  grep -q '"-o,--output"' "$src" || continue
  name="$(basename "$src" _command.cc)"
  [[ "$covered" == *" $name "* ]] || echo "not covered: $name takes -o"
done
