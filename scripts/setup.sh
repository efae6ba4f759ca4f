#!/usr/bin/env bash
# Installs kobi's build and test dependencies from Debian 12 packages. Idempotent: does nothing
# when everything is already installed. Needs root (or sudo) only when something is missing.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libboost-locale-dev libsentencepiece-dev
  libcli11-dev nlohmann-json3-dev zlib1g-dev libzstd-dev liblzma-dev libbz2-dev libexpat1-dev libxxhash-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  time  # /usr/bin/time -v: peak memory in bench/align_long_bench.sh, bench/docalign_bench.sh
  python3  # eval_docalign.sh, bench/docalign_bench.sh (/usr/bin/python3)
  pybind11-dev python3-pybind11 python3-dev python3-pytest python3-venv python3-setuptools
  python3-wheel python3-pip
  clang libclang-rt-14-dev  # scripts/fuzz.sh: libFuzzer with ASan+UBSan
  chromium fonts-noto-cjk  # kobi review pages in headless Chromium (ctest label browser), Hangul glyphs
  python3-distributed  # kobi.dask: corpus build on a Dask cluster (docs/distributed.md)
  locales  # de_DE.UTF-8 below: tests/corpora/locale_test.cc (output must not follow the locale)
  clang-format  # scripts/check_format.sh
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup: all dependencies present"
else
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# A comma-decimal locale for the locale-independence test (it skips when the locale is absent).
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf-\?8'; then
  echo "setup: generating locale de_DE.UTF-8"
  "${sudo_cmd[@]}" localedef -i de_DE -f UTF-8 de_DE.UTF-8
fi
