#!/usr/bin/env bash
# Portability checks: single header up to date and usable alone (the pkg-config and CMake consumers
# are the "getting started" CTests), clang-tidy on every public header, -fno-exceptions -fno-rtti builds with g++ and clang++, CUDA.
# Run from the repository root; exits non-zero if any check fails and prints a summary.
set -u
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
WORK=build/portability
rm -rf "$WORK" && mkdir -p "$WORK"
declare -a RESULTS=()
FAILED=0

check() {  # check NAME COMMAND...: runs the command, logs its output, records the result
  local name=$1
  shift
  local log="$WORK/${name// /_}.log"
  if "$@" >"$log" 2>&1; then
    RESULTS+=("PASS  $name")
  elif grep -q "^SKIP:" "$log"; then
    RESULTS+=("SKIP  $name ($(grep -m1 '^SKIP:' "$log" | cut -c7-))")
  else
    RESULTS+=("FAIL  $name (log: $log)")
    FAILED=1
    tail -n 30 "$log"
  fi
}

single_header() {
  python3 tools/amalgamate.py || return 1
  git diff --exit-code -- single_include || { echo "single_include is stale: run tools/amalgamate.py"; return 1; }
  for cxx in g++ clang++; do
    $cxx -std=c++20 -Wall -Wextra -Wpedantic -Werror -I single_include tests/portability/single_header_smoke.cpp \
      -o "$WORK/single_$cxx" && "$WORK/single_$cxx" || return 1
  done
}

clang_tidy_headers() {
  local tidy=${CLANG_TIDY:-clang-tidy-14}
  command -v "$tidy" >/dev/null || tidy=clang-tidy
  # The TUs live under the repository so that clang-tidy finds .clang-tidy.
  mkdir -p "$WORK/tidy"
  local h
  for h in $(cd include && find aiscale -name '*.hpp' | sort); do
    echo "#include <$h>" >"$WORK/tidy/$(echo "$h" | tr / _).cpp"
  done
  # One clang-tidy per header, $JOBS at a time: xargs exits non-zero if any of them found something.
  printf '%s\n' "$WORK"/tidy/*.cpp | xargs -P "$JOBS" -I{} "$tidy" --quiet {} -- -std=c++20 -Iinclude
}

noexcept_build() {  # noexcept_build PRESET
  cmake --preset "$1" >/dev/null && cmake --build "build/$1" -j"$JOBS" && ctest --test-dir "build/$1" --output-on-failure -j"$JOBS"
}

cuda_kernel() {
  local nvcc=${NVCC:-$(command -v nvcc || echo /usr/local/cuda/bin/nvcc)}
  [ -x "$nvcc" ] || { echo "SKIP: nvcc not found"; return 1; }
  local flags=(-std=c++20 -ccbin g++ -Werror all-warnings -Iinclude)
  "$nvcc" "${flags[@]}" --ptx tests/portability/fleet_kernel.cu -o "$WORK/fleet_kernel.ptx" || return 1
  grep -q '\.entry .*aiscale_fleet_kernel' "$WORK/fleet_kernel.ptx" || { echo "no kernel entry in PTX"; return 1; }
  "$nvcc" "${flags[@]}" tests/portability/fleet_kernel.cu -o "$WORK/fleet_kernel" && "$WORK/fleet_kernel"
}

check "single header" single_header
check "clang-tidy headers" clang_tidy_headers
check "CUDA kernel" cuda_kernel
check "gcc -fno-exceptions -fno-rtti" noexcept_build gcc-noexcept
check "clang -fno-exceptions -fno-rtti" noexcept_build clang-noexcept

echo
echo "== portability summary =="
printf '%s\n' "${RESULTS[@]}"
exit $FAILED
