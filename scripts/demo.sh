#!/usr/bin/env bash
# The main job on the bundled sample: installs dependencies, builds, then turns the sample
# English page and its Korean counterpart (samples/herald_en.txt, samples/herald_ko.txt) into
# labelled segments and aligned sentence pairs. Outputs land in out/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build
kobi=build/kobi
mkdir -p out/demo
echo "== 1. segment: zones of the English page (headline, byline, dateline, body, credit, boilerplate)"
"$kobi" segment samples/herald_en.txt --format text | tee out/demo/herald_en.segments.txt | head -12
echo "..."
echo
echo "== 2. align: English body sentences paired with their Korean counterparts (en<TAB>ko<TAB>score)"
"$kobi" align samples/herald_en.txt samples/herald_ko.txt --format tsv | tee out/demo/herald.pairs.tsv
"$kobi" align samples/herald_en.txt samples/herald_ko.txt --format html -o out/demo/herald.html
echo
echo "== 3. check: inconsistent romanizations in the English page"
"$kobi" check romanization samples/herald_en.txt || true
echo
echo "wrote out/demo/herald_en.segments.txt, out/demo/herald.pairs.tsv, out/demo/herald.html"
