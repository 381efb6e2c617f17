#!/usr/bin/env bash
# The compile-time measurement without the noise of a shared machine: the instructions the compiler
# executes compiling each TU of compile_time/ (callgrind counts, deterministic), and ratios against
# <chrono> in the same run. Slow (valgrind): about a minute per TU.
# Usage: benchmarks/compile_instructions.sh [TU...]   (default: every TU of compile_time.sh)
#        benchmarks/compile_instructions.sh --breakdown [header[,header...]...]
# The second form says where the umbrella's cost goes: a chain of TUs, each including one more row of
# headers than the one before, so that each row is what it adds to everything above it (the standard
# headers it pulls in included). A comma joins headers into one row. By default the rows are the
# umbrella's parts in its order, each standard header it needs in a row of its own before the first
# aiscale header that includes it.
# Environment: CXX (default clang++, which compiles in one process; for g++ the counts of its
# cc1plus child are summed), FLAGS="-std=c++20 -O2", INCLUDE=<dir> for another copy of the headers.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
inc=${INCLUDE:-$root/include}
cxx=${CXX:-clang++}
flags=${FLAGS:-"-std=c++20 -O2"}
command -v valgrind >/dev/null || { echo "compile_instructions.sh needs valgrind" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

instructions() {  # file.cpp: the instructions executed compiling it
  # shellcheck disable=SC2086  # flags are words on purpose
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/cg.%p" \
    "$cxx" $flags -I"$inc" -c "$1" -o "$work/out.o" >/dev/null 2>&1
  cat "$work"/cg.* | awk '/^totals:/ {n += $2} END {print n}'
  rm -f "$work"/cg.*
}

if [[ ${1:-} == --breakdown ]]; then
  shift
  if (($# == 0)); then
    set -- cstddef,cstdint,type_traits,utility,limits,compare,concepts cstdio,cstdlib,version,source_location \
      iosfwd,cfloat aiscale/units.hpp aiscale/units/chrono_traits.hpp string_view aiscale/catalog/accelerator.hpp \
      tuple aiscale/catalog/accelerators.hpp aiscale/catalog/packaging.hpp aiscale/catalog/reference.hpp \
      aiscale/model.hpp bit aiscale/text/format.hpp aiscale/text/parse.hpp vector aiscale/text.hpp aiscale/aiscale.hpp
  fi
  body='double include_baseline(double x) { return 2 * x; }'
  echo "$body" >"$work/tu.cpp"
  echo "$("$cxx" --version | head -1), $flags -c: instructions executed (G); each row adds its headers"
  prev=$(instructions "$work/tu.cpp")
  awk -v n="$prev" 'BEGIN {printf "  %-60s %7.3f\n", "(nothing)", n / 1e9}'
  : >"$work/head"
  for row in "$@"; do
    for h in ${row//,/ }; do echo "#include <$h>" >>"$work/head"; done
    { cat "$work/head"; echo "$body"; } >"$work/tu.cpp"
    n=$(instructions "$work/tu.cpp")
    awk -v h="$row" -v n="$n" -v p="$prev" 'BEGIN {printf "  %-60s %7.3f %+7.3f\n", h, n / 1e9, (n - p) / 1e9}'
    prev=$n
  done
  exit 0
fi

tus=${*:-"include_double include_chrono include_units include_aiscale figures_double figures_chrono figures_aiscale figures_units"}
declare -A count
for tu in $tus; do count[$tu]=$(instructions "$here/compile_time/$tu.cpp"); done
echo "$("$cxx" --version | head -1), $flags -c: instructions executed (G), ratio to <chrono> in this run"
for tu in $tus; do
  case $tu in include_*) ref=include_chrono ;; *) ref=figures_chrono ;; esac
  if [[ -n ${count[$ref]:-} ]]; then
    awk -v tu="$tu" -v n="${count[$tu]}" -v r="${count[$ref]}" 'BEGIN {printf "  %-16s %7.3f %6.2f\n", tu, n / 1e9, n / r}'
  else
    awk -v tu="$tu" -v n="${count[$tu]}" 'BEGIN {printf "  %-16s %7.3f\n", tu, n / 1e9}'
  fi
done
