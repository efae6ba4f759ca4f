#!/usr/bin/env bash
# Raw `kobi align` of one very long line against one very long line (issue #17, point 12):
# time and peak memory for two synthetic shapes of MB megabytes a side, built here from a few
# words (no corpus text): "no-ends" has no sentence end on either side (one segment a side,
# warned as not split), "sentences" has sentences of 12 words on both sides (tens of
# thousands of segments, all on the one line).
#
# Usage: bench/align_one_line_bench.sh [KOBI] [MB]      (defaults: build/kobi, 10)
# Prints: shape, segments (bytes) per side, wall s, peak RSS MB (/usr/bin/time).
set -euo pipefail
kobi="$(realpath "${1:-build/kobi}")"
mb="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work" "$mb" <<'PY'
import random, sys
work, mb = sys.argv[1], int(sys.argv[2])
en = "the government said on Monday that prices rose in Seoul and Busan by 3.5% after talks".split()
ko = "정부는 월요일 가격이 서울과 부산에서 3.5% 회담 이후 경제 대통령".split()
def line(words, sentence_end, cap, seed):
    rnd = random.Random(seed)
    out, size = [], 0
    while size < mb * 1_000_000:
        s = [rnd.choice(words) for _ in range(12)]
        if cap: s[0] = s[0].capitalize()
        s = " ".join(s) + sentence_end
        out.append(s)
        size += len(s.encode()) + 1
    return " ".join(out) + "\n"
for shape, en_end, ko_end, cap in (("no-ends", "", "", False),
                                   ("sentences", ".", " 밝혔다.", True)):
    open(f"{work}/{shape}.en", "w").write(line(en, en_end, cap, 1))
    open(f"{work}/{shape}.ko", "w").write(line(ko, ko_end, False, 2))
PY
for shape in no-ends sentences; do
  /usr/bin/time -f "%e %M" -o "$work/time" "$kobi" align -j 1 "$work/$shape.en" "$work/$shape.ko" \
    -f beads > "$work/$shape.beads" 2> "$work/$shape.err"
  read -r wall rss < "$work/time"
  printf '%-10s %6s MB a side  beads %-7s wall %6.1f s  peak %5d MB\n' "$shape" "$mb" \
    "$(wc -l < "$work/$shape.beads")" "$wall" "$((rss / 1024))"
  sed 's/^/    /' "$work/$shape.err"
done
