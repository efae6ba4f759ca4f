#!/usr/bin/env bash
# Times `kobi tokenize --lang en` against Moses tokenizer.perl on the same file, single thread,
# and reports MB/s and the speed ratio. Also times `kobi split`.
# Usage: bench/run_tokenize_bench.sh TEXT_FILE [MOSES_TOKENIZER_PERL] [KOBI_BINARY]
#   TEXT_FILE                 English text, one paragraph or sentence a line
#   MOSES_TOKENIZER_PERL      path to mosesdecoder/scripts/tokenizer/tokenizer.perl (optional)
#   KOBI_BINARY               default build/kobi
# The text is repeated until it is at least 20 MB so that start-up time does not dominate.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 TEXT_FILE [MOSES_TOKENIZER_PERL] [KOBI_BINARY]" >&2
  exit 2
fi
text="$1"
moses="${2:-}"
kobi="${3:-$(dirname "$0")/../build/kobi}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/in.txt"
while [[ $(stat -c %s "$tmp/in.txt") -lt 20000000 ]]; do cat "$text" >>"$tmp/in.txt"; done
bytes=$(stat -c %s "$tmp/in.txt")
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
mbps() { printf "%.1f" "$(echo "$bytes / 1000000 / $1" | bc -l)"; }
t_kobi=$(seconds "$kobi" tokenize --lang en "$tmp/in.txt")
t_split=$(seconds "$kobi" split --lang en "$tmp/in.txt")
printf 'input: %s (%.1f MB)\n' "$text" "$(echo "$bytes / 1000000" | bc -l)"
printf '  %-36s %8s MB/s\n' "kobi tokenize --lang en" "$(mbps "$t_kobi")"
printf '  %-36s %8s MB/s\n' "kobi split --lang en" "$(mbps "$t_split")"
if [[ -n "$moses" && -f "$moses" ]]; then
  t_moses=$(seconds perl "$moses" -q -l en -threads 1 <"$tmp/in.txt")
  printf '  %-36s %8s MB/s\n' "Moses tokenizer.perl -l en" "$(mbps "$t_moses")"
  printf "  kobi tokenize is x%.1f the speed of Moses\n" "$(echo "$t_moses / $t_kobi" | bc -l)"
  # Agreement on the original lines (trailing whitespace ignored).
  perl "$moses" -q -l en <"$text" 2>/dev/null | sed 's/ *$//' >"$tmp/moses.tok"
  "$kobi" tokenize --lang en --no-nfc "$text" >"$tmp/kobi.tok"
  total=$(wc -l <"$tmp/kobi.tok")
  same=$(paste -d '\n' "$tmp/moses.tok" "$tmp/kobi.tok" | awk 'NR%2==1{a=$0;next}{if(a==$0)s++}END{print s+0}')
  printf '  agreement with Moses: %s/%s lines identical\n' "$same" "$total"
fi
