#!/usr/bin/env bash
# Document alignment on the development set: precision and recall of `kobi docalign` and of the
# issue's crude baseline (shared digit strings x length ratio, greedy one-to-one), measured in
# the same run, on the whole set and on its two halves (see scripts/eval_docalign.py).
#
# Usage: scripts/eval_docalign.sh SHARED_DIR [KOBI_BINARY] [extra `kobi docalign` flags...]
#   SHARED_DIR   the shared data folder (with eval/docalign-dev/)
#   KOBI_BINARY  default: build/kobi
set -euo pipefail
shared="${1:?usage: scripts/eval_docalign.sh SHARED_DIR [KOBI_BINARY] [docalign flags...]}"
kobi="${2:-build/kobi}"
shift $(( $# >= 2 ? 2 : 1 ))
[[ -d "$shared/eval/docalign-dev" ]] || { echo "eval_docalign.sh: no $shared/eval/docalign-dev" >&2; exit 1; }
exec /usr/bin/python3 "$(dirname "$0")/eval_docalign.py" "$shared" "$kobi" "$@"
