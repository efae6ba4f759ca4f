#!/usr/bin/env bash
# Runs every fuzz target under libFuzzer for a bounded time (default 15 s each, 7 targets: under
# 2 minutes plus the build). The libraries are instrumented too (-fsanitize=fuzzer-no-link), with
# ASan+UBSan. Each target starts from its seed corpus (fuzz/corpus/<target>/) plus the test
# fixtures (tests/data/), copied to a scratch folder so the repository is not modified.
# Skips (exit 0, with a note) when clang or libFuzzer is not installed.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
build_dir="${2:-build-fuzz}"
if ! command -v clang++ >/dev/null ||
   ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
     clang++ -x c++ -fsanitize=fuzzer -o /dev/null - 2>/dev/null; then
  echo "fuzz.sh: clang++ with libFuzzer not available; skipping" >&2
  exit 0
fi
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DKOBI_LIBFUZZER=ON -DKOBI_SANITIZE=ON -DKOBI_WERROR=ON \
  -DKOBI_BUILD_TESTS=OFF -DKOBI_BUILD_BENCH=OFF >/dev/null
targets=(fuzz_utf8 fuzz_segment fuzz_romanize fuzz_tokenize fuzz_corpora fuzz_glossary fuzz_align)
cmake --build "$build_dir" -j "${KOBI_JOBS:-$(nproc)}" --target "${targets[@]}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for t in "${targets[@]}"; do
  mkdir -p "$scratch/$t"
  cp fuzz/corpus/"$t"/* "$scratch/$t/"
  # Grow the seeds from the fixtures: every small test data file is a seed for every target.
  find tests/data -type f -size -64k -exec cp -t "$scratch/$t/" {} + 2>/dev/null || true
  echo "== $t: $(ls "$scratch/$t" | wc -l) seeds, ${seconds}s"
  rc=0
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build_dir/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -print_final_stats=1 "$scratch/$t" >"$scratch/$t.log" 2>&1 || rc=$?
  grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$scratch/$t.log" || true
  if [[ $rc -ne 0 ]]; then
    tail -40 "$scratch/$t.log" >&2
    echo "fuzz.sh: $t failed (exit $rc)" >&2
    exit 1
  fi
done
