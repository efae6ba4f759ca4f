#!/usr/bin/env bash
# Speed, memory and accuracy of `kobi align --presplit` on long documents, optionally side by
# side with hunalign measured in the same run on the same input.
#
# Usage: bench/align_bench.sh SHARED_DIR [KOBI_BINARY] [HUNALIGN_BINARY]
#   SHARED_DIR       folder with eval/align-dev/ (documents are concatenated, with their gold,
#                    until each side has 5,000 and 20,000 segments)
#   KOBI_BINARY      default build/kobi
#   HUNALIGN_BINARY  optional: a hunalign binary you built yourself (run with an empty
#                    dictionary; its ladder output is converted to beads for scoring)
# Prints one row per size and tool: segments per side, wall seconds, user+sys seconds, peak RSS
# (MB, /usr/bin/time -v or bash's getrusage fallback), input MB/s, strict and lax F1.
set -euo pipefail
shared="${1:?usage: bench/align_bench.sh SHARED_DIR [KOBI] [HUNALIGN]}"
kobi="${2:-build/kobi}"
hunalign="${3:-}"
dev="$shared/eval/align-dev"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Absolute paths, then run from the scratch folder (hunalign writes translate.txt into the
# current directory).
shared="$(realpath "$shared")"; kobi="$(realpath "$kobi")"
[[ -n "${hunalign:-}" ]] && hunalign="$(realpath "$hunalign")"
cd "$work"
dev="$shared/eval/align-dev"

# Concatenates dev documents (ntrex then flores, repeated) until both sides reach $1 segments.
make_input() {
  local target="$1" out="$work/cat$1"
  : >"$out.en"; : >"$out.ko"; : >"$out.gold"
  local ne=0 nk=0
  while (( ne < target || nk < target )); do
    for set in ntrex flores; do
      while read -r doc; do
        (( ne >= target && nk >= target )) && break 2
        local d="$dev/$set/$doc"
        awk -v oe="$ne" -v ok="$nk" -F: '{
          for (side = 1; side <= 2; side++) {
            s = $side; gsub(/[][ ]/, "", s); n = split(s, a, ","); r = "";
            for (i = 1; i <= n; i++) if (a[i] != "") r = r (r == "" ? "" : ",") (a[i] + (side == 1 ? oe : ok));
            out[side] = "[" r "]";
          }
          print out[1] ":" out[2] }' "$d.gold" >>"$out.gold"
        cat "$d.en" >>"$out.en"; cat "$d.ko" >>"$out.ko"
        ne=$(wc -l <"$out.en"); nk=$(wc -l <"$out.ko")
      done <"$dev/$set/index.txt"
    done
  done
}

# ladder (i<TAB>j<TAB>score rungs) -> beads
ladder_to_beads() {
  awk 'NR > 1 { r = "["; for (i = pi; i < $1; i++) r = r (i > pi ? "," : "") i; r = r "]:[";
                for (j = pj; j < $2; j++) r = r (j > pj ? "," : "") j; r = r "]";
                if ($1 > pi || $2 > pj) print r }
       { pi = $1; pj = $2 }' "$1"
}

measure() {  # label, output file, command...
  local label="$1" out="$2"; shift 2
  local t="$work/time.txt" start end
  start=$(date +%s.%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v "$@" >"$out" 2>"$t"
    rss=$(awk -F: '/Maximum resident/ {print $2 / 1024}' "$t")
    cpu=$(awk -F: '/User time|System time/ {s += $2} END {print s}' "$t")
  else
    "$@" >"$out" 2>"$t"; rss=NA; cpu=NA
  fi
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
}

printf '%-10s %-9s %7s %8s %8s %8s %8s %9s %7s\n' tool segments en/ko wall_s cpu_s rss_MB 'MB/s' F1_strict F1_lax
for n in 5000 20000; do
  make_input "$n"
  in="$work/cat$n"
  bytes=$(( $(wc -c <"$in.en") + $(wc -c <"$in.ko") ))
  sizes="$(wc -l <"$in.en")/$(wc -l <"$in.ko")"
  measure kobi "$work/kobi$n.beads" "$kobi" align --presplit "$in.en" "$in.ko"
  f=$("$kobi" eval align "$in.gold" "$work/kobi$n.beads" | tail -n 1 | awk '{print $4, $7}')
  printf '%-10s %-9s %7s %8.2f %8.2f %8.1f %8.2f %9s %7s\n' kobi "$n" "$sizes" "$wall" "$cpu" "$rss" \
    "$(echo "$bytes / 1048576 / $wall" | bc -l)" $f
  if [[ -n "$hunalign" ]]; then
    : >"$work/null.dic"
    measure hunalign "$work/h$n.ladder" "$hunalign" "$work/null.dic" "$in.en" "$in.ko"
    ladder_to_beads "$work/h$n.ladder" >"$work/h$n.beads"
    f=$("$kobi" eval align "$in.gold" "$work/h$n.beads" | tail -n 1 | awk '{print $4, $7}')
    printf '%-10s %-9s %7s %8.2f %8.2f %8.1f %8.2f %9s %7s\n' hunalign "$n" "$sizes" "$wall" "$cpu" \
      "$rss" "$(echo "$bytes / 1048576 / $wall" | bc -l)" $f
  fi
done

# Accuracy side by side on the development sets (presplit). hunalign is run with two input
# preparations: "raw" (the segments as given, no dictionary) and "tok+lc" (tokenized with
# `kobi tokenize --no-escape` and lower-cased, as hunalign's users prepare its input; -utf so
# that lengths are counted in characters), without a dictionary and, when SHARED_DIR has it,
# with the MUSE en-ko dictionary (data/lexicon/muse_koen_hunalign/en-ko.dict, ko @ en lines).
if [[ -n "$hunalign" ]]; then
  printf '\n%-22s %-8s %9s %9s %9s\n' tool set P_strict R_strict F1_strict
  : >"$work/null.dic"
  muse="$shared/data/lexicon/muse_koen_hunalign/en-ko.dict"
  preps=(raw tok+lc)
  [[ -f "$muse" ]] && preps+=(tok+lc+dic)
  for set in ntrex flores; do
    : >"$work/k.list"
    for p in "${preps[@]}"; do : >"$work/h.$p.list"; done
    while read -r doc; do
      d="$dev/$set/$doc"
      "$kobi" align --presplit "$d.en" "$d.ko" -o "$work/$doc.k.beads" 2>/dev/null
      printf '%s\t%s\n' "$d.gold" "$work/$doc.k.beads" >>"$work/k.list"
      "$kobi" tokenize --lang en --no-escape "$d.en" | LC_ALL=C tr 'A-Z' 'a-z' >"$work/$doc.tok.en"
      "$kobi" tokenize --lang ko --no-escape "$d.ko" | LC_ALL=C tr 'A-Z' 'a-z' >"$work/$doc.tok.ko"
      for p in "${preps[@]}"; do
        case "$p" in
          raw) args=("$work/null.dic" "$d.en" "$d.ko") ;;
          tok+lc) args=(-utf "$work/null.dic" "$work/$doc.tok.en" "$work/$doc.tok.ko") ;;
          tok+lc+dic) args=(-utf "$muse" "$work/$doc.tok.en" "$work/$doc.tok.ko") ;;
        esac
        "$hunalign" "${args[@]}" 2>/dev/null >"$work/$doc.$p.ladder"
        ladder_to_beads "$work/$doc.$p.ladder" >"$work/$doc.$p.h.beads"
        printf '%s\t%s\n' "$d.gold" "$work/$doc.$p.h.beads" >>"$work/h.$p.list"
      done
    done <"$dev/$set/index.txt"
    "$kobi" eval align --list "$work/k.list" | tail -n 1 | awk -v s="$set" \
      '{printf "%-22s %-8s %9s %9s %9s\n", "kobi (per document)", s, $2, $3, $4}'
    for p in "${preps[@]}"; do
      "$kobi" eval align --list "$work/h.$p.list" | tail -n 1 | awk -v t="hunalign $p" -v s="$set" \
        '{printf "%-22s %-8s %9s %9s %9s\n", t, s, $2, $3, $4}'
    done
  done
  tb="$shared/data/parallel/textberg"
  if [[ -f "$tb/dev.de" ]]; then
    "$kobi" align --presplit --lang de,fr "$tb/dev.de" "$tb/dev.fr" -o "$work/tb.k.beads" 2>/dev/null
    "$hunalign" "$work/null.dic" "$tb/dev.de" "$tb/dev.fr" 2>/dev/null >"$work/tb.ladder"
    ladder_to_beads "$work/tb.ladder" >"$work/tb.h.beads"
    for tool in kobi hunalign; do
      f="$work/tb.k.beads"; [[ $tool == hunalign ]] && f="$work/tb.h.beads"
      "$kobi" eval align "$tb/dev.defr" "$f" | tail -n 1 | awk -v t="$tool" \
        '{printf "%-22s %-8s %9s %9s %9s\n", t, "textberg", $2, $3, $4}'
    done
  fi
fi
