#!/usr/bin/env bash
# Moves the library modules under kobi/ (kobi/core, kobi/tokenize, …) and rewrites includes and
# source paths to match, so that installed headers live at <prefix>/include/kobi/<module>/ and a
# consumer writes #include <kobi/align/aligner.h>. Idempotent: run it again after a merge that
# brought new files into the old top-level folders or new #include "core/…" lines.
#
#   scripts/kobi_prefix.sh          # then review `git status` and commit
#
# 1. git mv every tracked file under core/ tokenize/ romanize/ glossary/ align/ corpora/ to kobi/.
# 2. #include "core/…" → #include "kobi/core/…" (also the escaped form in generator .cmake) in
#    every tracked C++ source, header, .in and .cmake file.
# 3. Source paths in prose (docs/*.md, README.md, scripts, module comments and generators):
#    `core/span.h`, glossary/data/*.tsv → kobi/core/span.h, kobi/glossary/data/*.tsv. Paths under
#    tests/ (tests/data/glossary/… is not a module folder) are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
modules='core|tokenize|romanize|glossary|align|corpora'

for m in ${modules//|/ }; do
  git ls-files -z -- "$m" | while IFS= read -r -d '' f; do
    mkdir -p "kobi/$(dirname "$f")"
    git mv -k "$f" "kobi/$f"
  done
  [[ -d "$m" ]] && find "$m" -depth -type d -empty -delete
done

# Step 2: includes.
git ls-files -z -- '*.h' '*.cc' '*.in' '*.cmake' |
  xargs -0 -r sed -i -E "s@(#include \\\\?\")($modules)/@\\1kobi/\\2/@g"

# Step 3: paths with a file name (something.ext) in prose, comments and generators.
path_re="(^|[^A-Za-z0-9_./:-])($modules)/([A-Za-z0-9_.*/-]*\\.[a-z]+)"
git ls-files -z -- 'docs/*.md' README.md 'scripts/*.sh' 'kobi/*.py' 'kobi/*.cmake' 'kobi/*.in' \
    ':!scripts/kobi_prefix.sh' | xargs -0 -r sed -i -E "s@$path_re@\\1kobi/\\2/\\3@g"
git ls-files -z -- 'kobi/*.h' 'kobi/*.cc' | xargs -0 -r sed -i -E "/^ *\\/\\//s@$path_re@\\1kobi/\\2/\\3@g"
echo "kobi_prefix: done; review with git status / git diff --stat"
