#!/usr/bin/env bash
# The length of the diagnostic (lines) that g++, clang++ (14) and clang++-19 (libc++) give for
# eighteen everyday mistakes between dimensions (benchmarks/README.md, "Printed type names and errors").
# Usage: benchmarks/error_lines.sh [-c]   (-c counts characters instead of lines)
# Environment: INCLUDE=<dir> measures another copy of the headers.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
include=${INCLUDE:-$here/../include}
labels=("W + USD" "W - USD" "W == USD" "W < USD" "W += USD" "W = USD" "quantity<W> = USD" "quantity<W>{USD}"
  "W.in(J)" "max(W, J)" "approx(W, J)" "gpus_for_power(GWh)" "gpus_for_budget(GW)" "fleet(GW)"
  "fleet.energy(W)" "operating_cost_per_year(USD)" "time_to_spend(FP8, bf16)" "cost_per_gpu_hour(.., W)")

count=(wc -l)
[[ ${1:-} == -c ]] && count=(wc -c)
export LC_ALL=C
printf '%-30s %6s %8s %10s\n' mistake g++ clang++ clang++-19
for i in "${!labels[@]}"; do
  row=$(printf '%-30s' "${labels[$i]}")
  for cxx in "g++" "clang++" "clang++-19 -stdlib=libc++"; do
    # shellcheck disable=SC2086  # the compiler's words on purpose
    n=$({ $cxx -std=c++20 -fsyntax-only -fno-diagnostics-color -I"$include" -DMISTAKE=$((i + 1)) \
      "$here/error_lines/mistakes.cpp" 2>&1 || true; } | "${count[@]}")
    row+=$(printf ' %8s' "$n")
  done
  echo "$row"
done
