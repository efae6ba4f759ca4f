#!/usr/bin/env bash
# Runs one CLI golden case: tests/cli/cases/NAME.sh is run with bash, with $KOBI pointing at the
# binary and the working directory at tests/data. Its stdout must equal NAME.out byte for byte
# and its exit code must equal NAME.code (0 when absent). When NAME.err exists, each of its lines
# must occur in stderr. KOBI_UPDATE_GOLDEN=1 rewrites NAME.out (and NAME.code) instead.
set -u
kobi="$1"
case_file="$2"
name="${case_file%.sh}"
data_dir="$(cd "$(dirname "$0")/../data" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$data_dir" && KOBI="$kobi" KOBI_NO_PROGRESS=1 LC_ALL=C bash "$case_file") \
  >"$tmp/out" 2>"$tmp/err"
code=$?
if [[ "${KOBI_UPDATE_GOLDEN:-0}" == 1 ]]; then
  cp "$tmp/out" "$name.out"
  if [[ $code -ne 0 ]]; then echo "$code" >"$name.code"; else rm -f "$name.code"; fi
  echo "updated $name"
  exit 0
fi
want_code=0
[[ -f "$name.code" ]] && want_code="$(cat "$name.code")"
fail=0
if [[ "$code" != "$want_code" ]]; then
  echo "exit code $code, expected $want_code"; fail=1
fi
if ! diff -u "$name.out" "$tmp/out"; then fail=1; fi
if [[ -f "$name.err" ]]; then
  while IFS= read -r want; do
    [[ -z "$want" ]] && continue
    if ! grep -qF -- "$want" "$tmp/err"; then echo "stderr lacks: $want"; fail=1; fi
  done <"$name.err"
fi
if [[ $fail -ne 0 ]]; then echo "--- stderr:"; cat "$tmp/err"; fi
exit $fail
