#!/usr/bin/env bash
# Checks that the files listed below are clang-format clean (.clang-format at the top). The list
# grows file by file as files are formatted: a mass reformat of the tree would collide with
# work in progress on other branches. Usage: scripts/check_format.sh [CLANG_FORMAT]
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format="${1:-clang-format}"
files=(
  kobi/core/korean.h
  kobi/core/numbers.cc
  kobi/core/numbers.h
  kobi/core/strings.cc
  kobi/core/strings.h
  tests/core/strings_test.cc
  tests/corpora/locale_test.cc
)
"$clang_format" --dry-run --Werror "${files[@]}"
echo "check_format: ${#files[@]} files clean"
