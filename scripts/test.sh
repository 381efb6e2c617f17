#!/usr/bin/env bash
# Runs every test aiscale has, stage by stage, and ends with a table of the stages: passed, failed or
# skipped (and why). A failed stage does not stop the others; the script exits non-zero if any failed.
#   deps            installs what is missing from Debian's packages (scripts/install-deps.sh)
#   gcc, clang      the whole CTest suite under g++ 12 and clang++ 14 (Debug, warnings as errors)
#   sanitize        the suite under clang++ with ASan and UBSan
#   clang19-libcxx  the suite under clang++ 19 with libc++ 19 (std::format, std::formatter)
#   clang19-cxx23   C++23 mode: everything built, every public header compiled alone, and the suite
#                   run but for what C++20 runs already (compile-fail cases, consumers, the
#                   differential text tests, perf counts)
#   portability     single header, clang-tidy, CUDA (where nvcc is), -fno-exceptions -fno-rtti
#   fuzz            every fuzz target for a bounded time
#   readme          the README's first quick-start line, as a newcomer runs it
set -uo pipefail
cd "$(dirname "$0")/.."

declare -a names=() results=() seconds=()
failed=0

record() {  # record NAME RESULT SECONDS
  names+=("$1") results+=("$2") seconds+=("$3")
  case $2 in failed*) failed=$((failed + 1)) ;; esac
}

stage() {  # stage NAME COMMAND...: runs the command, its output shown as it goes
  local name=$1 start=$SECONDS
  shift
  echo
  echo "=== ${name}"
  if "$@"; then
    record "$name" passed $((SECONDS - start))
  else
    record "$name" "failed (exit $?)" $((SECONDS - start))
  fi
}

skip() {  # skip NAME REASON
  echo
  echo "=== $1: skipped, $2"
  record "$1" "skipped: $2" 0
}

readme_first_line() {
  awk '/^## Quick start/ { f = 1 } f && /^```sh/ { getline; print; exit }' README.md
}

run_readme() {
  local line
  line=$(readme_first_line)
  [ -n "$line" ] || { echo "no command line under the README's Quick start"; return 1; }
  echo "\$ $line"
  bash -c "$line" | tail -n 3
}

stage deps bash scripts/install-deps.sh
for preset in gcc clang sanitize; do
  stage "$preset" cmake --workflow --preset "$preset"
done
if command -v clang++-19 >/dev/null && [ -d /usr/lib/llvm-19/include/c++/v1 ]; then
  stage clang19-libcxx cmake --workflow --preset clang19-libcxx
  stage clang19-cxx23 cmake --workflow --preset clang19-cxx23
else
  skip clang19-libcxx "clang++-19 or libc++-19-dev is not installed"
  skip clang19-cxx23 "clang++-19 or libc++-19-dev is not installed"
fi
stage portability bash scripts/ci-portability.sh
stage fuzz bash fuzz/run.sh
stage readme run_readme

echo
echo "== stages =="
total=0
for i in "${!names[@]}"; do
  printf '%-16s %-52s %5ss\n' "${names[$i]}" "${results[$i]}" "${seconds[$i]}"
  total=$((total + seconds[i]))
done
passed=0 skipped=0
for r in "${results[@]}"; do
  case $r in passed) passed=$((passed + 1)) ;; skipped*) skipped=$((skipped + 1)) ;; esac
done
printf '%-16s %-52s %5ss\n' total "" "$total"
echo "stages: ${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
