#!/usr/bin/env bash
# The compile-time measurement without the noise of a shared machine: the instructions the compiler
# executes compiling each TU of compile_time/ (callgrind counts, deterministic), and ratios against
# <chrono> in the same run. Slow (valgrind): about a minute per TU.
# Usage: benchmarks/compile_instructions.sh [TU...]   (default: every TU of compile_time.sh)
# Environment: CXX (default clang++, which compiles in one process; for g++ the counts of its
# cc1plus child are summed), FLAGS="-std=c++20 -O2", INCLUDE=<dir> for another copy of the headers.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
inc=${INCLUDE:-$root/include}
cxx=${CXX:-clang++}
flags=${FLAGS:-"-std=c++20 -O2"}
tus=${*:-"include_double include_chrono include_units include_aiscale figures_double figures_chrono figures_aiscale figures_units"}
command -v valgrind >/dev/null || { echo "compile_instructions.sh needs valgrind" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A count
for tu in $tus; do
  # shellcheck disable=SC2086  # flags are words on purpose
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/$tu.%p" \
    "$cxx" $flags -I"$inc" -c "$here/compile_time/$tu.cpp" -o "$work/out.o" >/dev/null 2>&1
  count[$tu]=$(cat "$work/$tu".* | awk '/^totals:/ {n += $2} END {print n}')
done
echo "$("$cxx" --version | head -1), $flags -c: instructions executed (G), ratio to <chrono> in this run"
for tu in $tus; do
  case $tu in include_*) ref=include_chrono ;; *) ref=figures_chrono ;; esac
  if [[ -n ${count[$ref]:-} ]]; then
    awk -v tu="$tu" -v n="${count[$tu]}" -v r="${count[$ref]}" 'BEGIN {printf "  %-16s %7.3f %6.2f\n", tu, n / 1e9, n / r}'
  else
    awk -v tu="$tu" -v n="${count[$tu]}" 'BEGIN {printf "  %-16s %7.3f\n", tu, n / 1e9}'
  fi
done
