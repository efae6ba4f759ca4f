#!/usr/bin/env bash
# Installs dependencies, builds, and runs every test: the unit and CLI golden tests on the
# release build, then the same suite under ASan+UBSan (build-asan/), plus the fuzz replays.
# The release pass also installs the package to a temporary prefix and builds consumers with
# find_package(kobi) and pkg-config (ctest label `package`) and runs the pytest suite of the
# Python module (label `python`) and drives the review pages in headless Chromium (label
# `browser`, tests/review/browser_test.py); the sanitizer pass skips all three (an ASan-built extension
# cannot be loaded by a plain python3, and consumers would need the sanitizer runtime).
# Set KOBI_SKIP_SANITIZE=1 to skip the sanitizer pass during development, KOBI_SKIP_FUZZ=1 the
# bounded libFuzzer run (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Warnings are errors in the g++ release build here and in the clang build of scripts/fuzz.sh.
scripts/build.sh build -DKOBI_BUILD_PYTHON=ON -DKOBI_WERROR=ON
# Every public header compiles on its own (VERIFY_INTERFACE_HEADER_SETS, cmake/KobiHelpers.cmake).
cmake --build build -j "${KOBI_JOBS:-$(nproc)}" --target all_verify_interface_header_sets
# Every tracked C++ file is clang-format clean (scripts/check_format.sh; --fix rewrites them).
scripts/check_format.sh
(cd build && ctest --output-on-failure -j "$(nproc)")
if [[ "${KOBI_SKIP_SANITIZE:-0}" != 1 ]]; then
  # Without unity batching (KOBI_UNITY_BUILD): a source that compiles only thanks to the includes
  # of its batch neighbours fails here.
  scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKOBI_SANITIZE=ON -DKOBI_BUILD_BENCH=OFF \
    -DKOBI_BUILD_PYTHON=OFF -DKOBI_UNITY_BUILD=OFF
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
     ctest --output-on-failure -j "$(nproc)")
fi
# libFuzzer, 15 s per target (7 targets), only where clang and libFuzzer exist (fuzz.sh checks).
if [[ "${KOBI_SKIP_FUZZ:-0}" != 1 ]]; then
  scripts/fuzz.sh 15 build-fuzz
fi
