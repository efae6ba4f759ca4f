#!/usr/bin/env bash
# Checks that every C++ source and header the repository tracks is clang-format clean
# (.clang-format at the top; scripts/setup.sh installs Debian's clang-format 14, the version
# the tree is formatted with). Usage: scripts/check_format.sh [--fix] [CLANG_FORMAT]
#   --fix   rewrite the files in place instead of checking them
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(--dry-run --Werror)
if [[ "${1:-}" == "--fix" ]]; then mode=(-i); shift; fi
clang_format="${1:-clang-format}"
mapfile -t files < <(git ls-files '*.cc' '*.h' | grep -v '^fuzz/corpus/')
(( ${#files[@]} )) || { echo "check_format: no files (not a git checkout?)" >&2; exit 1; }
"$clang_format" "${mode[@]}" "${files[@]}"
if [[ "${mode[0]}" == -i ]]; then echo "check_format: ${#files[@]} files formatted"
else echo "check_format: ${#files[@]} files clean"; fi
