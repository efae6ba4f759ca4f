#!/usr/bin/env bash
# Measures a clean build: configures BUILD_DIR (default /tmp/kobi-build-time, emptied first) as
# CI does (Release, the Python module on), builds the `all` target at -j JOBS (default 2) with
# the compiler cache off, and prints CPU seconds (user+sys, the figure to compare on a shared
# machine) and wall seconds, then the slowest objects from .ninja_log. Extra arguments go to
# cmake (e.g. -DKOBI_UNITY_BUILD=OFF for the unbatched build). Each compile runs under
# /usr/bin/time (the compiler launcher), so compile CPU seconds are also printed per module
# (its sources, internal/ and generated ones, and its unity batches under one name).
# Usage: scripts/build_time.sh [BUILD_DIR] [cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-/tmp/kobi-build-time}"
shift || true
command -v ninja >/dev/null || { echo "build_time.sh: needs ninja" >&2; exit 2; }
rm -rf "$build_dir"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKOBI_BUILD_PYTHON=ON \
  "-DCMAKE_CXX_COMPILER_LAUNCHER=/usr/bin/time;-a;-o;$build_dir/compile_cpu.txt;-f;%U %S %C" \
  "$@" >/dev/null
CCACHE_DISABLE=1 /usr/bin/time -f '%e s wall %U+%S s cpu' -o "$build_dir/time.txt" \
  cmake --build "$build_dir" -j "${JOBS:-2}" >"$build_dir/build.log" 2>&1 ||
  { tail -30 "$build_dir/build.log" >&2; exit 1; }
echo "clean build, -j ${JOBS:-2}: $(cat "$build_dir/time.txt")"
awk '{ split($0, f, " s wall "); split(f[2], c, "[+ ]")
       printf "cpu total: %.0f s\n", c[1] + c[2] }' "$build_dir/time.txt"
echo "compile cpu s per module:"
awk -v root="$PWD/" -v bdir="$(cd "$build_dir" && pwd)/" '{ src = ""; for (i = 3; i < NF; ++i) if ($i == "-c") src = $(i + 1)
       if (src == "") next
       if (index(src, bdir) == 1) src = substr(src, length(bdir) + 1)
       else if (index(src, root) == 1) src = substr(src, length(root) + 1)
       dir = src; if (!sub(/\/CMakeFiles\/.*$/, "", dir)) sub(/\/[^\/]*$/, "", dir)
       # One line a module: kobi/core/internal/x.cc, a batch of core/ and core/generated count
       # as core; python/src as python; tests/<module> stays apart from the module.
       sub(/^kobi\//, "", dir); n = split(dir, part, "/")
       dir = (part[1] == "tests" && n > 1) ? part[1] "/" part[2] : part[1]
       cpu[dir] += $1 + $2; all += $1 + $2 }
     END { for (d in cpu) printf "%8.1f %s\n", cpu[d], d
           printf "%8.1f (all compiles; the rest of the cpu total is mostly linking)\n", all
     }' "$build_dir/compile_cpu.txt" |
  sort -rn
echo "slowest steps (wall s):"
awk 'NR > 1 { printf "%8.1f %s\n", ($2 - $1) / 1000, $4 }' "$build_dir/.ninja_log" |
  sort -rn | awk -v n="${TOP:-15}" 'NR <= n'  # reads all: no SIGPIPE under pipefail
