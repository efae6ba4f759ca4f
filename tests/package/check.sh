#!/usr/bin/env bash
# Installs a kobi build tree into a temporary prefix and checks the package from outside:
#   - layout: bin/kobi runs; headers only under include/kobi/<module>/; no internal/ header is
#     installed or included by an installed header; every "kobi/..." include resolves;
#   - the consumer of docs/library.md (its CMakeLists.txt, consumer.cc and expected output are
#     extracted from the page) builds with find_package(kobi) and with pkg-config, and both
#     programs print the expected output.
# Usage: tests/package/check.sh BUILD_DIR [CXX]   (ctest label `package`)
set -euo pipefail
build=$(cd "$1" && pwd)
cxx=${2:-c++}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "package check: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/p" >/dev/null
p=$tmp/p

# Layout.
[[ "$(echo '김정은' | "$p/bin/kobi" romanize --name)" == "Kim Jeong-eun" ]] || fail "installed bin/kobi"
[[ "$(ls "$p/include")" == kobi ]] || fail "include/ holds more than kobi/: $(ls "$p/include")"
for m in core tokenize romanize glossary align corpora; do
  [[ -d $p/include/kobi/$m ]] || fail "include/kobi/$m missing"
done
[[ -z "$(find "$p/include" -path '*internal*')" ]] || fail "internal headers installed"
if grep -rn 'internal/' --include='*.h' "$p/include" | grep '#include'; then
  fail "an installed header includes an internal header"
fi
while read -r inc; do
  [[ -f "$p/include/$inc" ]] || fail "installed headers include $inc, which is not installed"
done < <(grep -rhoE '#include "kobi/[^"]+"' "$p/include" | sed -E 's/#include "(.*)"/\1/' | sort -u)
pc=$(find "$p" -name kobi.pc | head -1)
[[ -n $pc ]] || fail "kobi.pc not installed"
[[ -n "$(find "$p" -name kobiConfig.cmake)" && -n "$(find "$p" -name kobiConfigVersion.cmake)" ]] ||
  fail "kobiConfig.cmake / kobiConfigVersion.cmake not installed"

# The consumer of docs/library.md.
src=$tmp/src
mkdir -p "$src"
awk -v dir="$src" '
  /^<!-- file: .* -->$/ { name = $3; next }
  name != "" && /^```/ { if (inside) { inside = 0; name = "" } else { inside = 1; out = dir "/" name; printf "" > out } ; next }
  inside { print >> out }
' "$root/docs/library.md"
for f in CMakeLists.txt consumer.cc expected.txt; do
  [[ -s $src/$f ]] || fail "docs/library.md has no block for $f"
done

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$src" -B "$tmp/cmake" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$p" >/dev/null
cmake --build "$tmp/cmake" >/dev/null
"$tmp/cmake/consumer" > "$tmp/cmake.out"
diff -u "$src/expected.txt" "$tmp/cmake.out" || fail "find_package consumer output differs"

export PKG_CONFIG_PATH="$(dirname "$pc")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
# shellcheck disable=SC2046
"$cxx" -std=c++20 -O1 "$src/consumer.cc" -o "$tmp/pc_consumer" $(pkg-config --cflags --libs kobi)
LD_LIBRARY_PATH="$(dirname "$(dirname "$pc")")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  "$tmp/pc_consumer" > "$tmp/pc.out"
diff -u "$src/expected.txt" "$tmp/pc.out" || fail "pkg-config consumer output differs"
echo "package check: install layout, find_package and pkg-config consumers OK"
